/* geordf: arguments from the dependency tree (src/extract-tree.c).
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_TREE_H
#define GEORDF_EXTRACT_TREE_H

#include "extract-ctx.h"

/* The first token of the sentence [TB, TE) after its dateline. */
size_t after_dateline(const ctx *c, size_t tb, size_t te);

/* Sets C->force, the parts of speech the lexicon is sure of, for tokens
 * [TB, TE) with mentions M0..M1; 0, or -1 when memory ran out. */
int lex_tags(ctx *c, size_t m0, size_t m1, size_t tb, size_t te);

/* Mends the parser's tree of the sentence just parsed where its errors
 * would give the frames a wrong role: the repairs that need the lexicon's
 * mentions, in order (those of grammar alone run in gd_deps_repair()). */
void repair_tree(ctx *c);

/* Whether verb H acts with another in a gerund after "in" ("joined the EU
 * in imposing"): no event of its own. */
int joins_in_gerund(const ctx *c, int h);

/* The noun phrase word W of the parse stands for, or NULL. */
const np *word_np(const ctx *c, int w);

/* What a partitive at word W is of: the "of" phrase of a word of quantity
 * that names no one itself ("shot down 20 of 25 Iranian drones",
 * "intercepted most of the Russian missiles"); else W. */
int partitive_whole(const ctx *c, int w);

/* The last word of the phrase that names noun W split at a hyphen ("its
 * Su-25 ground-attack jets"), or -1. */
int before_split_compound(const ctx *c, int w);
/* "said that China firmly opposed arms sales", "Iran denied supplying
 * drones": the verb above a trigger H read as an adjective of it, which
 * a verb cannot have, nor a noun with a subject of its own or after the
 * subject the parser gave the noun instead (a noun with a subject and no
 * copula: "Britain has blocked exports").  That verb, whose object or
 * complement H is, or -1. */
int misread_verb(const gd_deps *d, int h);

/* Fills GOT with the phrases the tree gives slot SL of trigger TM headed
 * by word H; returns their number.  *WORDS: 1 when the tree named words
 * there, 2 when only people at large. */
unsigned tree_slot(const ctx *c, const gd_slot *sl, const gd_mention *tm, int h, int noun, int pass,
                   npset *got, int *words);

/* Whether word W is a licence or a permit (extract-sanction.c). */
int licence_noun(const gd_deps *d, int w);

#endif
