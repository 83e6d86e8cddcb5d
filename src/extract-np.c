/* geordf: noun phrases: the lexicon's mentions in a sentence grouped into
 * phrases (a person, a state, its modifier, a place, a weapon), their lists
 * ("A, B and C"), the preposition that governs each, and the state a phrase
 * acts for.
 * SPDX-License-Identifier: MIT */
#include "extract-ctx.h"
#include "extract-discourse.h"
#include "extract-np.h"
#include "extract-types.h"
#include "extract-tree.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A preposition, also when it ends a longer match ("sanctions on"). */
int prep_word(const ctx *c, size_t k) {
  if (has_cue(c, k, GD_CUE_PREP)) return 1;
  int pre = 0;
  const char *w = c->t->tok[k].norm;
  for (const gd_sense *x = gd_lexicon_lookup(c->lex, w, strlen(w), &pre); x; x = x->next)
    if (x->kind == GD_PH_CUE && x->u.cue == GD_CUE_PREP) return 1;
  return 0;
}

/* Whether tokens from K are "-made", "-built", ... (a maker, not an owner). */
static int made_in(const ctx *c, size_t k, size_t te) {
  static const char *const made[] = {"made", "built", "designed", "manufactured", "produced", "developed", NULL};
  if (k + 1 >= te || !(c->t->tok[k].flags & GD_TOK_HYPHEN)) return 0;
  for (size_t i = 0; made[i]; i++)
    if (tok_is(c, k + 1, made[i])) return 1;
  return 0;
}

/* Whether token G is a word of person E's label. */
static int own_name(const ctx *c, const gd_token *g, const geordf_entity *e) {
  size_t n = g->e - g->b;
  for (const char *l = e->label; *l;) {
    while (*l == ' ') l++;
    size_t w = strcspn(l, " ");
    if (w == n && !strncasecmp(l, c->text + g->b, n)) return 1;
    l += w;
  }
  return 0;
}

/* Whether a surname at token TB is given a first name that is not person
 * E's: "Oskar Fischer" is not Joschka Fischer.  (In running text only: a
 * headline capitalizes every word; honorifics and titles are no names.) */
static int other_given_name(const ctx *c, size_t tb, const geordf_entity *e) {
  static const char *const honorific[] = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "sheikh", "sheik", "prince",
                                          "princess", "imam", "mullah", "rabbi", "father", "saint", "st", "madame",
                                          "dame", "judge", "justice", "comrade", "marshal", "field", "brother", NULL};
  static const char *const calendar[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december", NULL};
  /* (Not a sentence's first word, nor one after a mark: "When Putin",
   * "(Reuters) Putin".) */
  if (tb <= c->sent_tb + 1 || c->t->tok[tb].b < c->title_len) return 0;
  if (c->t->tok[tb - 2].flags & GD_TOK_PUNCT) {
    const char *q = c->t->tok[tb - 2].norm;
    if (strcmp(q, ",") && strcmp(q, ";")) return 0;
  }
  const gd_token *g = &c->t->tok[tb - 1];
  for (int i = 0; calendar[i]; i++)
    if (!strcmp(g->norm, calendar[i])) return 0;
  if (!(g->flags & GD_TOK_WORD) || !(g->flags & GD_TOK_CAP) || (g->flags & (GD_TOK_ALLCAPS | GD_TOK_ABBR)) ||
      c->tok_m[tb - 1] >= 0 || g->e - g->b < 2)
    return 0;
  for (int i = 0; honorific[i]; i++)
    if (!strcmp(g->norm, honorific[i])) return 0;
  /* The person's own first names: any word of its label before the surname. */
  if (own_name(c, g, e)) return 0;
  /* (A Russian patronymic after one of them: "Andrei Andreyevich Gromyko",
   * "Leonid Ilyich Brezhnev".) */
  size_t n = strlen(g->norm);
  int patronymic = (n > 5 && !strcmp(g->norm + n - 3, "ich")) || (n > 5 && !strcmp(g->norm + n - 3, "vna"));
  if (patronymic && tb >= c->sent_tb + 2 && own_name(c, &c->t->tok[tb - 2], e)) return 0;
  return 1;
}

/* Whether a surname ending at token TE that opens person E's name (the
 * family name first: "Li Peng") is followed by a given name that is not
 * E's: "Li Ruihuan" is not Li Peng.  (In running text only, as above; the
 * given name may be split at a hyphen: "Kim Jong-un".) */
static int other_given_name_after(const ctx *c, size_t te, const geordf_entity *e) {
  if (te >= c->t->ntok || c->t->tok[te].b < c->title_len) return 0;
  const gd_token *g = &c->t->tok[te];
  if (!(g->flags & GD_TOK_WORD) || !(g->flags & GD_TOK_CAP) || (g->flags & (GD_TOK_ALLCAPS | GD_TOK_ABBR)) ||
      c->tok_m[te] >= 0)
    return 0;
  const gd_token *s = &c->t->tok[te - 1];
  size_t sl = s->e - s->b;
  if (strncasecmp(e->label, c->text + s->b, sl) || e->label[sl] != ' ') return 0;
  /* The rest of E's name, letters only, must begin with the word. */
  const char *l = e->label + sl;
  for (const char *w = c->text + g->b; w < c->text + g->e; w++) {
    while (*l == ' ' || *l == '-') l++;
    if (tolower((unsigned char)*l) != tolower((unsigned char)*w)) return 1;
    l++;
  }
  return 0;
}

/* Whether tokens [B, E) join two names as coordinates: "and", or a comma
 * and then possibly "and". */
static int coordinated_units(const ctx *c, size_t b, size_t e) {
  if (e <= b || e - b > 2) return 0;
  if (e - b == 2 && strcmp(c->t->tok[b].norm, ",")) return 0;
  return !strcmp(c->t->tok[e - 1].norm, "and") || (e - b == 1 && !strcmp(c->t->tok[b].norm, ","));
}

/* A date "YYYY-MM-DD" (or "YYYY", "YYYY-MM") as a day count, in months
 * of 31 days: enough to say which of two dates is nearer. */
static long day_number(const char *date) {
  int y = 0, mo = 0, d = 0;
  sscanf(date, "%d-%d-%d", &y, &mo, &d);
  return (long)y * 372 + mo * 31 + d;
}

/* Days from DATE to the nearest of person E's terms of office, before or
 * after it; a large number when E holds none. */
static long office_gap(const char *date, const geordf_entity *e) {
  long best = 1L << 30, d = day_number(date);
  for (size_t k = 0; k < e->n_offices; k++) {
    const gd_office *o = &e->offices[k];
    long gap = 0;
    if (o->end[0] && strcmp(date, o->end) >= 0)
      gap = d - day_number(o->end);
    else if (o->start[0] && strcmp(date, o->start) < 0)
      gap = day_number(o->start) - d;
    if (gap < best) best = gap;
  }
  return best;
}

/* Picks one entity of an ambiguous name: a person already named in this
 * document, else one in office on the document date, else one serving then,
 * else the one whose time in office lies nearest the date, else the first. */
static const geordf_entity *choose(const ctx *c, const gd_mention *m, gd_name_kind *how) {
  int best = -1, score = -1;
  for (unsigned i = 0; i < m->nents; i++) {
    const geordf_entity *e = m->ents[i];
    int s = 0;
    if (e->kind == GD_KIND_PERSON && m->how[i] == GD_NAME_SURNAME &&
        (other_given_name(c, m->tb, e) || other_given_name_after(c, m->te, e)))
      continue;
    if (e->kind == GD_KIND_PERSON) {
      if (seen_person(c, e)) s += 4;
      int in_office = 0;
      for (size_t k = 0; k < e->n_offices && !in_office; k++) {
        const gd_office *o = &e->offices[k];
        in_office = c->have_date && (!o->start[0] || strcmp(c->date, o->start) >= 0) &&
                    (!o->end[0] || strcmp(c->date, o->end) < 0);
      }
      /* Else a term of service then: of two namesakes ("Eric Williams", the
       * prime minister to 1981 and the minister of 2003), the one serving. */
      int serving = 0;
      for (size_t k = 0; k < e->n_affils && !in_office && !serving; k++) {
        const gd_office *o = &e->affils[k];
        serving = c->have_date && (!o->start[0] || strcmp(c->date, o->start) >= 0) &&
                  (!o->end[0] || strcmp(c->date, o->end) < 0);
      }
      s += in_office ? 2 : serving;
      if (m->how[i] == GD_NAME_PROPER) s += 1;
    } else {
      s += 3; /* states and places beat a surname that is also a name */
    }
    /* Of namesakes none of whom is in office then, the one whose time in
     * office lies nearest the date ("Johnson" in 1975: Lyndon B. Johnson,
     * not Boris Johnson). */
    if (s == score && c->have_date && e->kind == GD_KIND_PERSON && m->ents[best]->kind == GD_KIND_PERSON &&
        office_gap(c->date, e) < office_gap(c->date, m->ents[best]))
      best = (int)i;
    if (s > score) { score = s; best = (int)i; }
  }
  if (best < 0) return NULL;
  /* A name two states share ("Korea", "Korean") is the one of them the
   * document has named already (or whose leader it has), else neither. */
  /* (The same state twice, by a name and a demonym, is one.) */
  if (m->ents[best]->kind == GD_KIND_COUNTRY) {
    int other = 0, named = -1, nnamed = 0;
    for (unsigned i = 0; i < m->nents; i++) {
      const geordf_entity *e = m->ents[i];
      if (e->kind != GD_KIND_COUNTRY) continue;
      other |= e != m->ents[best];
      if (salience(c, e) && (named < 0 || e != m->ents[named])) nnamed++, named = (int)i;
    }
    if (other) {
      if (nnamed != 1) return NULL;
      best = named;
    }
  }
  *how = m->how[best];
  return m->ents[best];
}

/* The one holder of OFFICE (of ST, if not NULL) on the document's date whose
 * name holds the words NAME (LEN bytes) as words of its own: at its end, at
 * its start where the family name comes first ("Premier Hua": Hua Guofeng),
 * or before a second family name ("President Somoza": Anastasio Somoza
 * Debayle); NULL when none or several. */
static const geordf_entity *holder_named(const ctx *c, const char *office, const geordf_entity *st,
                                         const char *name, size_t len) {
  const geordf_entity *hold[2];
  size_t nh = gd_lexicon_office_holders_named(c->lex, office, st, c->date, name, len, hold, 2);
  return nh == 1 || (nh == 2 && hold[0] == hold[1]) ? hold[0] : NULL;
}

/* Whether state E's bodies are called by the words of mention U (the
 * article left out): its lex:describedAs. */
static int body_of(const ctx *c, const gd_mention *u, const geordf_entity *e) {
  char ph[48] = "|";
  size_t pl = 1;
  for (size_t q = u->tb + (tok_is(c, u->tb, "the") ? 1 : 0); q < u->te; q++) {
    size_t wl = strlen(c->t->tok[q].norm);
    if (pl + wl + 3 >= sizeof ph) return 0;
    if (pl > 1) ph[pl++] = ' ';
    memcpy(ph + pl, c->t->tok[q].norm, wl);
    pl += wl;
  }
  memcpy(ph + pl, "|", 2);
  return e && e->kind == GD_KIND_COUNTRY && e->described && strstr(e->described, ph);
}

/* A word for a body that several states have ("Congress": each describes
 * its own so, and one, the United States, also has it as a metonym) in
 * mention U, which names E (the metonym's state), within tokens up to TE of
 * phrase P: the state of a demonym or possessor before it ("the Brazilian
 * Congress", "Peru's Congress"; another state's makes it no body of
 * either), of an "of" or "in" phrase after it ("the Congress of Peru",
 * "Congress in Lima"); else, while the document has named a state it fits
 * but not E, the one named most; else E.  NULL for a name the lexicon does
 * not know: a capitalized word no phrase covers before it ("the Iraqi
 * National Congress"; not a sentence's first), an "of" phrase of another
 * capitalized name after it ("the Congress of Racial Equality", "of South
 * African Trade Unions") or a "for" phrase of one that names no state. */
static const geordf_entity *shared_body(const ctx *c, const gd_mention *u, const geordf_entity *e, const np *p,
                                        size_t te) {
  if (!body_of(c, u, e)) return e;
  if (u->tb > c->sent_tb + 1 && plain(c, u->tb - 1) && (c->t->tok[u->tb - 1].flags & GD_TOK_CAP)) return NULL;
  if (p->mod && p->mod != e) return body_of(c, u, p->mod) ? p->mod : NULL;
  size_t k = u->te + 1;
  if (k < te && (tok_is(c, u->te, "of") || tok_is(c, u->te, "for") || tok_is(c, u->te, "in"))) {
    int in = tok_is(c, u->te, "in");
    if (k + 1 < te && tok_is(c, k, "the") && !(mention_at(c, k) && mention_at(c, k)->nents)) k++;
    const gd_mention *x = mention_at(c, k);
    const geordf_entity *st = x && x->nents == 1 && !x->ntrig ? x->ents[0] : NULL;
    if (st && st->kind == GD_KIND_PLACE) st = st->stands_for;
    if (st == e || body_of(c, u, st)) return st;
    /* ("lobbied Congress for Israel": no name.) */
    if (!in && (c->t->tok[k].flags & GD_TOK_CAP) && (!st || tok_is(c, u->te, "of"))) return NULL;
  }
  if (salience(c, e)) return e;
  const geordf_entity *best = e;
  for (size_t s = 0; s < c->nsal; s++)
    if (body_of(c, u, c->sal_e[s]) && (best == e || c->sal_n[s] > salience(c, best))) best = c->sal_e[s];
  return best;
}

/* The state a noun phrase names so far, for a title in it ("the Russian
 * president": Russia; "the president of Egypt"; "Cairo's ambassador"). */
static const geordf_entity *np_state(const np *p) {
  return p->head ? p->head : p->mod ? p->mod : p->place ? p->place->stands_for : NULL;
}

/* "Downing Street said on Thursday that the prime minister would fly to
 * Washington", "British officials said the president ...": the state whose
 * voice (a phrase of this sentence from FIRST_NP on, perhaps with one
 * lower-case word after it: "officials") speaks in a verb of saying right before token
 * TB (then perhaps "on" and a day, "that" and "the"); else NULL. */
static const geordf_entity *reporting_state(const ctx *c, size_t tb, size_t first_np) {
  static const char *const say[] = {"said", "says", "announced", "announces", "confirmed", "confirms", NULL};
  size_t k = tb;
  if (k > c->sent_tb + 1 && tok_is(c, k - 1, "the")) k--;
  if (k > c->sent_tb + 1 && tok_is(c, k - 1, "that")) k--;
  if (k > c->sent_tb + 2 && tok_is(c, k - 2, "on")) k -= 2;
  int saying = 0;
  for (int i = 0; k > c->sent_tb && say[i] && !saying; i++) saying = tok_is(c, k - 1, say[i]);
  if (!saying || k < c->sent_tb + 2) return NULL;
  size_t q = k - 2;
  if (c->tok_np[q] < 0 && q > c->sent_tb && !(c->t->tok[q].flags & (GD_TOK_CAP | GD_TOK_NUM))) q--;
  int n = c->tok_np[q];
  if (n < 0 || (size_t)n < first_np || c->nps[n].person) return NULL;
  const geordf_entity *st = np_state(&c->nps[n]);
  return st && st->kind == GD_KIND_COUNTRY ? st : NULL;
}

/* Whether token K is a navy's ship prefix ("USS", "HMS"). */
static int ship_prefix(const ctx *c, size_t k) {
  static const char *const pre[] = {"uss", "usns", "hms", "hmas", "hmcs", "ins", NULL};
  for (int i = 0; pre[i]; i++)
    if (tok_is(c, k, pre[i])) return 1;
  return 0;
}

/* The phrase names PERSON; a state it named becomes the person's modifier
 * ("the Russian president"). */
static void set_person(np *p, const geordf_entity *person) {
  p->person = person;
  if (person && p->head && p->head->kind == GD_KIND_COUNTRY) { p->mod = p->head; p->head = NULL; }
}

/* "President Kennedy", "Chancellor Adenauer", "President de Gaulle": a
 * title followed by a surname the lexicon gives no one alone names the one
 * holder of that office (of state ST, if named) on the document's date whose
 * name ends with it.  The words from TB are a name particle or capitalized
 * words no phrase matched, up to three; *END is set past them.  NULL when
 * no holder, or more than one, has that name. */
static const geordf_entity *titled_holder(const ctx *c, const char *office, const geordf_entity *st, size_t tb,
                                          size_t te, size_t *end) {
  static const char *const particle[] = {"de", "da", "del", "di", "du", "van", "von", "der", "al", "el", "bin",
                                         "ben", "la", "le", NULL};
  if (!c->have_date) return NULL;
  size_t k = tb;
  for (int words = 0; k < te && words < 3 && c->tok_m[k] < 0 && (c->t->tok[k].flags & GD_TOK_WORD) &&
                      !(c->t->tok[k].flags & GD_TOK_ALLCAPS) && c->t->tok[k].nl == 0;
       words++) {
    int cap = (c->t->tok[k].flags & GD_TOK_CAP) != 0, part = 0;
    for (int i = 0; !cap && particle[i]; i++)
      if (!strcmp(c->t->tok[k].norm, particle[i])) part = 1;
    if (!cap && !part) break;
    k++;
    /* (A particle joined by a hyphen is part of the name: "Ali al-Sistani"
     * is no holder whose name has "Ali".) */
    if (part && k + 1 < te && tok_is(c, k, "-") && c->t->tok[k].b == c->t->tok[k - 1].e) k++;
  }
  while (k > tb && !(c->t->tok[k - 1].flags & GD_TOK_CAP)) k--;
  if (k == tb) return NULL;
  const geordf_entity *found =
      holder_named(c, office, st, c->text + c->t->tok[tb].b, c->t->tok[k - 1].e - c->t->tok[tb].b);
  if (found) *end = k;
  return found;
}

/* Where a person's NP that begins at TB has a given name and middle
 * initials before it ("Leonid I. Brezhnev", "Andrei A. Gromyko"), the
 * given name's token, else TB.  The parser reads an initial's full stop as
 * punctuation and often leaves the given name alone in the clause, the
 * subject or a conjunct ("Colonel Mengistu and Leonid I. Brezhnev
 * signed"), so the NP must hold it.  The given name must begin the
 * person's label; an initial may be a word of no name ("A", "I"). */
static int nameless(const ctx *c, size_t k) {
  const gd_mention *m = c->tok_m[k] >= 0 ? &c->m[c->tok_m[k]] : NULL;
  return c->tok_np[k] < 0 && (!m || (m->nents == 0 && !m->office && !m->ntrig));
}

static size_t given_name_before(const ctx *c, const np *p) {
  size_t b = p->tb;
  while (b >= c->sent_tb + 3 && tok_is(c, b - 1, ".") && c->t->tok[b - 1].b == c->t->tok[b - 2].e &&
         c->t->tok[b - 2].e - c->t->tok[b - 2].b == 1 && (c->t->tok[b - 2].flags & GD_TOK_CAP) &&
         nameless(c, b - 2))
    b -= 2;
  if (b == p->tb) return p->tb;
  const gd_token *g = &c->t->tok[b - 1];
  size_t len = g->e - g->b;
  if (!nameless(c, b - 1) || !(g->flags & GD_TOK_CAP) || !(g->flags & GD_TOK_WORD) ||
      (g->flags & GD_TOK_ALLCAPS) || strncmp(p->person->label, c->text + g->b, len) || p->person->label[len] != ' ')
    return p->tb;
  return b - 1;
}

static int add_np(ctx *c, const np *p0) {
  np given = *p0;
  const np *p = p0;
  if (p0->person && p0->tb > c->sent_tb) {
    given.tb = given_name_before(c, p0);
    p = &given;
  }
  if (c->nnp == c->capnp) {
    size_t cap = c->capnp ? c->capnp * 2 : 32;
    np *v = realloc(c->nps, cap * sizeof *v);
    if (!v) return -1;
    c->nps = v;
    c->capnp = cap;
  }
  c->nps[c->nnp] = *p;
  for (size_t k = p->tb; k < p->te; k++) c->tok_np[k] = (int)c->nnp;
  c->nnp++;
  remember(c, &c->nps[c->nnp - 1]);
  return 0;
}

/* The state an NP acts for: its head, a place's state, a person's state, or
 * its modifier. */
const geordf_entity *np_actor(const ctx *c, const np *p) {
  if (p->head) return p->head;
  if (p->person) {
    const geordf_entity *s = gd_person_acts_for(p->person, c->have_date ? c->date : "");
    if (s) return s;
  }
  if (p->place && p->place->stands_for) return p->place->stands_for;
  /* "Arab states", "former Soviet bloc countries": states of a kind, not
   * the one their adjective names. */
  if (p->mod && !p->mod_poss)
    for (size_t k = p->te > p->tb ? p->te - 1 : p->tb; k < c->t->ntok && k <= p->te + 1; k++) {
      const char *w = c->t->tok[k].norm;
      if (!strcmp(w, "countries") || !strcmp(w, "nations") || !strcmp(w, "states") || !strcmp(w, "governments") ||
          !strcmp(w, "republics"))
        return NULL;
      if (k >= p->te && !plain(c, k)) break;
    }
  return p->mod;
}

/* Whether the title in tokens [TB, TE) is marked as someone's past one:
 * "the former Soviet leader", "the ex-president", "the late king". */
static int past_title(const ctx *c, size_t tb, size_t te) {
  static const char *const past[] = {"former", "ex", "late", "onetime", "erstwhile", NULL};
  for (size_t k = tb > c->sent_tb ? tb - 1 : tb; k < te; k++)
    for (int i = 0; past[i]; i++)
      if (tok_is(c, k, past[i])) return 1;
  return 0;
}

/* Whether the title in tokens [TB, TE) is an acting one: "acting" before
 * its office word ("Nigeria's acting president", "the acting Nigerian
 * president"). */
static int acting_title(const ctx *c, size_t tb, size_t te) {
  for (size_t k = tb > c->sent_tb ? tb - 1 : tb; k + 1 < te; k++)
    if (tok_is(c, k, "acting")) return 1;
  return 0;
}

/* The person named last in the document who held OFFICE (of ST, if not
 * NULL) before the document's date: "Jimmy Carter ... the former
 * president"; NULL if none. */
static const geordf_entity *past_holder(const ctx *c, const char *office, const geordf_entity *st) {
  int leader = !strcmp(office, "Leader") || !strcmp(office, "HeadOfState") || !strcmp(office, "HeadOfGovernment");
  for (int k = 0; k < 8 && c->recent_people[k]; k++) {
    const geordf_entity *e = c->recent_people[k];
    for (size_t q = 0; q < e->n_offices; q++) {
      const gd_office *o = &e->offices[q];
      if ((leader ? o->cls != 0 : !strcmp(o->office, office)) && (!st || o->of == st) && o->end[0] &&
          strcmp(o->end, c->date) <= 0)
        return e;
    }
  }
  return NULL;
}

/* The country the noun phrases from NP0 on name last as the goal of a
 * travel trigger, right after it or after its preposition: "drove into
 * Libya", "arrived in Ethiopia", "visited Cuba" (the whole phrase: not
 * "visited US troops"); NULL if none. */
static const geordf_entity *travel_destination(const ctx *c, size_t np0) {
  for (size_t a = c->nnp; a > np0; a--) {
    const np *q = &c->nps[a - 1];
    if (!q->head || q->head->kind != GD_KIND_COUNTRY || q->tb <= c->sent_tb ||
        (q->te < c->t->ntok && plain(c, q->te)))
      continue;
    size_t k = q->tb - 1;
    const gd_mention *pm = mention_at(c, k);
    if ((!pm || (!pm->ntrig && !pm->nents)) && k > c->sent_tb &&
        (tok_is(c, k, "in") || tok_is(c, k, "into") || tok_is(c, k, "to")))
      k--;
    const gd_mention *tm = mention_at(c, k);
    if (tm && tm->te == k + 1 && tm->ntrig && tm->trig[0]->type == GEORDF_VISIT) return q->head;
  }
  return NULL;
}

/* Whether token K is "new" right before a title: "China's new foreign
 * minister", "Britain's new prime minister" name the holder on the day as
 * the title alone does, though "new" is a cue word. */
static int new_before_title(const ctx *c, size_t k, size_t te) {
  const gd_mention *m = mention_at(c, k);
  if (!m || m->nents || m->ntrig || m->office || m->tb != k || m->te != k + 1 || !tok_is(c, k, "new")) return 0;
  const gd_mention *nx = k + 1 < te ? mention_at(c, k + 1) : NULL;
  return nx && nx->office && !nx->ntrig;
}

/* Whether NP P holds a person's name, not only a title. */
static int names_person(const ctx *c, const np *p) {
  for (size_t q = p->tb; q < p->te; q++) {
    const gd_mention *m = mention_at(c, q);
    for (unsigned f = 0; m && f < m->nents; f++)
      if (m->ents[f]->kind == GD_KIND_PERSON) return 1;
  }
  return 0;
}

/* The holder of OFFICE in state ST on the document's date (the first the
 * lexicon gives), else NULL. */
static const geordf_entity *holder_of(const ctx *c, const char *office, const geordf_entity *st) {
  const geordf_entity *hold[4];
  if (!st || st->kind != GD_KIND_COUNTRY || !c->have_date) return NULL;
  return gd_lexicon_office_holders(c->lex, office, st, c->date, hold, 4) ? hold[0] : NULL;
}

/* "The Israeli and Egyptian foreign ministers": a plural title after
 * coordinated demonyms of states (NP P, its modifier and P->also) is one
 * person of each state, the holder of the office there on the document's
 * date, else the state itself.  Adds one phrase for each demonym, the last
 * one's up to the title's end, so that the coordination joins them; 0 when
 * P is no such phrase (nothing added), 1 when added, -1 on error. */
static int split_plural_title(ctx *c, const np *p, const gd_office_word *office) {
  if (p->person || p->head || p->place || p->weapon || !p->mod || !p->also[0] || p->mod_poss || !c->have_date)
    return 0;
  size_t ub[3], ue[3];
  const geordf_entity *st[3];
  int n = 0;
  for (size_t q = p->tb; q < p->te;) {
    const gd_mention *u = mention_at(c, q);
    if (!u) { q++; continue; }
    if (u->nents && !u->ntrig && !u->office) {
      gd_name_kind how = GD_NAME_PROPER;
      const geordf_entity *e = choose(c, u, &how);
      if (!e || e->kind != GD_KIND_COUNTRY || how != GD_NAME_DEMONYM || n == 3) return 0;
      ub[n] = u->tb;
      ue[n] = u->te;
      st[n++] = e;
    }
    q = u->te > q ? u->te : q + 1;
  }
  if (n < 2 || st[n - 1] != p->mod) return 0;
  for (int k = 0; k < n; k++) {
    np q;
    memset(&q, 0, sizeof q);
    q.group = -1;
    q.tb = k ? ub[k] : p->tb;
    q.te = k == n - 1 ? p->te : ue[k];
    q.person = holder_of(c, office->office, st[k]);
    q.mod = st[k];
    q.plural_title = 1;
    if (c->debug)
      TRACE("  plural title %.*s: %s\n", (int)(c->t->tok[p->te - 1].e - c->t->tok[p->tb].b),
            c->text + c->t->tok[p->tb].b, q.person ? q.person->label : st[k]->label);
    if (add_np(c, &q)) return -1;
  }
  return 1;
}

/* The end of the name of a state at token K (after "the"), else 0. */
static size_t state_name_at(const ctx *c, size_t k, size_t te) {
  if (k + 1 < te && tok_is(c, k, "the") && c->tok_m[k] != c->tok_m[k + 1]) k++;
  const gd_mention *m = k < te ? mention_at(c, k) : NULL;
  if (!m || m->tb != k || !m->nents || m->ntrig || m->office || m->ents[0]->kind != GD_KIND_COUNTRY ||
      m->how[0] == GD_NAME_DEMONYM)
    return 0;
  return m->te;
}

/* Whether a list of states starts at token K: "Britain, France and
 * Germany", "Rwanda and Burundi" (two names at least, a comma or "and"
 * between). */
static int state_list_at(const ctx *c, size_t k, size_t te) {
  size_t e = state_name_at(c, k, te);
  if (!e || e >= te || !(tok_is(c, e, ",") || tok_is(c, e, "and"))) return 0;
  return state_name_at(c, e + 1, te) != 0;
}

/* Builds the noun phrases of the sentence [tb, te) from its mentions. */

/* A plain word in "-ed" (not "-eed": "agreed" is a lexicon word anyway,
 * "freed" would be one) whose word before is neither joined to it by a
 * hyphen ("state-owned") nor an adverb in "-ly" ("newly acquired"). */
static int past_after_noun(const ctx *c, size_t k) {
  const char *w = c->t->tok[k].norm, *v = c->t->tok[k - 1].norm;
  size_t l = strlen(w), lv = strlen(v);
  if (l < 5 || strcmp(w + l - 2, "ed") || w[l - 3] == 'e') return 0;
  if ((c->t->tok[k - 1].flags & GD_TOK_HYPHEN) || (c->t->tok[k].flags & GD_TOK_HYPHEN) || !strcmp(v, "-")) return 0;
  return !(lv > 3 && !strcmp(v + lv - 2, "ly"));
}

int build_nps(ctx *c, size_t tb, size_t te, size_t *first_np) {
  *first_np = c->nnp;
  size_t i = tb;
  /* "the foreign ministers of Britain, France and Germany": the plural
   * title whose "of" phrase lists states, and where the next state of the
   * list starts. */
  const gd_office_word *plural_office = NULL;
  size_t plural_next = 0;
  while (i < te) {
    const gd_mention *m = mention_at(c, i);
    np p;
    memset(&p, 0, sizeof p);
    p.group = -1;
    size_t j = i;
    int pron = (!m || (m->nents == 0 && !m->office && !m->ntrig)) && is_pronoun(c->t->tok[i].norm) &&
               pronoun_np(c, i, &p);
    if (pron && p.poss) {
      /* "its NATO allies", "his Iranian counterpart": the pronoun's state
       * modifies the phrase that follows. */
      size_t k = i + 1, skipped = 0;
      while (k < te && skipped < 2 && plain(c, k)) { k++; skipped++; }
      const gd_mention *nx = k < te ? mention_at(c, k) : NULL;
      if (nx && !nx->ntrig && (nx->nents || nx->office)) {
        const geordf_entity *st = p.person ? gd_person_state(p.person, c->have_date ? c->date : "") : p.head;
        memset(&p, 0, sizeof p);
        p.group = -1;
        p.mod = st;
        p.mod_poss = 1;
        j = k;
        m = nx;
        pron = 0;
      }
    }
    /* "the administration" alone is Washington's (a metonym of the United
     * States in states.ttl: "the Administration held up the shipment");
     * with an "in" or "of" phrase after it, it is those who govern there
     * ("the administration in Kabul"), read as the seat cue it also is. */
    if (!pron && m && m->nents && m->te == i + 2 && tok_is(c, i, "the") && tok_is(c, i + 1, "administration") &&
        m->te < te && (tok_is(c, m->te, "in") || tok_is(c, m->te, "of"))) {
      i = m->te;
      continue;
    }
    if (pron || !m || (m->nents == 0 && !m->office) || m->ntrig) {
      if (pron) {
        p.tb = i;
        p.te = i + 1;
        if (add_np(c, &p)) return -1;
      } else if (m && m->ntrig && m->te == i + 1 && i >= 3 && tok_is(c, i, "alliance") && tok_is(c, i - 1, "the") &&
                 tok_is(c, i - 2, "of") &&
                 (tok_is(c, i - 3, "members") || tok_is(c, i - 3, "member") || tok_is(c, i - 3, "membership"))) {
        /* "will become members of the alliance": the alliance a membership
         * noun's "of" phrase names with the article alone is the last
         * organization named that the lexicon describes as one
         * (lex:describedAs "alliance": "NATO leaders agreed that ..."; not
         * the European Union named since), not one of its own. */
        for (int k = 0; k < 8 && c->states[k]; k++)
          if (c->states[k]->kind == GD_KIND_ORG && c->states[k]->described &&
              strstr(c->states[k]->described, "|alliance|")) {
            p.head = c->states[k];
            p.tb = i;
            p.te = i + 1;
            if (add_np(c, &p)) return -1;
            break;
          }
      } else if (m && m->nents == 0 && !m->office && !m->ntrig && (m->cues & (1u << GD_CUE_PLACE_ANAPHOR))) {
        /* "the capital", "the island": the country of the dateline
         * ("HANOI —"), else the last country named before this sentence
         * (its own states are the travellers'). */
        if (c->dateline && tok_is(c, m->te - 1, "capital")) {
          p.head = c->dateline;
          p.tb = m->tb;
          p.te = m->te;
          if (add_np(c, &p)) return -1;
          i = m->te;
          continue;
        }
        /* "the kingdom", "the city-state", "the Gulf state": the last
         * country the lexicon describes so (lex:describedAs); only "the
         * country", "the nation" and the like take any. */
        char ph[64] = "|";
        size_t pl = 1;
        for (size_t q = m->tb + (tok_is(c, m->tb, "the") ? 1 : 0); q < m->te; q++) {
          size_t wl = strlen(c->t->tok[q].norm);
          if (pl + wl + 2 >= sizeof ph) break;
          if (pl > 1 && !(c->t->tok[q].flags & GD_TOK_HYPHEN) && !(c->t->tok[q - 1].flags & GD_TOK_HYPHEN))
            ph[pl++] = ' ';
          memcpy(ph + pl, c->t->tok[q].norm, wl);
          pl += wl;
        }
        ph[pl++] = '|';
        ph[pl] = '\0';
        static const char *const generic[] = {"|capital|", "|country|", "|nation|", "|republic|", "|state|", "|asian nation|",
                                              "|african nation|", NULL};
        int any = 0;
        for (int q = 0; generic[q]; q++) any |= !strcmp(ph, generic[q]);
        /* "drove into Libya ..., defying a ban on flights to the country",
         * "arrived in Ethiopia ... to visit the country": a country this
         * sentence names as where someone travels comes first. */
        const geordf_entity *dest = any ? travel_destination(c, *first_np) : NULL;
        if (dest) {
          p.head = dest;
          p.tb = m->tb;
          p.te = m->te;
          if (add_np(c, &p)) return -1;
          i = m->te;
          continue;
        }
        for (int k = 0; k < 8 && c->states0[k]; k++)
          if (c->states0[k]->kind == GD_KIND_COUNTRY &&
              (any || (c->states0[k]->described && strstr(c->states0[k]->described, ph)))) {
            p.head = c->states0[k];
            p.tb = m->tb;
            p.te = m->te;
            if (add_np(c, &p)) return -1;
            break;
          }
      } else if (m && m->nents == 0 && !m->office && !m->ntrig && (m->cues & (1u << GD_CUE_ARMS)) &&
                 c->last_weapon && m->tb > tb &&
                 (tok_is(c, m->tb - 1, "the") || tok_is(c, m->tb - 1, "these") || tok_is(c, m->tb - 1, "those") ||
                  tok_is(c, m->tb - 1, "such")) &&
                 names_kind_of(c, m->te - 1, c->last_weapon)) {
        /* "the jets", "such systems": the last weapon system named. */
        p.weapon = c->last_weapon;
        p.tb = m->tb;
        p.te = m->te;
        if (add_np(c, &p)) return -1;
      } else if (!m && org_by_last_word(c, i)) {
        /* "the Council", "the Commission": the organization named before. */
        p.head = org_by_last_word(c, i);
        p.tb = i;
        p.te = i + 1;
        if (i + 1 < te && (c->t->tok[i + 1].flags & GD_TOK_POSS)) p.poss = 1, p.te = i + 2;
        if (add_np(c, &p)) return -1;
      } else if (m && m->nents == 0 && !m->office && !m->ntrig && (m->cues & (1u << GD_CUE_ORG_ANAPHOR))) {
        /* "the bloc", "the 27-nation bloc": the last organization named. */
        for (int k = 0; k < 8 && c->states[k]; k++)
          if (c->states[k]->kind == GD_KIND_ORG) {
            p.head = c->states[k];
            p.tb = m->tb;
            p.te = m->te;
            if (m->te < te && (c->t->tok[m->te].flags & GD_TOK_POSS)) p.poss = 1, p.te = m->te + 1;
            if (add_np(c, &p)) return -1;
            break;
          }
      } else if (m && m->nents == 0 && !m->office && !m->ntrig && (m->cues & (1u << GD_CUE_GROUP_ANAPHOR))) {
        /* "the rebels", "the militants": the last armed group named. */
        for (int k = 0; k < 8 && c->states[k]; k++)
          if (c->states[k]->kind == GD_KIND_ARMED_GROUP) {
            p.head = c->states[k];
            p.tb = m->tb;
            p.te = m->te;
            if (add_np(c, &p)) return -1;
            break;
          }
      } else if (m && m->nents == 0 && !m->office && !m->ntrig && (m->cues & (1u << GD_CUE_PRONOUN))) {
        /* "the two countries", "both sides", "the three allies": the last
         * states named; "the two leaders": the states of the last people. */
        int want = 2, leaders = 0;
        for (size_t k = m->tb; k < m->te; k++) {
          if (tok_is(c, k, "three")) want = 3;
          const char *w = c->t->tok[k].norm;
          if (strstr(w, "leader") || strstr(w, "president") || strstr(w, "minister")) leaders = 1;
        }
        const geordf_entity *got[3] = {NULL, NULL, NULL};
        int n = 0;
        const char *d = c->have_date ? c->date : "";
        for (int k = 0; k < 8 && n < want; k++) {
          const geordf_entity *e = leaders ? (c->recent_people[k] ? gd_person_state(c->recent_people[k], d) : NULL)
                                           : c->states[k];
          if (!e || (!leaders && e->kind == GD_KIND_ARMED_GROUP)) continue;
          int dup = 0;
          for (int q = 0; q < n; q++) if (got[q] == e) dup = 1;
          if (!dup) got[n++] = e;
        }
        /* The states the document speaks of most, if they stand out
         * from the rest ("Putin in Delhi ... the two countries"), else
         * the last ones named. */
        if (!leaders && n == want) {
          const geordf_entity *top[3] = {NULL, NULL, NULL};
          for (int r = 0; r < want; r++) {
            for (size_t k = 0; k < c->nsal; k++) {
              const geordf_entity *e = c->sal_e[k];
              int dup = 0;
              for (int q = 0; q < r; q++) if (top[q] == e) dup = 1;
              if (!dup && (!top[r] || c->sal_n[k] > salience(c, top[r]))) top[r] = e;
            }
          }
          int ok = top[want - 1] != NULL;
          for (size_t k = 0; ok && k < c->nsal; k++) {
            int in_top = 0;
            for (int q = 0; q < want; q++) if (top[q] == c->sal_e[k]) in_top = 1;
            if (!in_top && c->sal_n[k] >= salience(c, top[want - 1])) ok = 0;
          }
          if (ok) for (int q = 0; q < want; q++) got[q] = top[q];
        }
        if (n == want) {
          p.head = got[0];
          p.also[0] = got[1];
          p.also[1] = want == 3 ? got[2] : NULL;
          p.tb = m->tb;
          p.te = m->te;
          if (add_np(c, &p)) return -1;
        }
      }
      i = m ? m->te : i + 1;
      continue;
    }
    p.tb = i;
    const gd_office_word *office = NULL;
    for (;;) {
      const gd_mention *u = mention_at(c, j);
      if (!u || u->ntrig || (u->nents == 0 && !u->office)) break;
      gd_name_kind how = GD_NAME_PROPER;
      const geordf_entity *e = u->nents ? choose(c, u, &how) : NULL;
      /* (A body of no state the lexicon knows ends the phrase, naming nothing.) */
      if (e && e->kind == GD_KIND_COUNTRY && how == GD_NAME_METONYM && !(e = shared_body(c, u, e, &p, te))) {
        p.te = j = u->te;
        break;
      }
      /* "the destroyer USS Carney", "HMS Churchill": a name after a
       * navy's ship prefix names the ship, not the one it honours; the
       * prefix's state stays the phrase's. */
      if (e && e->kind == GD_KIND_PERSON && u->tb > c->sent_tb && ship_prefix(c, u->tb - 1)) {
        p.te = j = u->te;
        break;
      }
      /* ("a major non-NATO ally", "non-EU states": a name after "non-"
       * says what the phrase is not, and names no one in it.) */
      if (e && u->tb >= 2 && tok_is(c, u->tb - 1, "-") && tok_is(c, u->tb - 2, "non")) {
        p.te = j = u->te;
        break;
      }
      /* "President Johnson" in 1966: a surname after a title is the
       * holder of that office then who has it, whoever else it names. */
      if (e && e->kind == GD_KIND_PERSON && how == GD_NAME_SURNAME && office && c->have_date) {
        const geordf_entity *th =
            holder_named(c, office->office, np_state(&p), c->text + c->t->tok[u->tb].b, c->t->tok[u->te - 1].e - c->t->tok[u->tb].b);
        if (th) e = th;
      }
      int modifier = 0;
      if (!e) {
        office = u->office;
        modifier = 1;
        /* "air force chief Amikam Norkin": a title followed by a name the
         * lexicon does not know names a person of this document. */
        size_t k = u->te, n = 0;
        int initials = 0;
        for (;;) {
          /* (A middle initial, "Nikita S. Khrushchev", is part of the name.) */
          if (n > 0 && k + 2 < te && c->tok_m[k] < 0 && c->t->tok[k].e - c->t->tok[k].b == 1 &&
              (c->t->tok[k].flags & GD_TOK_CAP) && tok_is(c, k + 1, ".") && c->t->tok[k + 1].b == c->t->tok[k].e) {
            k += 2;
            initials++;
            continue;
          }
          if (!(k < te && n < 3 && c->tok_m[k] < 0 && (c->t->tok[k].flags & GD_TOK_CAP) &&
                (c->t->tok[k].flags & GD_TOK_WORD) && !(c->t->tok[k].flags & GD_TOK_ALLCAPS) &&
                c->t->tok[k].nl == 0))
            break;
          k++;
          n++;
        }
        /* A given name and initials before a surname the lexicon knows
         * name that person: the wire's "Mikhail S. Gorbachev". */
        const gd_mention *sur = initials && n == 1 && k < te ? mention_at(c, k) : NULL;
        if (sur && sur->tb == k && sur->nents && !sur->ntrig) {
          gd_name_kind sh = GD_NAME_PROPER;
          const geordf_entity *se = choose(c, sur, &sh);
          if (se && se->kind == GD_KIND_PERSON && sh == GD_NAME_SURNAME) {
            set_person(&p, se);
            office = NULL;
            j = sur->te;
            p.te = sur->te;
            break;
          }
        }
        while (k > u->te && c->tok_m[k - 1] < 0 && tok_is(c, k - 1, ".")) k -= 2; /* (not a name's last word) */
        size_t hk = 0;
        const geordf_entity *th =
            u->office ? titled_holder(c, u->office->office, np_state(&p), u->te, te, &hk)
                      : NULL;
        if (th) {
          set_person(&p, th);
          office = NULL;
          j = hk;
          p.te = hk;
          break;
        }
        if (n >= 2 || (n == 1 && c->t->tok[u->tb].flags & GD_TOK_ABBR)) {
          const geordf_entity *st = np_state(&p);
          const char *name = c->text + c->t->tok[u->te].b;
          size_t len = c->t->tok[k - 1].e - c->t->tok[u->te].b;
          const geordf_entity *lp = gd_events_local_person(c->evs, name, len, st);
          if (!lp) return -1;
          set_person(&p, lp);
          office = NULL;
          j = k;
          p.te = k;
          break;
        }
      } else {
        switch (e->kind) {
        case GD_KIND_PERSON: p.person = e; break;
        case GD_KIND_COUNTRY:
          /* "Iranian-made drones launched by Russia", "U.S.-made TOW
           * missiles": where a thing was made says nothing of whose it is. */
          if (made_in(c, u->te, te)) { p.maker = e; modifier = 1; break; }
          if (how == GD_NAME_DEMONYM) {
            /* "Russian and Ukrainian officials": coordinated adjectives
             * name one more state each. */
            if (p.mod && p.mod != e && p.mod->kind == GD_KIND_COUNTRY && !p.mod_poss && !p.head && !p.person &&
                coordinated_units(c, p.te, u->tb)) {
              if (!p.also[0]) p.also[0] = p.mod;
              else if (!p.also[1] && p.also[0] != p.mod) p.also[1] = p.mod;
            }
            p.mod = e;
            modifier = 1;
          } else { if (p.head && !p.mod) p.mod = p.head; p.head = e; }
          break;
        case GD_KIND_COMMUNITY:
          /* "Kurdish leaders", "a Bosnian Serb delegation": a community's
           * adjective modifies as a state's does, over the state's
           * ("Iraqi Kurdish officials"). */
          if (how == GD_NAME_DEMONYM) { p.mod = e; modifier = 1; break; }
          if (p.head && !p.mod) p.mod = p.head;
          p.head = e;
          break;
        case GD_KIND_ORG: case GD_KIND_ARMED_GROUP:
          if (p.head && !p.mod) p.mod = p.head;
          p.head = e;
          break;
        case GD_KIND_PLACE: p.place = e; break;
        case GD_KIND_WEAPON: p.weapon = e; break;
        default: break;
        }
      }
      j = u->te;
      p.te = j;
      if (j < te && (c->t->tok[j].flags & GD_TOK_POSS)) {
        p.poss = 1;
        p.te = ++j;
        modifier = 1;
      }
      /* "Belgium-based SWIFT", "a Singapore-based subsidiary": a name
       * joined by a hyphen to "based" or "headquartered" says where the
       * noun after it has its seat; it names no one who acts or undergoes,
       * and no one the noun acts for. */
      if (j + 1 < te && (c->t->tok[j].flags & GD_TOK_HYPHEN) &&
          (tok_is(c, j + 1, "based") || tok_is(c, j + 1, "headquartered")) && !p.weapon) {
        p.head = p.mod = p.person = NULL;
        p.mod_poss = p.poss = 0;
      }
      /* "the Iran-aligned Houthis", "U.S.-backed forces": a name joined by a
       * hyphen to a word modifies the phrase that follows. */
      if (j + 1 < te && (c->t->tok[j].flags & GD_TOK_HYPHEN)) {
        const gd_mention *hm = mention_at(c, j + 1);
        size_t after = hm ? hm->te : j + 2;
        const gd_mention *nx2 = after < te ? mention_at(c, after) : NULL;
        if ((!hm || hm->ntrig || (!hm->nents && !hm->office)) && nx2 && !nx2->ntrig && nx2->nents) {
          if (p.head && !p.mod) { p.mod = p.head; p.head = NULL; }
          else if (p.person && !p.mod) { p.mod = gd_person_state(p.person, c->have_date ? c->date : ""); p.person = NULL; }
          else if (p.place && p.place->stands_for && !p.mod) { p.mod = p.place->stands_for; p.place = NULL; }
          p.mod_poss = 1;
          p.poss = 0;
          j = after;
          continue;
        }
      }
      /* Continue the phrase to the next unit: right after a name, or after
       * up to three plain words following a modifier ("Russian military
       * plane", "Iran's supreme leader"). */
      size_t k = j, skipped = 0;
      while (k < te && skipped < 3 && modifier && (plain(c, k) || new_before_title(c, k, te))) {
        /* "the Iraqi foreign minister and Secretary of State Baker", "the
         * Syrian president and prime minister": a state's title, a
         * coordinator and a title are two phrases, two people (or one
         * person twice); not "President and Mrs. Kennedy". */
        if (u->office && np_state(&p) && (tok_is(c, k, "and") || tok_is(c, k, "or")) && k + 1 < te && mention_at(c, k + 1) &&
            mention_at(c, k + 1)->office)
          break;
        /* "the Soviet premier and Nikita Khrushchev", "Brazil's president
         * and Turkey's prime minister": a state's title, a coordinator and
         * a person's name, or a state's possessive before a title of its
         * own, are two phrases, two people. */
        if (u->office && np_state(&p) && (tok_is(c, k, "and") || tok_is(c, k, "or")) && k + 1 < te) {
          const gd_mention *cn = mention_at(c, k + 1);
          if (cn && cn->tb == k + 1 && cn->nents && !cn->ntrig &&
              (cn->ents[0]->kind == GD_KIND_PERSON ||
               (cn->ents[0]->kind == GD_KIND_COUNTRY && cn->te + 1 < te && tok_is(c, cn->te, "'s") &&
                mention_at(c, cn->te + 1) && mention_at(c, cn->te + 1)->office)))
            break;
        }
        /* "British Tornados and American F-16s", "Iraqi tanks and Syrian
         * guns": a coordinator after the modifier's noun, before a name of
         * its own, joins two phrases, each with its own modifier. */
        const gd_mention *cm = k + 1 < te ? mention_at(c, k + 1) : NULL;
        if (skipped && (tok_is(c, k, "and") || tok_is(c, k, "or")) && cm && !cm->ntrig && cm->nents) break;
        /* "Hungary's parliament ratified Finland's bid", "Turkey's cabinet
         * endorsed Sweden's entry": a past form in "-ed" after the
         * modifier's noun, right before a name, is the clause's verb, not
         * a participle before the noun (which comes right after the
         * modifier or an adverb: "Iran's newly acquired jets"); the phrase
         * ends at the noun. */
        if (skipped && cm && cm->tb == k + 1 && cm->nents && past_after_noun(c, k)) break;
        k++;
        skipped++;
      }
      /* "a Malaysia Airlines Boeing 777": a name, capitalised words, then a
       * weapon: the name owns the weapon. */
      if (!modifier && e && e->kind != GD_KIND_WEAPON) {
        size_t q = j;
        while (q < te && q < j + 2 && plain(c, q) && (c->t->tok[q].flags & GD_TOK_CAP)) q++;
        const gd_mention *w = q > j && q < te ? mention_at(c, q) : NULL;
        if (w && w->nents && w->ents[0]->kind == GD_KIND_WEAPON) { k = q; modifier = 1; }
      }
      const gd_mention *nx = k < te ? mention_at(c, k) : NULL;
      if (nx && !nx->ntrig && (nx->nents || nx->office) && (modifier || k == j)) {
        if (p.poss && p.head && !p.mod) { p.mod = p.head; p.head = NULL; p.mod_poss = 1; }
        else if (p.poss && p.place && p.place->stands_for && !p.mod) {
          p.mod = p.place->stands_for; /* "Ankara's NATO allies" */
          p.place = NULL;
          p.mod_poss = 1;
        }
        else if (p.poss && p.person && !p.mod) {
          p.mod = gd_person_state(p.person, c->have_date ? c->date : "");
          p.mod_poss = 1;
        }
        if (nx->nents || nx->office) p.poss = 0;
        j = k;
        continue;
      }
      break;
    }
    /* An office without a name: "the Russian president", "the president";
     * a plural ("foreign leaders") names no one. */
    const char *ow = c->t->tok[p.te > p.tb ? p.te - 1 : p.tb].norm;
    size_t owl = strlen(ow);
    if (office && owl > 3 && ow[owl - 1] == 's' && ow[owl - 2] != 's') {
      /* ... but a plural title of states named in it or after "of" is one
       * person of each ("the Israeli and Egyptian foreign ministers", "the
       * presidents of Poland and Lithuania"). */
      int r = split_plural_title(c, &p, office);
      if (r < 0) return -1;
      if (r) {
        i = p.te;
        continue;
      }
      if (!p.person && !p.head && !p.mod && !p.place && p.te + 1 < te && tok_is(c, p.te, "of") &&
          state_list_at(c, p.te + 1, te)) {
        plural_office = office;
        plural_next = p.te + 1;
      }
      office = NULL;
    }
    /* "the king of Jordan", "the foreign minister of the Soviet Union": the
     * office's state after "of" (whose name may end in "s": "the president
     * of the United States" is one person). */
    if (office && !p.person && !p.head && !p.mod && !p.place && p.te + 1 < te && tok_is(c, p.te, "of")) {
      size_t at = p.te + 1;
      if (at + 1 < te && tok_is(c, at, "the") && c->tok_m[at] != c->tok_m[at + 1]) at++;
      const gd_mention *om = mention_at(c, at);
      if (om && om->tb == at && om->nents && !om->ntrig && om->ents[0]->kind == GD_KIND_COUNTRY &&
          om->how[0] != GD_NAME_DEMONYM) {
        p.head = om->ents[0];
        p.title_te = p.te;
        p.te = om->te;
      }
    }
    /* A document with no date names no one by a title: "the Russian
     * president" could be any; the phrase stays the state's. */
    if (office && !p.person && !c->have_date) {
      if (c->debug)
        TRACE("  title %.*s: the document has no date, so no holder\n", (int)(c->t->tok[p.te - 1].e - c->t->tok[p.tb].b),
                c->text + c->t->tok[p.tb].b);
      office = NULL;
    }
    /* A past holder is no holder of the document's date: the last one named
     * who held it, else no one (a former leader acts for no state). */
    if (office && !p.person && c->have_date && past_title(c, p.tb, p.te)) {
      const geordf_entity *ph = past_holder(c, office->office, np_state(&p));
      if (c->debug)
        TRACE("  title %.*s: a past holder, %s\n", (int)(c->t->tok[p.te - 1].e - c->t->tok[p.tb].b),
              c->text + c->t->tok[p.tb].b, ph ? ph->label : "not named before");
      p.head = p.mod = NULL;
      p.place = NULL;
      set_person(&p, ph);
      office = NULL;
    }
    /* "Nigeria's acting president": an acting title names the one the
     * lexicon knows to act in the office then (an acting term), never the
     * holder stood in for; else no one, and the phrase stays the
     * state's. */
    if (office && !p.person && c->have_date && acting_title(c, p.tb, p.te)) {
      const geordf_entity *st = np_state(&p), *hold[2];
      size_t nh = st ? gd_lexicon_acting_holders(c->lex, office->office, st, c->date, hold, 2) : 0;
      if (c->debug)
        TRACE("  title %.*s: acting, %s\n", (int)(c->t->tok[p.te - 1].e - c->t->tok[p.tb].b),
              c->text + c->t->tok[p.tb].b, nh ? hold[0]->label : "no acting holder known, so no one");
      if (nh) set_person(&p, hold[0]);
      office = NULL;
    }
    if (office && !p.person) {
      const geordf_entity *st = np_state(&p);
      const geordf_entity *hold[4];
      size_t nh = 0;
      if (st) nh = gd_lexicon_office_holders(c->lex, office->office, st, c->have_date ? c->date : "", hold, 4);
      /* "the Bosnian president" since 1996: a body holds the office, so no
       * one person; the phrase stays the state's. */
      if (st && !nh && c->debug && gd_lexicon_office_collective(c->lex, office->office, st, c->date))
        TRACE("  title %.*s: %s of %s is held collectively on %s, so no single holder\n",
              (int)(c->t->tok[p.te - 1].e - c->t->tok[p.tb].b), c->text + c->t->tok[p.tb].b, office->office,
              st->label, c->date);
      if (nh) p.person = hold[0];
      else if (!st && c->last_person) {
        nh = gd_lexicon_office_holders(c->lex, office->office, NULL, c->have_date ? c->date : "", hold, 4);
        for (size_t h = 0; h < nh; h++)
          if (hold[h] == c->last_person) p.person = hold[h];
        if (!p.person && !strcmp(office->office, "Leader")) p.person = leader_named_before(c);
      }
      /* "the President": a bare title with the definite article is its
       * holder named before in the document. */
      /* (So is a monarch's style, "Her Majesty", "His Majesty": a title
       * with a possessive pronoun in it addresses its holder.) */
      if (!p.person && !st &&
          ((p.tb > 0 && tok_is(c, p.tb - 1, "the")) || tok_is(c, p.tb, "her") || tok_is(c, p.tb, "his")))
        p.person = holder_named_before(c, office->office);
      /* A bare title in what a state's voice reports is that state's
       * office. */
      if (!p.person && !st) {
        const geordf_entity *rs = reporting_state(c, p.tb, *first_np);
        if (rs && gd_lexicon_office_holders(c->lex, office->office, rs, c->have_date ? c->date : "", hold, 4))
          p.person = hold[0];
      }
      /* "the Pope": an office only one state has is that state's. */
      if (!p.person && !st && office->sole) {
        const geordf_entity *sole = gd_office_sole_state(c->lex, office->office);
        if (sole && gd_lexicon_office_holders(c->lex, office->office, sole, c->have_date ? c->date : "", hold, 4))
          p.person = hold[0];
      }
      set_person(&p, p.person);
      /* "a president making his first trip": an unknown person is still
       * the nearest antecedent of "his"; not a bare title right after
       * "as", the capacity in which someone named around it acts ("when as
       * Vice President he opened", "As foreign minister, she visited"). */
      if (!p.person && !(p.tb > tb && tok_is(c, p.tb - 1, "as"))) c->last_person = NULL;
    }
    /* A state in the list after a plural title and "of": its holder of
     * the office, else the state; the list goes on past a comma or "and". */
    if (plural_office && (p.tb == plural_next || (p.tb == plural_next + 1 && tok_is(c, plural_next, "the")))) {
      int listed = 0;
      if (p.head && p.head->kind == GD_KIND_COUNTRY && !p.person && !p.mod && !p.place && !p.weapon) {
        const geordf_entity *h = holder_of(c, plural_office->office, p.head);
        if (c->debug)
          TRACE("  plural title's state %s: %s\n", p.head->label, h ? h->label : "no holder known");
        if (h) set_person(&p, h);
        p.plural_title = 1;
        size_t k = p.te;
        while (k < te && (tok_is(c, k, ",") || tok_is(c, k, "and") || tok_is(c, k, "the"))) {
          if (!tok_is(c, k, "the")) listed = 1;
          k++;
        }
        plural_next = k;
      }
      if (!listed) plural_office = NULL;
    }
    if (p.person || p.head || p.mod || p.place || p.weapon || p.maker) {
      if (add_np(c, &p)) return -1;
    }
    i = p.te > i ? p.te : i + 1;
  }
  /* Coordination: "A, B and C", "A and B", "A or B", "A and B and C".  A chain of commas
   * counts only when it ends in a conjunction; "Tokyo, another ally" and
   * "in the capital, Obama said" are not lists. */
  int gid = 0;
  size_t open = after_dateline(c, tb, te);
  for (size_t a = *first_np; a < c->nnp; a++) c->nps[a].group = -1;
  for (size_t a = *first_np; a < c->nnp;) {
    size_t b = a;
    int conj_seen = 0;
    int bare = 0; /* every link so far a conjunction alone: "A and B and C" */
    size_t last_conj = a;
    while (b + 1 < c->nnp) {
      size_t k = c->nps[b].te, e = c->nps[b + 1].tb;
      int joined = k < e, conj = 0, comma = 0;
      for (; k < e && joined; k++) {
        if (tok_is(c, k, "and") || tok_is(c, k, "or") || tok_is(c, k, "&")) conj = 1;
        else if (tok_is(c, k, ",")) comma = 1;
        else if (!is_determiner(c, k)) joined = 0;
      }
      if (!joined || !(conj || comma)) break;
      /* "A and B, C ...": a chain of bare conjunctions ends at a comma. */
      if (bare && (comma || !conj)) break;
      /* "with Russia, and Washington announced": a comma before the
       * conjunction of a two-item chain joins clauses, not a list. */
      if (conj && comma && b == a) break;
      /* "X and his counterpart, Hassan Rouhani," : an apposition between
       * commas belongs with what it describes. */
      size_t after = c->nps[b + 1].te;
      /* ("Goodluck Jonathan, Nigeria's acting president,", "Ehud Olmert,
       * Israel's acting prime minister,": a title set off after a name is
       * that person, even where the lexicon gives the office, on that day,
       * to another, whom an acting or interim holder stands in for.  Not a
       * list: "Xi Jinping, the Russian president and ..." goes on.) */
      if (!conj && after < te && is_punct(c, after, ",") && after + 1 < te && c->tok_np[after + 1] < 0 &&
          !tok_is(c, after + 1, "and") && !tok_is(c, after + 1, "or") && c->nps[b].person &&
          names_person(c, &c->nps[b]) && c->nps[b + 1].person && !names_person(c, &c->nps[b + 1]) &&
          c->nps[b + 1].mod && !c->nps[b + 1].head && !c->nps[b + 1].place && !c->nps[b + 1].weapon)
        c->nps[b + 1].person = c->nps[b].person;
      if (!conj && after < te && (is_punct(c, after, ",") || is_punct(c, after, ".")) &&
          c->nps[b + 1].person) {
        /* ("The Chinese Deputy Premier, Teng Hsiao-ping,", "The Egyptian
         * War Minister, Abdel Hakim Amer,": a title of a state is the
         * person named in apposition to it, not the state, nor the holder
         * the lexicon knows of the office.) */
        np *t = &c->nps[b];
        if (t->mod && !names_person(c, t) && !t->head && !t->place && !t->weapon && !t->also[0] &&
            c->nps[b + 1].tb == t->te + 1 && !(t->plural_title && c->nps[b + 1].plural_title))
          t->person = c->nps[b + 1].person;
        b++;
        conj_seen = 1;
        last_conj = b;
        continue;
      }
      b++;
      if (conj) {
        conj_seen = 1;
        last_conj = b;
        /* "in El Salvador and Nicaragua and Panama": a conjunction alone
         * between each pair goes on. */
        if (!comma && (b == a + 1 || bare)) { bare = 1; continue; }
        break;
      }
    }
    size_t end = conj_seen ? last_conj : a;
    /* "Russia, China sign pact": a chain of commas that opens the clause
     * and runs straight into its verb is a headline's list (the verb
     * capitalized in a title: "Moscow, Hanoi Sign Friendship Treaty"). */
    const gd_token *vt = c->nps[b].te < te ? &c->t->tok[c->nps[b].te] : NULL;
    unsigned vcase = vt && vt->b < c->title_len ? GD_TOK_WORD | GD_TOK_ALLCAPS : GD_TOK_WORD | GD_TOK_CAP | GD_TOK_ALLCAPS;
    /* (Not when the last is a possessor: the word after it is its noun, in
     * an apposition: "Serbia, Montenegro's neighbor, is to receive".) */
    /* (Nor, in a story's body, when the verb is one of saying: "The
     * European Community, Britain said on Friday, would keep" has the
     * speaker set off in a parenthesis.) */
    size_t vk = c->nps[b].te;
    int saying = vt && vt->b >= c->title_len &&
                 (tok_is(c, vk, "said") || tok_is(c, vk, "says") || tok_is(c, vk, "added") || tok_is(c, vk, "told"));
    if (!conj_seen && b > a && c->nps[a].tb == open && vt && c->tok_np[c->nps[b].te] < 0 && !c->nps[b].poss &&
        (vt->flags & vcase) == GD_TOK_WORD && !is_determiner(c, c->nps[b].te) && !saying) {
      int commas = 1;
      for (size_t q = a; q < b && commas; q++)
        commas = c->nps[q + 1].tb == c->nps[q].te + 1 && is_punct(c, c->nps[q].te, ",");
      if (commas) end = b;
    }
    for (size_t q = a; q <= end; q++) c->nps[q].group = gid;
    gid++;
    a = end + 1;
  }
  return 0;
}

/* The preposition that governs NP P ("to Iran"), looking left over
 * determiners and up to two plain words; NULL when none. */
const char *governing_prep_at(const ctx *c, const np *p, size_t sent_tb, size_t *at) {
  /* In "from A, B and C" the preposition governs the whole group. */
  while (p->group >= 0 && p > c->nps && p < c->nps + c->nnp && p[-1].group == p->group && p[-1].tb >= sent_tb)
    p--;
  size_t k = p->tb, skipped = 0;
  while (k > sent_tb) {
    k--;
    if (at) *at = k;
    if (has_cue(c, k, GD_CUE_PREP)) {
      /* A multi-word preposition ("launched by") is returned whole. */
      const gd_mention *m = mention_at(c, k);
      if (m->te - m->tb == 1) return c->t->tok[k].norm;
      char *buf = ((ctx *)c)->prepbuf;
      size_t n = 0;
      for (size_t q = m->tb; q < m->te; q++) {
        const char *w = c->t->tok[q].norm;
        size_t l = strlen(w);
        if (n + l + 2 >= sizeof c->prepbuf) break;
        if (q > m->tb) buf[n++] = ' ';
        memcpy(buf + n, w, l);
        n += l;
      }
      buf[n] = '\0';
      return buf;
    }
    /* A trigger that ends in a preposition ("brought down by", "arrived
     * in") governs the phrase after it like the preposition would. */
    const gd_mention *tm = mention_at(c, k);
    if (tm && tm->ntrig && k + 1 == tm->te && tm->te - tm->tb > 1) {
      int pre = 0;
      const char *w = c->t->tok[k].norm;
      for (const gd_sense *x = gd_lexicon_lookup(c->lex, w, strlen(w), &pre); x; x = x->next)
        if (x->kind == GD_PH_CUE && x->u.cue == GD_CUE_PREP) return w;
    }
    int quantity = (c->t->tok[k].flags & GD_TOK_NUM) && k + 1 == p->tb; /* "with 14 tanks" */
    if (is_determiner(c, k) || quantity ||
        (plain(c, k) && skipped < 2 && !(c->t->tok[k].flags & (GD_TOK_NUM | GD_TOK_CAP)))) {
      if (plain(c, k)) skipped++;
      continue;
    }
    break;
  }
  return NULL;
}

/* "TEHRAN — ...": a place in capitals opening a sentence before a dash,
 * or before a comma, the date and the dash, the state between them at
 * times ("BUCHAREST, Aug. 3 --", "SALISBURY, Rhodesia, Sept. 5 --"); the
 * agency in brackets may stand before the dash ("ROME, March 23 (ANSA) -",
 * "TEHRAN (IRNA) --"). */
static int punct_is(const gd_token *t, size_t k, char ch) {
  return (t[k].flags & GD_TOK_PUNCT) && t[k].norm[0] == ch;
}

int dateline_np(const ctx *c, const np *p, size_t sent_tb) {
  const gd_token *t = c->t->tok;
  size_t n = c->t->ntok, k = p->te;
  if (p->tb != sent_tb || !p->place || k >= n) return 0;
  int caps = (t[p->tb].flags & GD_TOK_ALLCAPS) != 0;
  /* (Or a colon, as Dawn and the Times of India write it: "MOSCOW: Prime
   * Minister Imran Khan, who arrived here".) */
  if (caps && punct_is(t, k, ':')) return 1;
  if (punct_is(t, k, ',')) {
    static const char *const weekday[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday", NULL};
    size_t q = k + 1, num = 0;
    /* (A weekday stands for the date: "HONIARA, Wednesday --", and alone
     * on its line, as British and Australian papers print it: "CANBERRA,
     * Thursday.") */
    int day = 0;
    while (q < n && q < k + 9 && t[q].nl == 0 &&
           ((t[q].flags & (GD_TOK_CAP | GD_TOK_NUM)) || ((t[q].flags & GD_TOK_PUNCT) && strchr(".,", t[q].norm[0])))) {
      for (int i = 0; caps && weekday[i]; i++)
        if (!strcmp(t[q].norm, weekday[i])) day = 1;
      num += (t[q++].flags & GD_TOK_NUM) != 0;
    }
    if (day && punct_is(t, q - 1, '.') && (q >= n || t[q].nl)) return 1;
    num += day;
    /* (A town in title case, when the agency's name in capitals ends the
     * dateline: "Riyadh, May 20, 2017, SPA --".) */
    if (!caps && num && q < n && punct_is(t, q, '-') && (t[q - 1].flags & GD_TOK_ALLCAPS) && strlen(t[q - 1].norm) > 1)
      return 1;
    if (num && q < n && (punct_is(t, q, '-') || punct_is(t, q, '('))) k = q;
  }
  if (!caps) return 0;
  /* "WARSAW. President Clinton flew on ...", "RIGA, Latvia. For fifteen
   * minutes ...", "SAN JOSE, Costa Rica, Aug. 21. The following ...": the
   * place in capitals, with its country or date, closed by a full stop,
   * the story going on on the same line, as some papers print it. */
  for (size_t q = p->te; q < n && q < p->te + 10; q++) {
    if (punct_is(t, q, '.')) {
      if (q + 1 < n && t[q + 1].nl == 0 && (t[q + 1].flags & GD_TOK_CAP) && !(t[q + 1].flags & GD_TOK_PUNCT))
        return 1;
      break;
    }
    if (!(t[q].flags & (GD_TOK_CAP | GD_TOK_NUM | GD_TOK_ABBR)) && !punct_is(t, q, ',')) break;
  }
  if (k + 2 < n && punct_is(t, k, '(')) {
    size_t q = k + 1;
    while (q < n && q < k + 4 && !(t[q].flags & GD_TOK_PUNCT) && t[q].nl == 0) q++;
    if (q > k + 1 && q + 1 < n && punct_is(t, q, ')')) {
      /* (After the date, the agency in brackets may close it with no dash:
       * "NEW DELHI, Oct 5 (PTI) India and Russia ...".) */
      if (k > p->te && (t[q + 1].flags & GD_TOK_CAP)) return 1;
      k = q + 1;
      /* (Or a full stop touching the dash, as EFE writes it: "BOGOTA, Aug
       * 7 (EFE).- King Felipe VI ...".) */
      if (k + 1 < n && punct_is(t, k, '.') && t[k + 1].b == t[k].e) k++;
    }
  }
  return punct_is(t, k, '-');
}
