/* geordf: what extraction knows of one event type alone, one file per type
 * (src/extract-visit.c, extract-alliance.c, extract-armsdeal.c,
 * extract-sanction.c, extract-shootdown.c): the rules every type gives, which
 * its row of the schema table (schema.c) points to, and the helpers that
 * apply_frame() calls for that type only.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_EXTRACT_TYPES_H
#define GEORDF_EXTRACT_TYPES_H

#include "extract-ctx.h"
#include "schema.h"

/* The rules of one event type. */
struct gd_type_rules {
  int (*core_ok)(const geordf_event *ev);     /* EV has the roles to be stated */
  int (*mergeable)(const geordf_event *a,     /* A and B, of this type and the same */
                   const geordf_event *b);    /* polarity, are mentions of one event */
};

/* Whether the verb at word H of a headline has a subject but no object
 * or auxiliary ("U.S. PLANE DOWNED"): a passive without its "was". */
int headline_passive(const ctx *c, int h);

/* ---- Visit --------------------------------------------------------------- */

/* The phrase that places destination P ("NATO headquarters in Brussels"):
 * P itself when it names a state; NP1 ends the sentence's phrases. */
const np *venue_place(const ctx *c, const np *p, size_t np1);
/* The person who leads the travelling group of visit trigger TM ("a
 * delegation led by X arrived"), or NULL. */
int member_of_a_body(const ctx *c, int h);
/* Whether the ally noun at word H names an organization's members at large
 * ("several NATO allies"): no one's alliance. */
int members_at_large(const ctx *c, int h);
/* Whether E is a body every state belongs to (the United Nations): its
 * membership is no alliance. */
int universal_body(const geordf_entity *e);
/* Whether the member noun at word H is plural and owned by a pronoun ("its
 * members"): a body's members at large. */
int own_members(const ctx *c, int h);
/* Whether the member noun at word H is indefinite in a prepositional phrase
 * ("between a NATO member and Russia"): some member, no one's membership. */
int some_member(const ctx *c, int h);
/* Whether alliance verb trigger TR at word H backs a thing: its object
 * names no one ("backed the plan"). */
int backs_a_thing(const ctx *c, const gd_trigger *tr, int h);
/* Whether the alliance noun at word H is a definite object of a verb of
 * joining or leaving ("to join the alliance"): an alliance already named,
 * none of the verb's subjects with one another. */
int alliance_joined(const ctx *c, int h);
/* Whether alliance noun mention TM (sentence from token STB) names a pact in
 * a field other than arms and security ("a trade and cooperation
 * agreement"). */
int other_field(const ctx *c, const gd_mention *tm, size_t stb);
int ranked_infinitive(const ctx *c, int hw);
int refuge_journey(const ctx *c, int hw);
/* Whether the object of the verb at word H is a length of time or a day's
 * or month's name ("spent three days in Helsinki"; not "spent billions"). */
int time_object(const ctx *c, int h);
const geordf_entity *group_leader(const ctx *c, const gd_mention *tm, int noun, size_t stb, size_t ste);
/* A stay a relative clause tells of a place: "from Minsk, where he had
 * talked with Lukashenko", "flew in from England, where he had stopped":
 * the subject of a clause of "where" on a place (or a state after its
 * place, "Salzburg, Austria, where ...") was there, a visit when the
 * place is abroad for him; and so is a person whose name an "in" phrase
 * of a place follows, set off by commas ("President Clinton, in Moscow
 * for a three-day visit, signed ...").  Adds those of sentence SE to the
 * events; returns 0, or -1 when memory ran out. */
int stay_visits(ctx *c, const gd_sentence *se);
/* Those who travel with a visitor: "Shevardnadze came with him", "Shultz
 * accompanied the President": the subjects of a verb of travel whose
 * "with" phrase (or, for `accompany`, object) is a person whose visit was
 * told before make the same visit.  Adds those of sentence SE; returns 0,
 * or -1 when memory ran out. */
int companion_visits(ctx *c, const gd_sentence *se);
/* "Vice President Yanayev signed for the Soviet Union" under a dateline
 * of Prague, "signed for Pakistan" after "signed ... in Riyadh": one who
 * signs for his state at a place abroad (the verb's "in" or "at" phrase,
 * else the dateline's, else that of the signing told before) is there, a
 * visit.  Adds those of sentence SE; returns 0, or -1 when
 * memory ran out. */
int signing_visits(ctx *c, const gd_sentence *se);
/* "King Felipe VI of Spain attended on Sunday the swearing-in of Gustavo
 * Petro" under a dateline of Bogota, "Ahmet Davutoglu, who attended the
 * meeting" under one of Cairo: one who attended something at a place
 * abroad for him (the verb's or its object's "in" or "at" phrase, else the
 * dateline's) was there, a visit.  Adds those of sentence SE; returns 0,
 * or -1 when memory ran out. */
int attending_visits(ctx *c, const gd_sentence *se);
/* "Khrushchev and Bulganin arrived ..., the first visit by Soviet leaders
 * to Britain": a visit whose visitor is a state ("Soviet leaders", "the
 * Chinese side") beside a visit of the document by a person of that state
 * (on DATE, the document's) to the same destination is that person's
 * journey, when the two share a sentence or may be of one day and
 * status.  Joins such a visit to the person's; returns 0, or -1 when
 * memory ran out. */
int merge_state_visits(geordf_events *evs, const char *date);

/* ---- ArmsDeal ------------------------------------------------------------ */

/* Whether the noun at TB is the object of a verb of agreeing or pledging. */
int agreeing_verb_before(const ctx *c, size_t tb, size_t sent_tb);
/* The verb of agreeing whose deal the arms noun headed by word H is: its
 * object ("signed a deal for tanks") or the "for"/"on" phrase of a deal
 * noun that is ("signed an agreement for the sale of tanks"); -1 if none. */
int signing_verb(const ctx *c, int h);
/* Sets the supplier and recipient of EV, a deal NSIGNER parties sign
 * together (SIGNER: the verb's subjects and its "with" phrase): INNER holds
 * what the arms noun's own frame said of the sides; the other signers take
 * the other side, or, when it said nothing, the one signer whose state
 * makes the weapons sells to the others.  Neither side is filled when
 * nothing says which signer sells. */
void signers_sides(geordf_event *ev, const geordf_event *inner, const geordf_entity *const *signer,
                   unsigned nsigner);
/* Adds the supplier a weapon's maker gives, when the text names none.
 * TO_RECIPIENT: a "to" phrase after the trigger gave the recipient. */
void infer_supplier(geordf_event *ev, const gd_trigger *tr, int to_recipient);
/* Removes civil aircraft from the items; 1 when they were all the items. */
int drop_civil_items(geordf_event *ev);
/* Whether the arms noun headed by word H (trigger mention TM) has a
 * compound naming other goods: "oil shipments", "grain sales". */
int other_goods(const ctx *c, const gd_mention *tm, int h);
/* Whether the verb of arriving at word H has arms arrive for a call or a
 * visit ("warships arrived ... for a port call"). */
int arrived_for_a_call(const ctx *c, int h);
/* Whether trigger mention TM is "armed" after a hyphen and a word that
 * names no one: "nuclear-armed Pakistan". */
int armed_with_word(const ctx *c, const gd_mention *tm);
/* Whether the phrases NP0..NP1 name a weapon that is not civil. */
int sentence_has_weapon(const ctx *c, size_t np0, size_t np1);

/* Whether verb V's own clause, outside its subject and the clauses hung on
 * it, names a weapon or has a word for one: what a pledge pledges. */
int clause_has_weapon(const ctx *c, int v, size_t np0, size_t np1);
int sells_trade(const ctx *c, int h);
/* "Brazil flies Mirage fighters bought from France": the word of the one
 * who bought what the participle of buying at word H describes, the
 * subject of a verb of having or using whose object that is; -1 if none. */
int participle_buyer(const ctx *c, int h);
/* "sold tanks to Iraq and jets to Syria", "the sale of F-15s to Saudi
 * Arabia and F-5Es to Egypt": the gapped conjuncts of the arms trigger at
 * word H, each with a "to" phrase of its own naming a recipient: that
 * phrase in REC, the conjunct's weapon (or NULL) in ITEM; how many (at
 * most MAX). */
size_t gapped_deals(const ctx *c, int h, const np **rec, const geordf_entity **item, size_t max);

/* ---- Sanction ------------------------------------------------------------ */

/* Adds the sanction EV again with the one who joins it as imposer, with
 * evidence [SB, SBE); 0, or -1 when memory ran out. */
int add_joiner(ctx *c, const geordf_event *ev, size_t trig_tb, size_t stb, size_t np0, size_t np1,
               size_t sb, size_t sbe);
/* The target a verb of undergoing gives the sanction noun at word H, or
 * NULL; *THREAT: the sanction is still to come; *BY: the one who set it
 * as a condition ("urged X to comply or face sanctions"), or NULL;
 * *EVADED: the verb gets around a sanction in force ("evaded"). */
const np *undergoer(const ctx *c, int h, int *threat, const np **by, int *evaded);
/* The one brought before a body for the sanction noun at word H ("refer
 * Iran to the Security Council for sanctions"), with the body in *BODY;
 * or NULL. */
const np *referral(const ctx *c, int h, const np **body);
int charged_violation(const ctx *c, int h);
/* The target of a sanction noun at word H in the "with" or "of" phrase of a
 * verb of threatening ("threatened Iran with sanctions"), *BY the verb's
 * subject on the tree, *VERB the verb's word; NULL when H is no such noun. */
const np *threatened_with(const ctx *c, int h, const np **by, int *verb);
/* The one a sanction noun at word H in a clause reported by "warned" is
 * threatened against ("warned Minsk that it would impose sanctions"); sets
 * *BY to the imposer's phrase.  See the definition. */
const np *warned_that(const ctx *c, int h, const np **by);
/* The speaker of the clause whose subject is the sanction noun at word H
 * ("..., the minister said"), or NULL. */
const np *speaker(const ctx *c, int h);

/* ---- ShootDown ----------------------------------------------------------- */

/* Whether weapon W flies (an aircraft, drone, helicopter or missile). */
int flies(const geordf_entity *w);
/* The kind of thing phrase P says was downed: 'A', 'D', 'H', 'M' or 0
 * (OWN: P names the thing itself, so its weapon counts). */
char air_category(const ctx *c, const np *p, int own);
/* Whether phrase P, named as what was downed, names a thing that flies
 * ("a Russian drone", "a MiG-29"). */
int flying(const ctx *c, const np *p);
/* Whether the tree's object of the shoot-down verb at word H (passive:
 * PASS) is a word for a thing that flies ("destroyed 30 of the drones"). */
int air_word_only_modifies(const ctx *c, int h, int pass);
int air_object(const ctx *c, int h, int pass);
int on_the_ground(const ctx *c, int h, int pass);
int dealing_object(const ctx *c, int h, int pass, int arms);
int barrier_object(const ctx *c, int h, int pass);
/* Whether phrase P, named as what was downed, is a thing on the ground or
 * at sea ("a Russian S-400 battery", "a Russian warship"). */
int grounded(const ctx *c, const np *p);
/* Whether words [TB, TE) say that what was hit came down safely: "landed
 * safely", "returned safely". */
int landed_safely(const ctx *c, size_t tb, size_t te);
/* Whether the weapon word at token K may stand for weapon W ("the
 * airliner" not for a missile launcher named before it). */
int names_kind_of(const ctx *c, size_t k, const geordf_entity *w);
/* The phrase a verb of blame or credit holds to account for the
 * shoot-down noun at word H ("blamed Russia for the downing"), or NULL. */
const np *blamed_for(const ctx *c, int h);
/* The phrase said to take part in the shoot-down noun at word H ("denied
 * responsibility for the downing", "played no part in the downing"), or
 * NULL. */
const np *participant(const ctx *c, int h);
/* The agent of the shoot-down verb at word H (in the passive, PASS, its
 * "by" phrase) when it is a word for weapons or forces naming no one ("Air
 * defences intercepted"), or -1. */
int unnamed_forces(const ctx *c, int h, int pass);
const geordf_entity *subject_of_state(const ctx *c, int h, int pass);
int manned_object(const ctx *c, int h);

/* The state whose own forces downed its own aircraft around shoot-down
 * verb TM in sentence [STB, STE), or NULL: see the definition. */
const geordf_entity *own_fire(const ctx *c, const gd_mention *tm, size_t stb, size_t ste);
/* Whether what the shoot-down verb at word H downed is an aircraft of a
 * service named without its state ("a Navy patrol bomber"): see the
 * definition. */
int service_aircraft(const ctx *c, int h, int pass);
/* The state whose airspace sentence [STB, STE) names ("into Israeli
 * airspace"), or NULL. */
const geordf_entity *airspace_owner(const ctx *c, size_t stb, size_t ste);
/* Whether phrase P, of a "fired by" or "launched by" after trigger TM (its
 * word H in the parse, or -1), describes the weapon of the passive's agent
 * ("shot down by a missile fired by X"): then P names the attacker. */
int describes_agent(const ctx *c, const gd_mention *tm, int h, size_t stb, const np *p);
/* Whether the "by" phrase P after the active shoot-down verb TM follows a
 * participle of launching ("rockets fired from Gaza by Hamas"): then P names
 * the victim. */
int launched_by(const ctx *c, const gd_mention *tm, size_t stb, const np *p);
/* Whether tokens [TB, TE) name a flight by its number ("Flight 655"). */
int flight_number(const ctx *c, size_t tb, size_t te);

#endif
