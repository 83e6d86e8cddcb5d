/* geordf: the offices of the bundled lexicon: every term is dated and terms
 * of one single-holder office of one state do not overlap; and a table of
 * (date, title, state) -> person cases across the decades since 1950,
 * resolved through gd_lexicon_office_holders() as extraction does.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "geordf/geordf.h"
#include "lexicon.h"
#include "testutil.h"

#define ID GEORDF_ID_NS

static geordf_lexicon *lex;

static void load_bundled(void) {
  const char *dir = geordf_lexicon_default_dir();
  ck_assert_ptr_nonnull(dir);
  ck_assert_int_eq(geordf_lexicon_new(&lex), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_dir(lex, dir), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(lex), GEORDF_OK);
}

static void free_bundled(void) {
  geordf_lexicon_free(lex);
  lex = NULL;
}

/* Offices held by one person at a time in a state (the others, like lex:Leader
 * or a vice president, may be shared or are not checked). */
static int single_holder(const char *o) {
  static const char *const one[] = {"President", "PrimeMinister", "Chancellor", "King", "Queen", "Emir",
                                    "SupremeLeader", "Leader", "ForeignMinister", "DefenceMinister", NULL};
  for (int i = 0; one[i]; i++)
    if (!strcmp(o, one[i])) return 1;
  return 0;
}

static int is_date(const char *d) {
  if (strlen(d) != 10 || d[4] != '-' || d[7] != '-') return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return 0;
  return 1;
}

/* How many pairs of terms of one single-holder office of one state, held by
 * different people, overlap in LX; a pair of collective terms (lex:collective:
 * seats of Bosnia's presidency) may, but a collective term beside a single
 * holder's may not.  Undated or reversed terms count too.  VERBOSE prints
 * each. */
static int office_faults(const geordf_lexicon *lx, int verbose, size_t *nterms) {
  typedef struct { const geordf_entity *who; const gd_office *o; } term;
  size_t n = 0, cap = 0;
  term *t = NULL;
  int bad = 0;
  const geordf_entity *e;
  for (size_t i = 0; (e = gd_lexicon_entity_at(lx, i)); i++) {
    if (e->kind != GD_KIND_PERSON) continue;
    for (size_t k = 0; k < e->n_offices; k++) {
      const gd_office *o = &e->offices[k];
      if (!is_date(o->start) || (o->end[0] && !is_date(o->end)) || (o->end[0] && strcmp(o->end, o->start) < 0)) {
        if (verbose)
          fprintf(stderr, "undated or reversed term: %s %s of %s [%s, %s)\n", e->iri, o->office, o->of->iri,
                  o->start, o->end);
        bad++;
      }
      if (!single_holder(o->office) || o->of->kind != GD_KIND_COUNTRY) continue;
      if (n == cap) {
        cap = cap ? 2 * cap : 1024;
        t = realloc(t, cap * sizeof *t);
        ck_assert_ptr_nonnull(t);
      }
      t[n].who = e;
      t[n++].o = o;
    }
  }
  for (size_t a = 0; a < n; a++)
    for (size_t b = a + 1; b < n; b++) {
      const gd_office *x = t[a].o, *y = t[b].o;
      if (x->of != y->of || strcmp(x->office, y->office) || t[a].who == t[b].who) continue;
      if (x->collective && y->collective) continue;
      /* An acting term stands in for a holder still in office. */
      if (!x->acting != !y->acting) continue;
      /* [start, end): a same-day handover is no overlap. */
      int x_before_y = x->end[0] && strcmp(x->end, y->start) <= 0;
      int y_before_x = y->end[0] && strcmp(y->end, x->start) <= 0;
      if (!x_before_y && !y_before_x) {
        if (verbose)
          fprintf(stderr, "overlap: %s of %s: %s [%s, %s)%s and %s [%s, %s)%s\n", x->office, x->of->iri,
                  t[a].who->iri, x->start, x->end, x->collective ? " collective" : "", t[b].who->iri, y->start,
                  y->end, y->collective ? " collective" : "");
        bad++;
      }
    }
  free(t);
  if (nterms) *nterms = n;
  return bad;
}

START_TEST(offices_are_dated_and_do_not_overlap) {
  size_t n = 0;
  int bad = office_faults(lex, 1, &n);
  ck_assert_uint_gt(n, 1000);
  ck_assert_int_eq(bad, 0);
}
END_TEST

/* A frozen lexicon of the Turtle TTL alone, read from a file of its own in a
 * temporary folder (removed again); the caller frees it. */
static geordf_lexicon *small_lexicon(const char *ttl) {
  const char *base = getenv("TMPDIR");
  char tmpl[512];
  snprintf(tmpl, sizeof tmpl, "%s/geordf-offices-XXXXXX", base && *base ? base : "/tmp");
  ck_assert_ptr_nonnull(mkdtemp(tmpl));
  char path[600];
  snprintf(path, sizeof path, "%s/small.ttl", tmpl);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(ttl, f);
  ck_assert_int_eq(fclose(f), 0);
  geordf_lexicon *small = NULL;
  ck_assert_int_eq(geordf_lexicon_new(&small), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_load_file(small, path), GEORDF_OK);
  ck_assert_int_eq(geordf_lexicon_freeze(small), GEORDF_OK);
  unlink(path);
  rmdir(tmpl);
  return small;
}

/* Acting terms (lex:acting true) on a small lexicon of its own: one may
 * overlap the term of the holder stood in for (two acting ones may not);
 * a title names the holder while there is one, an acting title the one
 * acting, and an acting holder alone in office is the title's too. */
START_TEST(acting_terms) {
  static const char ttl[] =
      "@prefix geo: <https://w3id.org/geordf/ns#> .\n"
      "@prefix lex: <https://w3id.org/geordf/lexicon#> .\n"
      "@prefix id: <https://w3id.org/geordf/id/> .\n"
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
      "id:CCC a geo:Country ; rdfs:label \"Cland\" .\n"
      "id:C1 a geo:Person ; rdfs:label \"Carl One\" ; geo:nationality id:CCC ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:CCC ;\n"
      "    lex:start \"2000-01-01\"^^xsd:date ; lex:end \"2010-01-01\"^^xsd:date ] .\n"
      "id:C2 a geo:Person ; rdfs:label \"Carl Two\" ; geo:nationality id:CCC ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:CCC ; lex:acting true ;\n"
      "    lex:start \"2005-01-01\"^^xsd:date ; lex:end \"2006-01-01\"^^xsd:date ] .\n"
      "id:C3 a geo:Person ; rdfs:label \"Carl Three\" ; geo:nationality id:CCC ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:CCC ; lex:acting true ;\n"
      "    lex:start \"2010-01-01\"^^xsd:date ; lex:end \"2010-03-01\"^^xsd:date ] .\n"
      /* (two acting at once: one fault) */
      "id:C4 a geo:Person ; rdfs:label \"Carl Four\" ; geo:nationality id:CCC ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:CCC ; lex:acting true ;\n"
      "    lex:start \"2005-06-01\"^^xsd:date ; lex:end \"2005-07-01\"^^xsd:date ] .\n";
  geordf_lexicon *small = small_lexicon(ttl);
  ck_assert_int_eq(office_faults(small, 0, NULL), 1);
  const geordf_entity *ccc = gd_lexicon_entity(small, ID "CCC");
  const geordf_entity *out[4];
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", ccc, "2005-03-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C1");
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "Leader", ccc, "2005-03-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C1");
  ck_assert_uint_eq(gd_lexicon_acting_holders(small, "President", ccc, "2005-03-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C2");
  ck_assert_uint_eq(gd_lexicon_acting_holders(small, "President", ccc, "2007-03-01", out, 4), 0);
  ck_assert_uint_eq(gd_lexicon_acting_holders(small, "Leader", ccc, "2005-03-01", out, 4), 0);
  /* No holder of his own: the acting one is the title's. */
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", ccc, "2010-02-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C3");
  ck_assert_uint_eq(gd_lexicon_acting_holders(small, "President", ccc, "2010-02-01", out, 4), 1);
  /* ... and "the leader" and "the head of state" then, but not while the
   * holder he acts for is in office. */
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "Leader", ccc, "2010-02-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C3");
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "HeadOfState", ccc, "2010-02-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C3");
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "HeadOfState", ccc, "2005-03-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "C1");
  geordf_lexicon_free(small);
}
END_TEST

/* The check above on a small lexicon of its own: collective seats overlap
 * freely, a single holder's term overlapping another's or a collective one
 * is refused (one fault per pair). */
START_TEST(overlap_check_exempts_collective_terms_only) {
  static const char ttl[] =
      "@prefix geo: <https://w3id.org/geordf/ns#> .\n"
      "@prefix lex: <https://w3id.org/geordf/lexicon#> .\n"
      "@prefix id: <https://w3id.org/geordf/id/> .\n"
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
      "id:AAA a geo:Country ; rdfs:label \"Aland\" .\n"
      "id:BBB a geo:Country ; rdfs:label \"Bland\" .\n"
      /* Aland: three collective seats at once, then a single president
       * after them: no fault. */
      "id:A1 a geo:Person ; rdfs:label \"Anna One\" ; geo:nationality id:AAA ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:collective true ;\n"
      "    lex:start \"2000-01-01\"^^xsd:date ; lex:end \"2004-01-01\"^^xsd:date ] .\n"
      "id:A2 a geo:Person ; rdfs:label \"Anna Two\" ; geo:nationality id:AAA ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:collective true ;\n"
      "    lex:start \"2000-01-01\"^^xsd:date ; lex:end \"2004-01-01\"^^xsd:date ] .\n"
      "id:A3 a geo:Person ; rdfs:label \"Anna Three\" ; geo:nationality id:AAA ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:collective true ;\n"
      "    lex:start \"2002-01-01\"^^xsd:date ; lex:end \"2006-01-01\"^^xsd:date ] .\n"
      "id:A4 a geo:Person ; rdfs:label \"Anna Four\" ; geo:nationality id:AAA ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:AAA ; lex:start \"2006-01-01\"^^xsd:date ] .\n"
      /* Bland: two single presidents overlapping (one fault), and a
       * collective seat beside the second (one more). */
      "id:B1 a geo:Person ; rdfs:label \"Bob One\" ; geo:nationality id:BBB ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:BBB ;\n"
      "    lex:start \"2000-01-01\"^^xsd:date ; lex:end \"2005-01-01\"^^xsd:date ] .\n"
      "id:B2 a geo:Person ; rdfs:label \"Bob Two\" ; geo:nationality id:BBB ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:BBB ;\n"
      "    lex:start \"2004-01-01\"^^xsd:date ; lex:end \"2009-01-01\"^^xsd:date ] .\n"
      "id:B3 a geo:Person ; rdfs:label \"Bob Three\" ; geo:nationality id:BBB ;\n"
      "  lex:holds [ lex:office lex:President ; lex:of id:BBB ; lex:collective true ;\n"
      "    lex:start \"2007-01-01\"^^xsd:date ; lex:end \"2011-01-01\"^^xsd:date ] .\n";
  geordf_lexicon *small = small_lexicon(ttl);
  size_t n = 0;
  ck_assert_int_eq(office_faults(small, 0, &n), 2);
  ck_assert_uint_eq(n, 7);
  /* While a collective seat is in force the title names no one, even where
   * a single holder (bad data) comes first and one is all that is asked. */
  const geordf_entity *aaa = gd_lexicon_entity(small, ID "AAA"), *bbb = gd_lexicon_entity(small, ID "BBB");
  const geordf_entity *out[8];
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", aaa, "2003-06-01", out, 4), 0);
  ck_assert(gd_lexicon_office_collective(small, "President", aaa, "2003-06-01"));
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "Leader", aaa, "2003-06-01", out, 4), 0);
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", aaa, "2007-06-01", out, 4), 1);
  ck_assert_str_eq(out[0]->iri, ID "A4");
  ck_assert(!gd_lexicon_office_collective(small, "President", aaa, "2007-06-01"));
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", bbb, "2008-06-01", out, 1), 0);
  ck_assert(gd_lexicon_office_collective(small, "President", bbb, "2008-06-01"));
  /* With no date or no state, the seats are holders like any. */
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", aaa, "", out, 4), 4);
  ck_assert_uint_eq(gd_lexicon_office_holders(small, "President", NULL, "2003-06-01", out, 8), 4);
  geordf_lexicon_free(small);
}
END_TEST

/* Every person has a state: all those in office, and the others but the few
 * marked lex:nonState (the Dalai Lama, acting for no state). */
START_TEST(people_have_a_state) {
  const geordf_entity *e;
  int bad = 0;
  size_t people = 0, stateless = 0;
  for (size_t i = 0; (e = gd_lexicon_entity_at(lex, i)); i++) {
    if (e->kind != GD_KIND_PERSON) continue;
    people++;
    if (e->country) continue;
    if (!e->n_offices && e->non_state) {
      stateless++;
      continue;
    }
    fprintf(stderr, "no geo:nationality: %s\n", e->iri);
    bad++;
  }
  ck_assert_int_eq(bad, 0);
  ck_assert_uint_gt(people, 10000);
  ck_assert_uint_le(stateless, 5);
}
END_TEST

static const geordf_entity *holder(const char *office, const char *state, const char *date) {
  const geordf_entity *st = tu_lookup(lex, state);
  if (!st) return NULL;
  const geordf_entity *out[8];
  return gd_lexicon_office_holders(lex, office, st, date, out, 4) ? out[0] : NULL;
}

/* The bundled lexicon's acting heads of state and government (lex:acting
 * true): "the acting president of X" names the one acting then, and no one
 * once the office has a holder in a term of his own; the plain title, "the
 * leader", "the head of state" and "the head of government" name him while
 * no one holds the office in a term of his own (Sadat after Nasser's death,
 * not the vacancy; Carlsson after Palme's murder, not the king). */
START_TEST(bundled_acting_heads) {
  static const char *const cases[][5] = {
      /* office, state, date, the acting holder ("-": none), the title to ask too */
      {"President", "EGY", "1970-10-05", "Anwar_Sadat", "Leader"},
      {"President", "EGY", "1971-06-01", "-", NULL},
      {"President", "ZAF", "1989-09-01", "FW_de_Klerk", "Leader"},
      {"President", "ZAF", "1990-02-02", "-", NULL},
      {"President", "UKR", "2014-04-01", "Oleksandr_Turchynov", "HeadOfState"},
      {"President", "VEN", "2013-04-01", "Nicolas_Maduro", "Leader"},
      {"President", "VEN", "2014-04-01", "-", NULL},
      {"President", "RUS", "2000-03-01", "Vladimir_Putin", "HeadOfState"},
      {"President", "RUS", "2001-03-01", "-", NULL},
      {"President", "IRN", "2024-06-15", "Mohammad_Mokhber", "President"},
      {"PrimeMinister", "SWE", "1986-03-05", "Ingvar_Carlsson", "Leader"},
      {"PrimeMinister", "SWE", "1987-03-05", "-", NULL},
      {"PrimeMinister", "ISR", "2006-02-01", "Ehud_Olmert", "HeadOfGovernment"},
      {"PrimeMinister", "ISR", "2006-05-01", "-", NULL},
      {"PrimeMinister", "ETH", "2012-09-01", "Hailemariam_Desalegn", "HeadOfGovernment"},
  };
  /* Acting beside a holder whose powers were suspended: the acting title
   * names the one acting, the plain title and "the leader" the holder. */
  static const char *const beside[][4] = {
      /* state, date, the acting president, the president */
      {"BRA", "2016-06-15", "Michel_Temer", "Dilma_Rousseff"},
      {"KOR", "2017-01-15", "Hwang_Kyo-ahn", "Park_Geun-hye"},
      {"CUB", "2007-06-01", "Raul_Castro", "Fidel_Castro"},
  };
  for (size_t i = 0; i < sizeof beside / sizeof *beside; i++) {
    const char *state = beside[i][0], *date = beside[i][1];
    const geordf_entity *st = tu_lookup(lex, state), *out[4];
    ck_assert_ptr_nonnull(st);
    size_t n = gd_lexicon_acting_holders(lex, "President", st, date, out, 4);
    ck_assert_msg(n == 1 && tu_is(out[0], beside[i][2]), "acting president of %s on %s: want %s", state, date,
                  beside[i][2]);
    const geordf_entity *h = holder("President", state, date);
    ck_assert_msg(h && tu_is(h, beside[i][3]), "president of %s on %s: want %s", state, date, beside[i][3]);
  }
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *office = cases[i][0], *state = cases[i][1], *date = cases[i][2], *want = cases[i][3];
    const geordf_entity *st = tu_lookup(lex, state), *out[4];
    ck_assert_ptr_nonnull(st);
    size_t n = gd_lexicon_acting_holders(lex, office, st, date, out, 4);
    if (!strcmp(want, "-")) {
      ck_assert_msg(n == 0, "acting %s of %s on %s: want no one, got %s", office, state, date, out[0]->iri);
    } else {
      ck_assert_msg(n == 1 && tu_is(out[0], want), "acting %s of %s on %s: want %s", office, state, date, want);
      for (int t = 0; t < 2; t++) {
        const char *title = t ? cases[i][4] : office;
        const geordf_entity *h = holder(title, state, date);
        ck_assert_msg(h && tu_is(h, want), "%s of %s on %s: want %s, got %s", title, state, date, want,
                      h ? h->iri : "no one");
      }
    }
  }
}
END_TEST

/* The bundled lexicon's acting ministers (lex:acting true): an acting title
 * ("the acting defense secretary") names the one acting then, and no one
 * once the office has a holder in a term of his own; the plain title names
 * the acting one too while no one else holds the office.  A term acting at
 * first and confirmed later is split at the confirmation. */
START_TEST(bundled_acting_ministers) {
  static const char *const cases[][4] = {
      /* office, state, date, the acting holder ("-": none) */
      {"DefenceMinister", "USA", "2019-03-01", "Patrick_Shanahan"},
      {"DefenceMinister", "USA", "2020-12-01", "Christopher_Miller"},
      {"DefenceMinister", "USA", "2021-06-01", "-"},
      {"ForeignMinister", "USA", "1992-10-01", "Lawrence_Eagleburger"},
      {"ForeignMinister", "USA", "1993-01-05", "-"},
      {"ForeignMinister", "IRN", "2010-12-20", "Ali_Akbar_Salehi"},
      {"ForeignMinister", "IRN", "2012-01-01", "-"},
      {"ForeignMinister", "IRN", "2024-06-15", "Ali_Bagheri_Kani"},
      {"ForeignMinister", "CHN", "1972-01-20", "Ji_Pengfei"},
      {"ForeignMinister", "CHN", "1973-01-20", "-"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *office = cases[i][0], *state = cases[i][1], *date = cases[i][2], *want = cases[i][3];
    const geordf_entity *st = tu_lookup(lex, state), *out[4];
    ck_assert_ptr_nonnull(st);
    size_t n = gd_lexicon_acting_holders(lex, office, st, date, out, 4);
    if (!strcmp(want, "-")) {
      ck_assert_msg(n == 0, "acting %s of %s on %s: want no one, got %s", office, state, date, out[0]->iri);
    } else {
      ck_assert_msg(n == 1 && tu_is(out[0], want), "acting %s of %s on %s: want %s", office, state, date, want);
      /* ... and the plain title names him too: he is alone in office */
      const geordf_entity *h = holder(office, state, date);
      ck_assert_msg(h && tu_is(h, want), "%s of %s on %s: want %s", office, state, date, want);
    }
  }
}
END_TEST

/* "the Soviet leader" is the party's general secretary, "the Chinese leader"
 * the paramount leader, before any head of state or government. */
START_TEST(leader_prefers_the_party_leader) {
  static const char *const cases[][4] = {
      {"Leader", "SUN", "1960-06-01", "Nikita_Khrushchev"},
      {"President", "SUN", "1960-06-01", "Leonid_Brezhnev"},
      {"Leader", "SUN", "1970-06-01", "Leonid_Brezhnev"},
      {"PrimeMinister", "SUN", "1970-06-01", "Alexei_Kosygin"},
      {"Leader", "SUN", "1986-06-01", "Mikhail_Gorbachev"},
      {"Leader", "CHN", "1985-06-01", "Deng_Xiaoping"},
      {"President", "CHN", "1985-06-01", "Li_Xiannian"},
      {"Leader", "CHN", "2013-01-10", "Xi_Jinping"},
      {"President", "CHN", "2013-01-10", "Hu_Jintao"},
      {"Leader", "USA", "1962-10-20", "John_F_Kennedy"},
      {"President", "FRA", "1995-05-16", "Francois_Mitterrand"},
      {"President", "FRA", "1995-05-17", "Jacques_Chirac"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *const *c = cases[i];
    ck_assert_msg(tu_is(holder(c[0], c[1], c[2]), c[3]), "%s of %s on %s: not %s", c[0], c[1], c[2], c[3]);
  }
}
END_TEST

/* An office held collectively on the date names no single person, "the
 * leader" included; before and after, single holders are named; a member
 * acts for the state. */
START_TEST(collective_offices_name_no_one) {
  const geordf_entity *bih = tu_entity(lex, "BIH"), *ury = tu_entity(lex, "URY"), *smr = tu_entity(lex, "SMR"),
                      *prk = tu_entity(lex, "PRK");
  /* Bosnia: the wartime president, then the three-member presidency. */
  ck_assert(tu_is(holder("President", "BIH", "1994-06-01"), "Alija_Izetbegovic"));
  ck_assert(!gd_lexicon_office_collective(lex, "President", bih, "1994-06-01"));
  ck_assert_ptr_null(holder("President", "BIH", "2010-06-01"));
  ck_assert(gd_lexicon_office_collective(lex, "President", bih, "2010-06-01"));
  ck_assert_ptr_null(holder("Leader", "BIH", "2010-06-01"));
  ck_assert(gd_lexicon_office_collective(lex, "Leader", bih, "2010-06-01"));
  /* Its head of government is still one person. */
  ck_assert(tu_is(holder("PrimeMinister", "BIH", "2010-06-01"), "Nikola_Spiric"));
  ck_assert(!gd_lexicon_office_collective(lex, "PrimeMinister", bih, "2010-06-01"));
  /* Members overlap, and each acts for Bosnia while sitting. */
  const geordf_entity *out[8];
  ck_assert_uint_eq(gd_lexicon_office_holders(lex, "President", bih, "", out, 8), 8);
  ck_assert_ptr_eq(gd_person_acts_for(tu_entity(lex, "Milorad_Dodik"), "2020-06-01"), bih);
  ck_assert_ptr_eq(gd_person_acts_for(tu_entity(lex, "Zeljko_Komsic"), "2010-06-01"), bih);
  /* Uruguay: the council between two presidencies. */
  ck_assert(tu_is(holder("President", "URY", "1951-06-01"), "Andres_Martinez_Trueba"));
  ck_assert_ptr_null(holder("President", "URY", "1960-06-01"));
  ck_assert(gd_lexicon_office_collective(lex, "Leader", ury, "1960-06-01"));
  ck_assert(tu_is(holder("President", "URY", "1967-06-01"), "Oscar_Diego_Gestido"));
  ck_assert_ptr_eq(gd_person_acts_for(tu_entity(lex, "Benito_Nardone"), "1960-06-01"), ury);
  /* San Marino: a listed pair, and a date with none listed (no one, but
   * not for being collective). */
  ck_assert_ptr_null(holder("CaptainRegent", "SMR", "2022-06-01"));
  ck_assert(gd_lexicon_office_collective(lex, "CaptainRegent", smr, "2022-06-01"));
  ck_assert_ptr_null(holder("CaptainRegent", "SMR", "1990-06-01"));
  ck_assert(!gd_lexicon_office_collective(lex, "CaptainRegent", smr, "1990-06-01"));
  /* North Korea's nominal heads are single holders beside the ruling Kim. */
  ck_assert(tu_is(holder("President", "PRK", "2005-06-01"), "Kim_Yong-nam"));
  ck_assert(tu_is(holder("Leader", "PRK", "2005-06-01"), "Kim_Jong_Il"));
  ck_assert_ptr_null(holder("President", "PRK", "1996-06-01"));
  ck_assert(!gd_lexicon_office_collective(lex, "President", prk, "1996-06-01"));
}
END_TEST

/* The British monarch is each Commonwealth realm's own monarch too: its head
 * of state, never "the leader" (the prime minister, even where the state
 * names no leader office), and acting for Britain, his nationality, though
 * a realm's term begins first (George VI reigned in South Africa from
 * 1936-12-10, in Britain from 12-11) or on the same day. */
START_TEST(realm_monarchs_reign_but_do_not_lead) {
  const geordf_entity *gbr = tu_entity(lex, "GBR");
  ck_assert(tu_is(holder("HeadOfState", "JAM", "1990-06-01"), "Elizabeth_II"));
  ck_assert(tu_is(holder("Leader", "JAM", "1990-06-01"), "Michael_Manley"));
  ck_assert(tu_is(holder("Leader", "CAN", "2023-06-01"), "Justin_Trudeau"));
  ck_assert_ptr_null(holder("President", "JAM", "1990-06-01"));
  ck_assert_ptr_eq(gd_person_state(tu_entity(lex, "George_VI"), "1940-06-01"), gbr);
  ck_assert_ptr_eq(gd_person_state(tu_entity(lex, "Elizabeth_II"), "1990-06-01"), gbr);
  ck_assert_ptr_eq(gd_person_state(tu_entity(lex, "Charles_III"), "2023-06-01"), gbr);
}
END_TEST

/* A state's lex:leaderOffice periods: read from states.ttl, each dated
 * where dated, naming a head office, none overlapping another of its state. */
START_TEST(leader_offices_are_dated_and_do_not_overlap) {
  static const char *const heads[] = {"PrimeMinister", "Chancellor", "President", "King", "Queen", "Emir",
                                      "SupremeLeader", NULL};
  const geordf_entity *e;
  size_t states = 0;
  int bad = 0;
  for (size_t i = 0; (e = gd_lexicon_entity_at(lex, i)); i++) {
    if (!e->era || !e->era->n_leads) continue;
    states++;
    ck_assert_int_eq(e->kind, GD_KIND_COUNTRY);
    for (size_t a = 0; a < e->era->n_leads; a++) {
      const gd_office *x = &e->era->leads[a];
      int head = 0;
      for (int h = 0; heads[h]; h++) head |= !strcmp(x->office, heads[h]);
      if (!head || x->of || (x->start[0] && !is_date(x->start)) || (x->end[0] && !is_date(x->end)) ||
          (x->start[0] && x->end[0] && strcmp(x->start, x->end) >= 0)) {
        fprintf(stderr, "bad leader office: %s %s [%s, %s)\n", e->iri, x->office, x->start, x->end);
        bad++;
      }
      for (size_t b = a + 1; b < e->era->n_leads; b++) {
        const gd_office *y = &e->era->leads[b];
        int x_before_y = x->end[0] && y->start[0] && strcmp(x->end, y->start) <= 0;
        int y_before_x = y->end[0] && x->start[0] && strcmp(y->end, x->start) <= 0;
        if (!x_before_y && !y_before_x) {
          fprintf(stderr, "overlapping leader offices: %s [%s, %s) and [%s, %s)\n", e->iri, x->start, x->end,
                  y->start, y->end);
          bad++;
        }
      }
    }
  }
  ck_assert_uint_ge(states, 50);
  ck_assert_int_eq(bad, 0);
}
END_TEST

/* The continent of a state of the table (Turkey, Russia and the Soviet
 * Union, the Caucasus and Cyprus count as Europe; the Middle East as Asia),
 * or -1. */
static int continent(const char *state) {
  static const char *const of[] = {
      /* Africa */
      "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO "
      "LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE "
      "RHO",
      /* the Americas */
      "ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER "
      "KNA LCA VCT SUR TTO USA URY VEN",
      /* Asia and the Middle East */
      "AFG BHR BGD BTN BRN KHM CHN IND IDN IRN IRQ ISR JPN JOR KAZ PRK KOR KWT KGZ LAO LBN MYS MDV MNG MMR NPL OMN "
      "PAK PHL QAT SAU SGP LKA SYR TJK THA TLS TKM ARE UZB VNM YEM PSE TWN YAR YMD RVN",
      /* Europe */
      "ALB AND ARM AUT AZE BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA GEO DEU GRC HUN ISL IRL ITA LVA LIE LTU LUX "
      "MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE TUR UKR GBR VAT XKX SUN YUG DDR CSK",
      /* Oceania */
      "AUS FJI KIR MHL FSM NRU NZL PLW PNG WSM SLB TON TUV VUT",
  };
  /* Georgia's breakaway states keep the IRIs they had as places. */
  if (!strcmp(state, "Abkhazia") || !strcmp(state, "South_Ossetia")) return 3;
  if (strlen(state) != 3) return -1;
  for (int c = 0; c < 5; c++)
    for (const char *p = of[c]; *p; p += p[3] ? 4 : 3)
      if (!strncmp(p, state, 3)) return c;
  return -1;
}

/* tests/offices-table.tsv: DATE TAB OFFICE TAB STATE TAB PERSON (local
 * names), PERSON "-" for a title that names no one then (a vacancy, or an
 * office held collectively: it stands for the state); '#' starts a comment
 * line. */
START_TEST(table_resolves) {
  FILE *f = tu_table_open("tests/offices-table.tsv");
  char line[512], *field[4];
  int total = 0, right = 0, leaders = 0, leaders_right = 0;
  int decades[10] = {0}, continents[5] = {0};
  while (tu_table_row(f, line, sizeof line, field, 4)) {
    const char *date = field[0], *office = field[1], *state = field[2], *want = field[3];
    total++;
    int y = atoi(date);
    if (y >= 1950 && y < 2030) decades[(y - 1950) / 10]++;
    int c = continent(state);
    ck_assert_msg(c >= 0, "offices table: %s is on no continent of the test's list", state);
    continents[c]++;
    const geordf_entity *got = holder(office, state, date);
    int leader = !strcmp(office, "Leader");
    leaders += leader;
    if (!strcmp(want, "-") ? !got : tu_is(got, want)) right++, leaders_right += leader;
    else fprintf(stderr, "offices table: %s %s %s: want %s, got %s\n", date, office, state, want,
                 got ? got->iri + strlen(ID) : "(none)");
  }
  printf("offices table: %d/%d resolved (%.1f%%)\n", right, total, total ? 100.0 * right / total : 0.0);
  ck_assert_int_ge(total, 300);
  for (int d = 0; d < 8; d++) ck_assert_msg(decades[d] >= 10, "the %ds have %d cases", 1950 + 10 * d, decades[d]);
  static const char *const names[] = {"Africa", "the Americas", "Asia", "Europe", "Oceania"};
  for (int c = 0; c < 5; c++) {
    printf("offices table: %s: %d cases\n", names[c], continents[c]);
    ck_assert_msg(continents[c] >= 30, "%s has %d cases", names[c], continents[c]);
  }
  /* The bar is 98%; every row resolves today, so any row that stops
   * resolving (a term mistyped, a new person overlapping) fails here. */
  ck_assert_msg(right == total, "resolution accuracy %d/%d: every row must resolve", right, total);
  /* "the British leader" is one person on a date: no row of it may miss. */
  ck_assert_int_ge(leaders, 100);
  ck_assert_msg(leaders_right == leaders, "\"the leader\": %d/%d rows resolved", leaders_right, leaders);
}
END_TEST

static Suite *offices_suite(void) {
  Suite *s = suite_create("offices");
  TCase *tc = tcase_create("bundled");
  tcase_set_timeout(tc, 60);
  tcase_add_unchecked_fixture(tc, load_bundled, free_bundled);
  tcase_add_test(tc, offices_are_dated_and_do_not_overlap);
  tcase_add_test(tc, overlap_check_exempts_collective_terms_only);
  tcase_add_test(tc, acting_terms);
  tcase_add_test(tc, bundled_acting_ministers);
  tcase_add_test(tc, bundled_acting_heads);
  tcase_add_test(tc, people_have_a_state);
  tcase_add_test(tc, leader_prefers_the_party_leader);
  tcase_add_test(tc, collective_offices_name_no_one);
  tcase_add_test(tc, realm_monarchs_reign_but_do_not_lead);
  tcase_add_test(tc, leader_offices_are_dated_and_do_not_overlap);
  tcase_add_test(tc, table_resolves);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(offices_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
