/* SPDX-License-Identifier: MIT
 * geordf: one HTTP PUT (replace) or POST (merge) per named graph (SPARQL 1.1
 * Graph Store Protocol) through libcurl, with timeouts, a size cap and
 * retries with backoff. */
#include "config.h"
#include "push.h"

#include <curl/curl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct gd_pusher {
  CURL *curl;
  char *endpoint;       /* as given */
  char *shown;          /* the endpoint without any user:password@ */
  gd_push_options opt;
  char *user, *password;
  char err[1024];
  char reply[512];      /* the start of the server's answer, for messages */
  size_t reply_len;
};

const char *gd_push_error(const gd_pusher *p) { return p ? p->err : ""; }

/* The URL for messages: credentials written into it must not be shown. */
static char *redact(const char *url) {
  char *r = strdup(url);
  if (!r) return NULL;
  char *scheme = strstr(r, "://");
  if (!scheme) return r;
  char *host = scheme + 3, *end = host + strcspn(host, "/?#");
  char *at = memchr(host, '@', (size_t)(end - host));
  if (at) memmove(host, at + 1, strlen(at + 1) + 1);
  return r;
}

void gd_push_free(gd_pusher *p) {
  if (!p) return;
  if (p->curl) curl_easy_cleanup(p->curl);
  if (p->password) {
    /* do not leave the secret in freed memory */
    memset(p->password, 0, strlen(p->password));
    free(p->password);
  }
  free(p->user);
  free(p->endpoint);
  free(p->shown);
  free(p);
  curl_global_cleanup();
}

geordf_status gd_push_new(gd_pusher **out, const gd_push_options *opt) {
  *out = NULL;
  if (!opt || !opt->endpoint) return GEORDF_ERR_ARG;
  if (strncmp(opt->endpoint, "http://", 7) && strncmp(opt->endpoint, "https://", 8))
    return GEORDF_ERR_ARG;
  if (curl_global_init(CURL_GLOBAL_DEFAULT)) return GEORDF_ERR_IO;
  gd_pusher *p = calloc(1, sizeof *p);
  if (!p) {
    curl_global_cleanup();
    return GEORDF_ERR_NOMEM;
  }
  p->opt = *opt;
  if (p->opt.timeout <= 0) p->opt.timeout = 60;
  if (!p->opt.max_bytes) p->opt.max_bytes = (size_t)64 << 20;
  if (p->opt.retries < 0) p->opt.retries = 4;
  if (p->opt.backoff <= 0) p->opt.backoff = 1.0;
  p->endpoint = strdup(opt->endpoint);
  p->shown = redact(opt->endpoint);
  if (opt->user) p->user = strdup(opt->user);
  if (opt->password) p->password = strdup(opt->password);
  p->opt.endpoint = p->opt.user = p->opt.password = NULL;
  p->curl = curl_easy_init();
  if (!p->endpoint || !p->shown || !p->curl || (opt->user && !p->user) ||
      (opt->password && !p->password)) {
    gd_push_free(p);
    return GEORDF_ERR_NOMEM;
  }
  *out = p;
  return GEORDF_OK;
}

static size_t on_reply(char *data, size_t size, size_t n, void *user) {
  gd_pusher *p = user;
  size_t len = size * n, room = sizeof p->reply - 1 - p->reply_len;
  size_t k = len < room ? len : room;
  memcpy(p->reply + p->reply_len, data, k);
  p->reply_len += k;
  p->reply[p->reply_len] = '\0';
  return len;
}

/* The server's answer on one line, for error messages. */
static const char *reply_line(gd_pusher *p) {
  for (char *c = p->reply; *c; c++)
    if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
  return p->reply;
}

/* What the user can do about a transport failure RC. */
static const char *transport_advice(CURLcode rc, long timeout) {
  static char buf[160];
  switch (rc) {
  case CURLE_COULDNT_CONNECT:
  case CURLE_COULDNT_RESOLVE_HOST:
    return "is the server running, and is --endpoint right?";
  case CURLE_OPERATION_TIMEDOUT:
    snprintf(buf, sizeof buf, "no answer within --timeout %ld s: the server may be "
             "overloaded; give a larger --timeout", timeout);
    return buf;
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
  case CURLE_GOT_NOTHING:
  case CURLE_PARTIAL_FILE:
    return "the connection broke during the request: check the server's log and "
           "its request size limit (--max-bytes)";
  default:
    return "check --endpoint";
  }
}

static void sleep_seconds(double s) {
  struct timespec ts;
  ts.tv_sec = (time_t)s;
  ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
  nanosleep(&ts, NULL);
}

/* Sends BODY to GRAPH with METHOD (PUT replaces, POST merges), retrying as
 * the options say. */
static geordf_status send_graph(gd_pusher *p, const char *method, const char *graph,
                                const char *body, size_t len) {
  p->err[0] = '\0';
  if (len > p->opt.max_bytes) {
    snprintf(p->err, sizeof p->err,
             "graph <%s> is %zu bytes, over the limit of %zu: not sent "
             "(bulk-load large graphs instead)", graph, len, p->opt.max_bytes);
    return GEORDF_ERR_ARG;
  }
  char *esc = curl_easy_escape(p->curl, graph, 0);
  size_t ulen = strlen(p->endpoint) + (esc ? strlen(esc) : 0) + 16;
  char *url = malloc(ulen);
  if (!esc || !url) {
    curl_free(esc);
    free(url);
    return GEORDF_ERR_NOMEM;
  }
  snprintf(url, ulen, "%s%cgraph=%s", p->endpoint,
           strchr(p->endpoint, '?') ? '&' : '?', esc);
  curl_free(esc);

  /* N-Triples is Turtle too, and every store takes text/turtle; no
   * "Expect: 100-continue" round trip. */
  struct curl_slist *hdr = curl_slist_append(NULL, "Content-Type: text/turtle; charset=utf-8");
  struct curl_slist *h2 = hdr ? curl_slist_append(hdr, "Expect:") : NULL;
  if (!h2) {
    curl_slist_free_all(hdr);
    free(url);
    return GEORDF_ERR_NOMEM;
  }
  hdr = h2;
  geordf_status st = GEORDF_ERR_IO;
  double wait = p->opt.backoff;
  int attempt;
  for (attempt = 0;; attempt++) {
    CURL *c = p->curl;
    char cerr[CURL_ERROR_SIZE] = "";
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, p->opt.timeout);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, cerr);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_reply);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, p);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "geordf/" PACKAGE_VERSION);
    if (p->user) {
      curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
      curl_easy_setopt(c, CURLOPT_USERNAME, p->user);
      curl_easy_setopt(c, CURLOPT_PASSWORD, p->password ? p->password : "");
    }
    p->reply_len = 0;
    p->reply[0] = '\0';
    CURLcode rc = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL); /* cerr ends with this loop */
    int transient = 0;
    if (rc == CURLE_OK && code >= 200 && code < 300) {
      st = GEORDF_OK;
      p->err[0] = '\0'; /* an earlier attempt's error is history */
      break;
    }
    if (rc != CURLE_OK) {
      transient = rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_COULDNT_CONNECT ||
                  rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR ||
                  rc == CURLE_GOT_NOTHING || rc == CURLE_PARTIAL_FILE;
      snprintf(p->err, sizeof p->err, "%s: graph <%s>: %s (%s)", p->shown, graph,
               cerr[0] ? cerr : curl_easy_strerror(rc),
               transport_advice(rc, p->opt.timeout));
    } else if (code == 401) {
      snprintf(p->err, sizeof p->err,
               "%s: 401 Unauthorized: the server refused the credentials%s",
               p->shown, p->user ? " (check --user and --password-file)"
                                 : " (give --user and --password-file)");
    } else if (code == 403) {
      snprintf(p->err, sizeof p->err,
               "%s: 403 Forbidden: the account may not write graphs (%s)", p->shown,
               reply_line(p));
    } else if (code == 404) {
      snprintf(p->err, sizeof p->err,
               "%s: 404 Not Found: no Graph Store Protocol service at this URL "
               "(Virtuoso: .../sparql-graph-crud-auth; Fuseki: .../DATASET/data)",
               p->shown);
    } else if (code == 405 || code == 501) {
      snprintf(p->err, sizeof p->err,
               "%s: HTTP %ld: this URL does not take %s: not a Graph Store "
               "Protocol service (Virtuoso: .../sparql-graph-crud-auth)", p->shown, code,
               method);
    } else {
      transient = code >= 500 || code == 429 || code == 408;
      snprintf(p->err, sizeof p->err, "%s: HTTP %ld for graph <%s>: %s%s", p->shown,
               code, graph, reply_line(p),
               transient ? " (the server failed: see its log)" : "");
    }
    if (!transient || attempt >= p->opt.retries) break;
    /* A server that says when to come back (Retry-After on 503 and 429) is
     * believed, within reason; curl gives 0 when there is no such header. */
    curl_off_t after = 0;
    double pause = wait;
    if (rc == CURLE_OK && curl_easy_getinfo(c, CURLINFO_RETRY_AFTER, &after) == CURLE_OK &&
        after > 0)
      pause = after > 60 ? 60.0 : (double)after;
    if (p->opt.retrying) p->opt.retrying(p->err, pause, p->opt.payload);
    sleep_seconds(pause);
    wait *= 2;
  }
  if (st != GEORDF_OK && attempt > 0) {
    size_t n = strlen(p->err);
    snprintf(p->err + n, sizeof p->err - n, "; gave up after %d attempts", attempt + 1);
  }
  curl_slist_free_all(hdr);
  free(url);
  return st;
}

geordf_status gd_push_graph(gd_pusher *p, const char *graph, const char *body,
                            size_t len) {
  return send_graph(p, "PUT", graph, body, len);
}

geordf_status gd_push_graph_merge(gd_pusher *p, const char *graph, const char *body,
                                  size_t len) {
  return send_graph(p, "POST", graph, body, len);
}
