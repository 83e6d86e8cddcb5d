/* geordf: names of statuses, event types, roles; the version.
 * SPDX-License-Identifier: MIT */
#include "config.h"
#include "geordf/geordf.h"
#include "schema.h"

#include <string.h>

const char *geordf_version(void) { return PACKAGE_VERSION; }

const char *geordf_strerror(geordf_status st) {
  switch (st) {
  case GEORDF_OK: return "success";
  case GEORDF_END: return "end of input";
  case GEORDF_ERR_NOMEM: return "out of memory";
  case GEORDF_ERR_IO: return "input/output error";
  case GEORDF_ERR_SYNTAX: return "malformed input";
  case GEORDF_ERR_ARG: return "bad argument";
  case GEORDF_ERR_RDF: return "RDF library error";
  case GEORDF_ERR_LEXICON: return "lexicon error";
  case GEORDF_ERR_UNSUPPORTED: return "not supported";
  }
  return "unknown status";
}

/* The names come from the schema table (schema.c). */
const char *geordf_event_type_name(geordf_event_type t) {
  return (unsigned)t < GEORDF_EVENT_TYPE_COUNT ? gd_schema_type[t].name : NULL;
}

const char *geordf_role_name(geordf_role r) {
  return (unsigned)r < GEORDF_ROLE_COUNT ? gd_schema_role_name[r] : NULL;
}

const char *geordf_event_status_name(geordf_event_status s) {
  return (unsigned)s < GD_STATUS_COUNT ? gd_schema_status_name[s] : NULL;
}

geordf_status geordf_format_parse(geordf_format *out, const char *name) {
  static const struct { const char *name; geordf_format f; } t[] = {
      {"turtle", GEORDF_FORMAT_TURTLE}, {"ttl", GEORDF_FORMAT_TURTLE},
      {"ntriples", GEORDF_FORMAT_NTRIPLES}, {"nt", GEORDF_FORMAT_NTRIPLES},
      {"nquads", GEORDF_FORMAT_NQUADS}, {"nq", GEORDF_FORMAT_NQUADS},
      {"rdfxml", GEORDF_FORMAT_RDFXML}, {"xml", GEORDF_FORMAT_RDFXML},
      {"dot", GEORDF_FORMAT_DOT}};
  for (size_t i = 0; name && i < sizeof t / sizeof t[0]; i++)
    if (!strcmp(name, t[i].name)) { *out = t[i].f; return GEORDF_OK; }
  return GEORDF_ERR_ARG;
}
