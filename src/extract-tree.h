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

/* "Japan joined the EU in imposing sanctions": re-hangs, under each verb
 * of acting with another (`accompany` cues), a gerund after "in" that the
 * parser read as an adjective as the clause it is. */
void joint_gerunds(ctx *c);

/* "said on Thursday that a Soviet rocket had brought down a plane": relabels
 * as the clause's mark a "that" the parser read as the object or subject of
 * a complement clause's verb, when it comes before the verb's subject (an
 * object so placed only opens a relative clause, which is no complement; a
 * verb has one subject). */
void complementizer_that(ctx *c);

/* "Egypt will buy arms from Czechoslovakia, Premier Nasser announced": re-hangs
 * as the subject of a verb of saying that has none a name the parser read
 * as a conjunct with no conjunction, when a comma opens the name (with its
 * determiner and modifiers: ", the South Korean Unification Ministry
 * said") and the verb follows it. */
void reporting_subject(ctx *c);

/* "warned Libya last week of sanctions": re-hangs on the verb an "of"
 * phrase the parser hung on a time adverbial's noun ("last week", "this
 * month"), which takes none. */
void time_noun_of_phrase(ctx *c);

/* "called off his planned visit": re-hangs a participle the parser read as
 * a verb with a possessive determiner for its subject and the noun after
 * it for its object as the noun's adjective, the noun in its place (a
 * possessive is no subject). */
void possessive_participle(ctx *c);

/* "refused, after a long debate in parliament, to sell", "declined,
 * after weeks of debate, to send": re-hangs as the complement of the verb
 * before a phrase set off by commas the to-infinitive right after that
 * phrase, which the parser hung inside it or beside the verb. */
void infinitive_after_parenthesis(ctx *c);

/* "Britain, together with France, imposed sanctions", "Japan, along with
 * India, signed": no word hangs on punctuation; a verb the parser hung on
 * one, in a sentence whose root is a name or noun before it, and with no
 * subject of its own, is the root, and that name its subject. */
void verb_on_punctuation(ctx *c);
void companion_before_verb(ctx *c);

/* "President Kennedy and his wife left Washington", "The Queen and her
 * husband arrived in Ghana": a sentence whose root is a noun or name has
 * lost its verb; a verb the parser hung as a modifier on a conjunct of
 * that root (or on the root), right after the conjunct's phrase, with no
 * subject of its own and not a gerund, is the root, and the coordinated
 * noun phrase its subject. */
void verb_after_conjunct(ctx *c);

/* "Canada will not, after the vote, sell", "Germany would, in the end,
 * send": a noun in a prepositional phrase carries no auxiliary (and no
 * subject: it has no copula); when the parser hung the clause's words on
 * such a phrase, the verb it hung after it is the predicate: it takes the
 * noun's place, the words of the clause before the phrase, and the phrase. */
void auxiliary_on_a_phrase(ctx *c);

/* "al Qaeda ally Abu Musab al-Zarqawi", "Kremlin ally Alexander
 * Lukashenko": only a name's parts are flat; a name the parser hung on
 * the common noun before it as a flat part is the one the noun describes:
 * the name, headed by its first word, takes the noun's place and its
 * preposition, the noun its modifier. */
void name_after_noun(ctx *c);

/* "Britain, joined by France, imposed sanctions": re-hangs as the subject
 * of a verb with none the name opening the sentence that the parser hung
 * on it under another relation (a vocative: no one is addressed in the
 * news). */
void opening_name_as_subject(ctx *c);

/* "Russia's first deputy prime minister Igor Shuvalov left": a possessor
 * (with its "'s") is no head; re-hangs in its place the name or noun after
 * it that the parser hung on it (as a list, flat or compound part), the
 * possessor on that word. */
void possessed_after_possessor(ctx *c);

/* "cut short his China visit", "set free the prisoners": re-hangs as the
 * verb's object a noun the parser read as the conjunct, with no "and" or
 * comma, of the adjective complement before it. */
void object_after_complement(ctx *c);

/* "shelved plans to visit", "have no plans to sign": an infinitive right
 * after the verb's object noun of planning (`planned` cues), read as the
 * verb's complement, would have the plans act; re-hangs it as the verb's
 * adverbial, whose subject is the verb's and which the predicate chain
 * reads as the noun's. */
void plan_infinitive(ctx *c);

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

#endif
