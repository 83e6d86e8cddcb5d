/* geordf: --format dot, a picture of the events drawn by raptor's GraphViz
 * serializer.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_DOT_H
#define GEORDF_DOT_H

#include "geordf/geordf.h"

#include <stdio.h>

/* The namespace of the picture's event nodes: their IRIs are this followed
 * by a readable name ("Visit: Joe Biden → Poland, 2023-02-20", spaces as
 * U+00A0), and the serializer shows only the name. */
#define GD_PICTURE_NS "https://w3id.org/geordf/picture/"

typedef struct gd_dot gd_dot;

/* A picture writer streaming GraphViz DOT to FH (not closed).  Free with
 * gd_dot_free() after gd_dot_finish().  GEORDF_ERR_RDF if raptor has no
 * dot serializer. */
geordf_status gd_dot_new(gd_dot **out, FILE *fh);

/* Adds the events of one document: an ellipse per event, named by what
 * happened, with an edge per role to a box labelled with the entity (boxes
 * are shared across documents).  No provenance, confidence or sentences. */
geordf_status gd_dot_write(gd_dot *d, const geordf_document *doc,
                           const geordf_events *evs);

/* Writes the node list and closes the graph. */
geordf_status gd_dot_finish(gd_dot *d);

void gd_dot_free(gd_dot *d);

#endif
