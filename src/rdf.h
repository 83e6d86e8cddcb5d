/* geordf: internal parts of the RDF writer: writing documents on several
 * threads (see pipeline.c), and statement sinks (model.c, the store).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_RDF_H
#define GEORDF_RDF_H

#include "geordf/geordf.h"

#include <raptor2.h>

/* 1 when FORMAT can be written document by document into separate buffers
 * that, joined in order between gd_writer_frame()'s head and tail, give the
 * bytes one geordf_writer would write; 0 otherwise. */
int gd_format_splits(geordf_format format);

/* A writer that appends the RDF of each document to a buffer of its own
 * instead of a stream, without the output-wide head and tail (the RDF/XML
 * root element).  Each writer has its own raptor world, so writers may be
 * used on different threads (one thread each).  GEORDF_ERR_ARG for a format
 * gd_format_splits() refuses.  Free with geordf_writer_free() (no
 * geordf_writer_finish() is needed). */
geordf_status gd_writer_new_buffer(geordf_writer **out, geordf_format format,
                                   const char *base);

/* An N-Triples or N-Quads writer passes each statement to raptor's
 * serializer from now on, rather than writing it term by term, each term
 * as raptor escapes it (for tests, which compare the two).  Returns 1 when
 * W wrote term by term until then. */
int gd_writer_no_direct(geordf_writer *w);

/* The bytes written since the last gd_writer_buffer_clear(), followed by a
 * NUL (owned by the writer; valid until its next write or clear).  *LEN
 * gets their number. */
const char *gd_writer_buffer(geordf_writer *w, size_t *len);
void gd_writer_buffer_clear(geordf_writer *w);

/* Hands the buffer to the caller without copying: *S and *CAP (the
 * caller's storage, NULL and 0 for none; released with free()) are
 * exchanged with the writer's, which goes on empty.  Returns the number of
 * bytes now in *S. */
size_t gd_writer_buffer_swap(geordf_writer *w, char **s, size_t *cap);

/* What a whole output starts with (*HEAD) and ends with (*TAIL) around the
 * documents: the RDF/XML root element, else "".  Owned by the buffer writer
 * W. */
void gd_writer_frame(const geordf_writer *w, const char **head, size_t *head_len,
                     const char **tail, size_t *tail_len);

/* A statement sink: receives each statement a sink writer makes.  The
 * terms are borrowed for the call and belong to the raptor world the
 * writer was made with; ST->graph is the document's IRI, as in N-Quads (the
 * shared entity graph for entity descriptions after
 * gd_writer_entity_graph()).  Returns 0, or nonzero to fail the document
 * (geordf_writer_write() then returns GEORDF_ERR_RDF). */
typedef int (*gd_statement_fn)(const raptor_statement *st, void *payload);

/* A writer that hands every statement of geordf_writer_write() to FN
 * instead of serializing it: the same statements, in the same order, as
 * an N-Quads writer writes.  Its terms are made in WORLD (opened, and kept
 * alive by the caller until the writer is freed), such as a librdf world's
 * raptor world, so that the sink can keep them without conversion.  BASE
 * as for geordf_writer_new().  No geordf_writer_finish() is needed. */
geordf_status gd_writer_new_sink(geordf_writer **out, raptor_world *world, const char *base,
                                 gd_statement_fn fn, void *payload);

/* N-Quads only: each entity's description (type, label, sameAs) goes once,
 * the first time the writer meets the entity, into the shared graph
 * GEORDF_ID_NS instead of into every document graph that uses it.  Stores
 * whose default graph is the union of graphs then see one label per entity.
 * GEORDF_ERR_ARG for another format. */
geordf_status gd_writer_entity_graph(geordf_writer *w);

#endif
