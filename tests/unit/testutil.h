/* geordf: what the unit tests share: files of the source tree, tables of
 * cases, entities by their local names, dependency trees by hand and other
 * analyses of the parser's.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_TESTUTIL_H
#define GEORDF_TESTUTIL_H

#include <stdio.h>

#include "deps.h"
#include "geordf/geordf.h"
#include "lexicon.h"

/* The path of NAME in the source tree, found through top_srcdir (exported
 * by make check); in a buffer the next call overwrites. */
const char *tu_srcpath(const char *name);

/* Opens the table NAME of the source tree (tests/offices-table.tsv). */
FILE *tu_table_open(const char *name);

/* Reads the next row of table F into LINE (SIZE bytes), past empty lines
 * and comment lines ('#'), and splits it at tabs into its N fields FIELD.
 * Returns 0 at the end of the table, then closes F; 1 otherwise. */
int tu_table_row(FILE *f, char *line, size_t size, char **field, int n);

/* The entity of LX whose local name (after GEORDF_ID_NS) is LOCAL, or
 * NULL; tu_entity() fails the test where there is none. */
const geordf_entity *tu_lookup(const geordf_lexicon *lx, const char *local);
const geordf_entity *tu_entity(const geordf_lexicon *lx, const char *local);

/* Whether E (NULL: none) is the entity of local name LOCAL. */
int tu_is(const geordf_entity *e, const char *local);

/* A tree by hand: the N words FORM, written one space apart into TEXT
 * (CAP bytes) and W, each with its HEAD (word index, -1 the root), REL (a
 * gd_rel) and UPOS, then repaired as a parse would be (tu_headline(): as
 * a headline's). */
gd_deps tu_tree(const char *const *form, const int *head, const unsigned char *rel, const unsigned char *upos,
                int n, char *text, size_t cap, gd_dword *w);
gd_deps tu_headline(const char *const *form, const int *head, const unsigned char *rel,
                    const unsigned char *upos, int n, char *text, size_t cap, gd_dword *w);

/* The first word of D that is FORM, folding case, or -1. */
int tu_word(const gd_deps *d, const char *form);

/* An arc of another analysis of a sentence than the parser's, as a model
 * trained otherwise gives it: the word WORD re-hung under HEAD (NULL: as
 * the root) with relation REL (a gd_rel), each the first word of that form
 * (tu_word()). */
typedef struct {
  const char *word, *head;
  int rel;
} tu_arc;

/* From now on the tree hook (gd_extract_set_tree_hook()) gives extraction
 * another analysis of each sentence: the parser's tree with the arcs of
 * ARC whose words are in the sentence (at most N; a list may end sooner
 * with an arc of no WORD), repaired as after a parse.  ARC NULL: the
 * parser's tree itself. */
void tu_analysis(const tu_arc *arc, size_t n);

/* The same with a whole tree: each of the N words of the sentence, which
 * must have N, hung by HEAD (-1: the root) and REL. */
void tu_whole_analysis(const int *head, const unsigned char *rel, size_t n);

/* Ends the analysis and returns how many arcs it applied, summed over the
 * sentences, and into CHANGED (NULL: not wanted) how many of them differed
 * from the parser's tree. */
size_t tu_analysis_end(size_t *changed);

#endif
