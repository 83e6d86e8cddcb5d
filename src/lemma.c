/* geordf: a rule-based English lemmatizer: suffix rules for regular
 * inflection and a table of irregular forms, after the conventions of the
 * LEMMA column of UD English EWT (proper nouns keep their form, other words
 * are lower-cased, "I" stays upper-case, pronouns take their nominative).
 * SPDX-License-Identifier: MIT */
#include "lemma.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ud.h"

/* Word classes of the table: 'v' verbs and auxiliaries, 'n' common nouns,
 * 'a' adjectives, 'r' adverbs, 'p' pronouns and determiners, 't' particles,
 * '*' any class but proper nouns, numbers and punctuation.  A form listed as
 * its own lemma stops the suffix rules ("clever", "news"); a verb so listed
 * has its base as past and participle ("cut", "set"), which gd_inflect()
 * reads. */
struct irregular {
  const char *form;
  char cls;
  const char *lemma;
};

/* Sorted by form (bytewise), then class: searched with bsearch(). */
static const struct irregular irregulars[] = {
    {"'", 't', "'s"}, {"'d", 'v', "would"}, {"'ll", 'v', "will"}, {"'m", 'v', "be"}, {"'re", 'v', "be"},
    {"'s", 'p', "we"}, {"'s", 'v', "be"}, {"'ve", 'v', "have"}, {"abode", 'v', "abide"},
    {"acoustics", 'n', "acoustics"}, {"aerobics", 'n', "aerobics"}, {"after", 'r', "after"},
    {"ai", 'v', "be"}, {"alias", 'n', "alias"}, {"alumni", 'n', "alumnus"}, {"am", 'n', "a.m."},
    {"am", 'v', "be"}, {"amber", 'a', "amber"}, {"an", 'p', "a"}, {"analyses", 'n', "analysis"},
    {"analytics", 'n', "analytics"}, {"appendices", 'n', "appendix"}, {"are", 'v', "be"},
    {"arisen", 'v', "arise"}, {"arose", 'v', "arise"}, {"art", 'v', "be"}, {"ate", 'v', "eat"},
    {"athletics", 'n', "athletics"}, {"atlas", 'n', "atlas"}, {"awoke", 'v', "awake"},
    {"awoken", 'v', "awake"}, {"bacteria", 'n', "bacterium"}, {"beaten", 'v', "beat"},
    {"became", 'v', "become"}, {"becoming", 'v', "become"}, {"been", 'v', "be"}, {"befallen", 'v', "befall"},
    {"befell", 'v', "befall"}, {"began", 'v', "begin"}, {"begot", 'v', "beget"}, {"begotten", 'v', "beget"},
    {"begun", 'v', "begin"}, {"beheld", 'v', "behold"}, {"being", 'v', "be"}, {"bent", 'v', "bend"},
    {"best", 'a', "good"}, {"best", 'r', "well"}, {"bet", 'v', "bet"}, {"better", 'a', "good"},
    {"better", 'r', "well"},
    {"bias", 'n', "bias"}, {"bid", 'v', "bid"}, {"bit", 'v', "bite"}, {"biting", 'v', "bite"},
    {"bitten", 'v', "bite"},
    {"bitter", 'a', "bitter"}, {"bled", 'v', "bleed"}, {"blew", 'v', "blow"}, {"blown", 'v', "blow"},
    {"bore", 'v', "bear"}, {"born", 'v', "bear"}, {"borne", 'v', "bear"}, {"bought", 'v', "buy"},
    {"bound", 'v', "bind"}, {"boycotted", 'v', "boycott"}, {"boycotting", 'v', "boycott"},
    {"bred", 'v', "breed"}, {"broadcast", 'v', "broadcast"}, {"broke", 'v', "break"}, {"broken", 'v', "break"},
    {"brought", 'v', "bring"}, {"built", 'v', "build"}, {"burnt", 'v', "burn"}, {"burst", 'v', "burst"},
    {"buses", 'n', "bus"},
    {"ca", 'v', "can"}, {"cacti", 'n', "cactus"}, {"calves", 'n', "calf"}, {"came", 'v', "come"},
    {"canvas", 'n', "canvas"}, {"cast", 'v', "cast"}, {"caught", 'v', "catch"}, {"cavalier", 'a', "cavalier"},
    {"chaos", 'n', "chaos"}, {"children", 'n', "child"}, {"chose", 'v', "choose"}, {"chosen", 'v', "choose"},
    {"clever", 'a', "clever"}, {"clothes", 'n', "clothes"}, {"clung", 'v', "cling"},
    {"copper", 'a', "copper"}, {"cosmos", 'n', "cosmos"}, {"cost", 'v', "cost"}, {"crept", 'v', "creep"},
    {"crises", 'n', "crisis"},
    {"criteria", 'n', "criterion"}, {"curricula", 'n', "curriculum"}, {"cut", 'v', "cut"}, {"d", 'v', "would"},
    {"dealt", 'v', "deal"}, {"diagnoses", 'n', "diagnosis"}, {"dice", 'n', "die"}, {"did", 'v', "do"},
    {"does", 'v', "do"}, {"doin", 'v', "do"}, {"done", 'v', "do"}, {"dove", 'v', "dive"},
    {"drank", 'v', "drink"}, {"drawn", 'v', "draw"}, {"dreamt", 'v', "dream"}, {"drew", 'v', "draw"},
    {"driven", 'v', "drive"}, {"drove", 'v', "drive"}, {"drunk", 'v', "drink"}, {"dug", 'v', "dig"},
    {"dwarves", 'n', "dwarf"}, {"dwelt", 'v', "dwell"}, {"dynamics", 'n', "dynamics"},
    {"eager", 'a', "eager"}, {"earlier", 'r', "early"}, {"earliest", 'r', "early"},
    {"earnest", 'a', "earnest"}, {"earnings", 'n', "earnings"}, {"eaten", 'v', "eat"},
    {"economics", 'n', "economics"}, {"either", 'r', "either"}, {"eldest", 'a', "old"},
    {"electronics", 'n', "electronics"}, {"ellipses", 'n', "ellipsis"}, {"elves", 'n', "elf"},
    {"emphases", 'n', "emphasis"}, {"etc", '*', "etc."}, {"ethos", 'n', "ethos"}, {"fallen", 'v', "fall"},
    {"farther", 'a', "far"}, {"farther", 'r', "far"}, {"farthest", 'a', "far"}, {"farthest", 'r', "far"},
    {"fed", 'v', "feed"}, {"feet", 'n', "foot"}, {"fell", 'v', "fall"}, {"felt", 'v', "feel"},
    {"fled", 'v', "flee"}, {"flew", 'v', "fly"}, {"flown", 'v', "fly"}, {"flung", 'v', "fling"},
    {"forbade", 'v', "forbid"}, {"forbidden", 'v', "forbid"}, {"forbore", 'v', "forbear"},
    {"forborne", 'v', "forbear"}, {"forecast", 'v', "forecast"}, {"foresaw", 'v', "foresee"},
    {"foreseen", 'v', "foresee"},
    {"foretold", 'v', "foretell"}, {"forgave", 'v', "forgive"}, {"forgiven", 'v', "forgive"},
    {"forgot", 'v', "forget"}, {"forgotten", 'v', "forget"}, {"former", 'a', "former"},
    {"forsaken", 'v', "forsake"}, {"forsook", 'v', "forsake"}, {"fought", 'v', "fight"},
    {"found", 'v', "find"}, {"froze", 'v', "freeze"}, {"frozen", 'v', "freeze"}, {"fungi", 'n', "fungus"},
    {"further", 'a', "further"}, {"further", 'r', "further"}, {"furthest", 'a', "far"}, {"gas", 'n', "gas"},
    {"gases", 'n', "gas"}, {"gave", 'v', "give"}, {"geese", 'n', "goose"}, {"genetics", 'n', "genetics"},
    {"geopolitics", 'n', "geopolitics"}, {"gettin", 'v', "get"}, {"given", 'v', "give"}, {"gon", 'v', "go"},
    {"gone", 'v', "go"}, {"goods", 'n', "goods"}, {"got", 'v', "get"}, {"gotten", 'v', "get"},
    {"grew", 'v', "grow"}, {"ground", 'v', "grind"}, {"grown", 'v', "grow"}, {"had", 'v', "have"},
    {"halves", 'n', "half"}, {"has", 'v', "have"}, {"hav", 'v', "have"}, {"having", 'v', "have"},
    {"headquarters", 'n', "headquarters"}, {"heard", 'v', "hear"}, {"held", 'v', "hold"},
    {"hers", 'p', "her"}, {"hid", 'v', "hide"}, {"hidden", 'v', "hide"}, {"him", 'p', "he"},
    {"hit", 'v', "hit"}, {"hither", 'r', "hither"}, {"honest", 'a', "honest"}, {"hooves", 'n', "hoof"},
    {"hung", 'v', "hang"},
    {"hurt", 'v', "hurt"}, {"hypotheses", 'n', "hypothesis"}, {"i", 'p', "I"}, {"indices", 'n', "index"},
    {"inner", 'a', "inner"},
    {"is", 'v', "be"}, {"jeans", 'n', "jeans"}, {"kept", 'v', "keep"}, {"knelt", 'v', "kneel"},
    {"knew", 'v', "know"}, {"knives", 'n', "knife"}, {"known", 'v', "know"}, {"kudos", 'n', "kudos"},
    {"laid", 'v', "lay"}, {"lain", 'v', "lie"}, {"later", 'r', "late"}, {"latest", 'r', "late"},
    {"latter", 'a', "latter"}, {"leant", 'v', "lean"}, {"leapt", 'v', "leap"}, {"learnt", 'v', "learn"},
    {"leaves", 'n', "leaf"}, {"led", 'v', "lead"}, {"left", 'v', "leave"}, {"lens", 'n', "lens"},
    {"lenses", 'n', "lens"}, {"lent", 'v', "lend"}, {"let", 'v', "let"}, {"lice", 'n', "louse"},
    {"linguistics", 'n', "linguistics"}, {"lit", 'v', "light"}, {"lives", 'n', "life"}, {"ll", 'v', "will"},
    {"loaves", 'n', "loaf"}, {"logistics", 'n', "logistics"}, {"lost", 'v', "lose"}, {"lower", 'a', "low"},
    {"m", 'v', "be"}, {"made", 'v', "make"}, {"mathematics", 'n', "mathematics"}, {"matrices", 'n', "matrix"},
    {"me", 'p', "I"}, {"meager", 'a', "meager"}, {"means", 'n', "means"}, {"meant", 'v', "mean"},
    {"memoranda", 'n', "memorandum"}, {"men", 'n', "man"}, {"met", 'v', "meet"}, {"mice", 'n', "mouse"},
    {"mine", 'p', "my"}, {"mislaid", 'v', "mislay"}, {"misled", 'v', "mislead"}, {"mistaken", 'v', "mistake"},
    {"mistook", 'v', "mistake"}, {"misunderstood", 'v', "misunderstand"}, {"modest", 'a', "modest"},
    {"mown", 'v', "mow"}, {"n't", '*', "not"}, {"na", '*', "to"}, {"neither", 'r', "neither"},
    {"never", 'r', "never"}, {"news", 'n', "news"}, {"nt", '*', "not"}, {"nuclei", 'n', "nucleus"},
    {"oases", 'n', "oasis"}, {"other", 'a', "other"}, {"ours", 'p', "our"}, {"outdid", 'v', "outdo"},
    {"outdone", 'v', "outdo"}, {"outer", 'a', "outer"}, {"outgrew", 'v', "outgrow"},
    {"outgrown", 'v', "outgrow"}, {"outran", 'v', "outrun"}, {"outsold", 'v', "outsell"},
    {"overcame", 'v', "overcome"}, {"overcoming", 'v', "overcome"}, {"overdid", 'v', "overdo"},
    {"overdone", 'v', "overdo"}, {"overheard", 'v', "overhear"}, {"overpaid", 'v', "overpay"},
    {"overran", 'v', "overrun"}, {"overridden", 'v', "override"}, {"overrode", 'v', "override"},
    {"oversaw", 'v', "oversee"}, {"overseen", 'v', "oversee"}, {"overshot", 'v', "overshoot"},
    {"overspent", 'v', "overspend"}, {"overtaken", 'v', "overtake"}, {"overthrew", 'v', "overthrow"},
    {"overthrown", 'v', "overthrow"}, {"overtook", 'v', "overtake"}, {"oxen", 'n', "ox"},
    {"paid", 'v', "pay"}, {"pants", 'n', "pants"}, {"parentheses", 'n', "parenthesis"},
    {"partaken", 'v', "partake"}, {"partook", 'v', "partake"}, {"persons", 'n', "person"},
    {"phenomena", 'n', "phenomenon"}, {"physics", 'n', "physics"}, {"pm", 'n', "p.m."},
    {"politics", 'n', "politics"}, {"premier", 'a', "premier"}, {"prognoses", 'n', "prognosis"},
    {"proper", 'a', "proper"}, {"proven", 'v', "prove"}, {"put", 'v', "put"}, {"quit", 'v', "quit"},
    {"quizzes", 'n', "quiz"}, {"r", 'v', "be"},
    {"radii", 'n', "radius"}, {"ran", 'v', "run"}, {"rang", 'v', "ring"}, {"rather", 'r', "rather"},
    {"re", 'v', "be"}, {"read", 'v', "read"}, {"rebuilt", 'v', "rebuild"}, {"redid", 'v', "redo"},
    {"redone", 'v', "redo"},
    {"repaid", 'v', "repay"}, {"reran", 'v', "rerun"}, {"resold", 'v', "resell"}, {"retaken", 'v', "retake"},
    {"rethought", 'v', "rethink"}, {"retold", 'v', "retell"}, {"retook", 'v', "retake"},
    {"rewound", 'v', "rewind"}, {"rewriting", 'v', "rewrite"}, {"rewritten", 'v', "rewrite"},
    {"rewrote", 'v', "rewrite"}, {"rid", 'v', "rid"}, {"ridden", 'v', "ride"}, {"risen", 'v', "rise"},
    {"robotics", 'n', "robotics"}, {"rode", 'v', "ride"}, {"rose", 'v', "rise"}, {"rung", 'v', "ring"},
    {"s", 't', "'s"}, {"s", 'v', "be"}, {"said", 'v', "say"}, {"sang", 'v', "sing"}, {"sank", 'v', "sink"},
    {"sat", 'v', "sit"}, {"saw", 'v', "see"}, {"scarves", 'n', "scarf"}, {"scissors", 'n', "scissors"},
    {"seen", 'v', "see"}, {"selves", 'n', "self"}, {"semantics", 'n', "semantics"}, {"sent", 'v', "send"},
    {"series", 'n', "series"}, {"set", 'v', "set"}, {"sewn", 'v', "sew"}, {"sha", 'v', "shall"},
    {"shaken", 'v', "shake"},
    {"sheaves", 'n', "sheaf"}, {"shed", 'v', "shed"}, {"shelves", 'n', "shelf"}, {"shone", 'v', "shine"},
    {"shook", 'v', "shake"},
    {"shorn", 'v', "shear"}, {"shot", 'v', "shoot"}, {"shown", 'v', "show"}, {"shrank", 'v', "shrink"},
    {"shrunk", 'v', "shrink"}, {"shut", 'v', "shut"}, {"silver", 'a', "silver"}, {"slain", 'v', "slay"},
    {"slender", 'a', "slender"},
    {"slept", 'v', "sleep"}, {"slew", 'v', "slay"}, {"slid", 'v', "slide"}, {"slung", 'v', "sling"},
    {"smelt", 'v', "smell"}, {"sober", 'a', "sober"}, {"sold", 'v', "sell"}, {"somber", 'a', "somber"},
    {"sought", 'v', "seek"}, {"sown", 'v', "sow"}, {"spat", 'v', "spit"}, {"species", 'n', "species"},
    {"sped", 'v', "speed"}, {"spelt", 'v', "spell"}, {"spent", 'v', "spend"}, {"spilt", 'v', "spill"},
    {"split", 'v', "split"}, {"spoilt", 'v', "spoil"}, {"spoke", 'v', "speak"}, {"spoken", 'v', "speak"},
    {"sprang", 'v', "spring"},
    {"spread", 'v', "spread"}, {"sprung", 'v', "spring"}, {"spun", 'v', "spin"}, {"stank", 'v', "stink"},
    {"statistics", 'n', "statistics"}, {"stimuli", 'n', "stimulus"}, {"stole", 'v', "steal"},
    {"stolen", 'v', "steal"}, {"stood", 'v', "stand"}, {"strata", 'n', "stratum"},
    {"stricken", 'v', "strike"}, {"stridden", 'v', "stride"}, {"striven", 'v', "strive"},
    {"strode", 'v', "stride"}, {"strove", 'v', "strive"}, {"struck", 'v', "strike"},
    {"strung", 'v', "string"}, {"stuck", 'v', "stick"}, {"stung", 'v', "sting"}, {"stunk", 'v', "stink"},
    {"sung", 'v', "sing"}, {"sunk", 'v', "sink"}, {"super", 'a', "super"}, {"super", 'r', "super"},
    {"swam", 'v', "swim"}, {"swept", 'v', "sweep"}, {"swollen", 'v', "swell"}, {"swore", 'v', "swear"},
    {"sworn", 'v', "swear"}, {"swum", 'v', "swim"}, {"swung", 'v', "swing"}, {"syllabi", 'n', "syllabus"},
    {"syntheses", 'n', "synthesis"}, {"ta", '*', "to"}, {"taken", 'v', "take"}, {"taught", 'v', "teach"},
    {"teeth", 'n', "tooth"}, {"tender", 'a', "tender"}, {"thanks", 'n', "thanks"}, {"thee", 'p', "you"},
    {"theirs", 'p', "their"}, {"them", 'p', "they"}, {"these", 'p', "this"}, {"theses", 'n', "thesis"},
    {"thieves", 'n', "thief"}, {"thither", 'r', "thither"}, {"those", 'p', "that"}, {"thought", 'v', "think"},
    {"threw", 'v', "throw"}, {"thrown", 'v', "throw"}, {"thrust", 'v', "thrust"}, {"told", 'v', "tell"},
    {"took", 'v', "take"},
    {"tore", 'v', "tear"}, {"torn", 'v', "tear"}, {"trod", 'v', "tread"}, {"trodden", 'v', "tread"},
    {"trousers", 'n', "trousers"}, {"u", 'p', "you"}, {"under", 'a', "under"}, {"under", 'r', "under"},
    {"undergone", 'v', "undergo"}, {"understood", 'v', "understand"}, {"undertaken", 'v', "undertake"},
    {"undertook", 'v', "undertake"}, {"underwent", 'v', "undergo"}, {"underwriting", 'v', "underwrite"},
    {"underwritten", 'v', "underwrite"}, {"underwrote", 'v', "underwrite"}, {"undid", 'v', "undo"},
    {"undone", 'v', "undo"}, {"unwound", 'v', "unwind"}, {"upheld", 'v', "uphold"}, {"upper", 'a', "upper"},
    {"upset", 'v', "upset"}, {"us", 'p', "we"}, {"utter", 'a', "utter"}, {"ve", 'v', "have"},
    {"vertices", 'n', "vertex"},
    {"wan", 'v', "want"}, {"was", 'v', "be"}, {"went", 'v', "go"}, {"wept", 'v', "weep"}, {"were", 'v', "be"},
    {"whether", 'r', "whether"}, {"wilt", 'v', "will"}, {"withdrawn", 'v', "withdraw"},
    {"withdrew", 'v', "withdraw"}, {"withheld", 'v', "withhold"}, {"withstood", 'v', "withstand"},
    {"wives", 'n', "wife"}, {"wo", 'v', "will"}, {"woke", 'v', "wake"}, {"woken", 'v', "wake"},
    {"wolves", 'n', "wolf"}, {"women", 'n', "woman"}, {"won", 'v', "win"}, {"wore", 'v', "wear"},
    {"worn", 'v', "wear"}, {"worse", 'a', "bad"}, {"worse", 'r', "badly"}, {"worst", 'a', "bad"},
    {"worst", 'r', "bad"}, {"wound", 'v', "wind"}, {"wove", 'v', "weave"}, {"woven", 'v', "weave"},
    {"writing", 'v', "write"}, {"written", 'v', "write"}, {"wrote", 'v', "write"}, {"wrung", 'v', "wring"},
    {"ya", 'p', "you"}, {"ye", 'p', "you"}, {"yours", 'p', "your"},
};

static int cmp_irregular(const void *key, const void *elem) {
  const struct irregular *k = key, *e = elem;
  int c = strcmp(k->form, e->form);
  return c ? c : (k->cls > e->cls) - (k->cls < e->cls);
}

/* A filter of the listed forms (4096 bits, two per form, from the form's
 * length and its first and last two bytes), so that most words skip the
 * two binary searches.  Built by the first caller; until it is ready,
 * callers search. */
static uint64_t irr_filter[64];
static atomic_int irr_ready;
static atomic_flag irr_building = ATOMIC_FLAG_INIT;

static uint64_t irr_hash(const char *w, size_t n) {
  const unsigned char *f = (const unsigned char *)w;
  uint64_t x = (uint64_t)n;
  if (n) x |= (uint64_t)f[0] << 16 | (uint64_t)f[n - 1] << 24 | (uint64_t)f[n > 1 ? n - 2 : 0] << 32;
  x = (x ^ (x >> 31)) * 0x9E3779B97F4A7C15ULL;
  return x ^ (x >> 29);
}

static int irr_maybe(const char *w) {
  if (!atomic_load_explicit(&irr_ready, memory_order_acquire)) {
    if (atomic_flag_test_and_set(&irr_building)) return 1; /* another thread builds it */
    for (size_t i = 0; i < sizeof irregulars / sizeof irregulars[0]; i++) {
      uint64_t h = irr_hash(irregulars[i].form, strlen(irregulars[i].form));
      irr_filter[(h >> 6) & 63] |= 1ULL << (h & 63);
      irr_filter[(h >> 18) & 63] |= 1ULL << ((h >> 12) & 63);
    }
    atomic_store_explicit(&irr_ready, 1, memory_order_release);
  }
  uint64_t h = irr_hash(w, strlen(w));
  return (irr_filter[(h >> 6) & 63] >> (h & 63) & 1) && (irr_filter[(h >> 18) & 63] >> ((h >> 12) & 63) & 1);
}

/* The listed lemma of W in class CLS, or failing that in any class. */
static const char *irregular(const char *w, char cls) {
  const size_t n = sizeof irregulars / sizeof irregulars[0];
  if (!irr_maybe(w)) return NULL;
  struct irregular key = {w, cls, NULL};
  const struct irregular *e = bsearch(&key, irregulars, n, sizeof key, cmp_irregular);
  if (!e && cls != '*') {
    key.cls = '*';
    e = bsearch(&key, irregulars, n, sizeof key, cmp_irregular);
  }
  return e ? e->lemma : NULL;
}

/* Rules look at lower-case ASCII words up to this long; longer ones are
 * only lower-cased. */
enum { WORD_MAX = 48 };

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Whether W[I] sounds as a vowel: "y" after a consonant does ("style"), "u"
 * after "q" or before a vowel after "g" does not ("quote", "guide"). */
static int vowel_at(const char *w, size_t i) {
  char c = w[i];
  if (c == 'y') return i > 0 && !vowel_at(w, i - 1);
  if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && is_vowel(w[i + 1])))) return 0;
  return is_vowel(c);
}

/* Runs of vowels in the N bytes at W: roughly its syllables. */
static int syllables(const char *w, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++)
    if (vowel_at(w, i) && (i == 0 || !vowel_at(w, i - 1))) s++;
  return s;
}

static int ends(const char *w, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n >= k && !memcmp(w + n - k, suf, k);
}

static int ends_any(const char *w, size_t n, const char *const *sufs) {
  for (; *sufs; sufs++)
    if (ends(w, n, *sufs)) return 1;
  return 0;
}

/* Whether the stem W[0..N) that an -ed, -ing, -er or -est ending left, with
 * no doubled final consonant, lost a silent "e" ("hop-ed", "mak-ing") rather
 * than being whole ("visit-ed", "open-ing").  English spelling doubles a
 * final consonant after a short stressed vowel, so a single consonant after
 * a single vowel in one syllable means the "e" went; longer words go by the
 * ending, as stress is not spelled. */
static int lost_e(const char *w, size_t n) {
  static const char *const e_after_cluster[] = {"dg", "rg", "lg", "ps", "ns", "rs", "ls", "eath", "bath",
                                                "cloth", "loath", "sooth", "seeth", "teeth", "writh",
                                                "tast", "wast", "past", NULL};
  static const char *const e_vowel_pairs[] = {"iat", "uat", "creat", "lineat", "suad", "gaug", NULL};
  static const char *const e_polysyllable[] = {"plet", "delet", "compet", "cret", "cit", "vit", "nit", "writ",
                                               "com", "hal", "conven", "interven", "contraven", "postpon",
                                               "condon", "aton", "inton", "dethron", "enthron", "adher",
                                               "coher", "interfer", "persever", "plor", "stor", "dor",
                                               "ignor", NULL};
  static const char *const keep_polysyllable[] = {"licit", "ilot", "ivot", "encil", "uncil", "ril", "vil",
                                                  NULL};
  if (n < 2) return 0;
  char c = w[n - 1], p = w[n - 2];
  if (c == 'u' || c == 'v' || c == 'c') return 1; /* argu-ed, serv-ed, produc-ed */
  if (c == 'w') return n == 2;                     /* ow-ed, aw-ed */
  if (c == 'x' || c == 'y' || vowel_at(w, n - 1)) return 0;
  if (ends_any(w, n, e_after_cluster)) return 1;
  if (c == 'g' && p == 'n') /* chang-ed, challeng-ed, plung-ed; not long-ed, young-er */
    return ends(w, n, "hang") ? n > 4 : ends(w, n, "rang") || ends(w, n, "eng") ||
           (ends(w, n, "ung") && !ends(w, n, "oung")) || ends(w, n, "loung") || ends(w, n, "scroung");
  if (c == 'l' && !vowel_at(w, n - 2)) return p != 'r' && p != 'w'; /* handl-ed, styl-ed; not curl-ed */
  if (c == 'z') return p != 't';
  if (!vowel_at(w, n - 2)) return 0; /* other clusters: start-ed, learn-ed */
  if (n >= 3 && vowel_at(w, n - 3))  /* vowel pairs: rain-ed, treat-ed, but caus-ed, seiz-ed */
    return c == 's' ? !ends(w, n, "ias") : ends_any(w, n, e_vowel_pairs);
  if (syllables(w, n) == 1) return 1; /* hop-ed, bak-ed */
  if (ends_any(w, n, keep_polysyllable)) return 0;
  if (ends_any(w, n, e_polysyllable)) return 1;
  switch (c) {
  case 't': return p == 'a' || p == 'u' || p == 'o';                      /* locat-ed, comput-ed */
  case 'b': case 'd': case 'g': case 'k': return 1;                       /* decid-ed, provok-ed */
  case 'l': return p == 'i' || p == 'u' || (p == 'o' && !ends(w, n, "trol")); /* compil-ed, schedul-ed */
  case 'm': return p != 'e' && p != 'o';                                  /* assum-ed; not blossom-ed */
  case 'n': return p == 'i' || p == 'u' || p == 'a';                      /* combin-ed; not open-ed */
  case 'p': return p == 'a' || p == 'y';                                  /* escap-ed; not develop-ed */
  case 'r': return p == 'a' || p == 'i' || p == 'u';                      /* prepar-ed, requir-ed */
  case 's': return !ends(w, n, "ocus") && !ends(w, n, "ias");             /* promis-ed; not focus-ed */
  default: return 0;                                                      /* visit-ed, offer-ed */
  }
}

/* The base of an -ed, -ing, -er or -est stem W[0..N) in place, with room for
 * one more byte: undoes consonant doubling (stopp-ed) or puts back "e". */
static size_t restore_stem(char *w, size_t n) {
  if (n >= 3 && w[n - 1] == w[n - 2] && !vowel_at(w, n - 1)) {
    char c = w[n - 1];
    /* call-ed, enroll-ed, miss-ed, stuff-ed, buzz-ed keep theirs; travell-ed,
     * controll-ed do not */
    if (c == 'l') return (ends(w, n, "ell") || ends(w, n, "troll")) && syllables(w, n) > 1 ? n - 1 : n;
    if (c == 's' || c == 'f' || c == 'z') return n;
    /* stop-p-ed, admit-t-ed: a single vowel after a consonant; add-ed, err-ed not */
    if (n >= 4 && vowel_at(w, n - 3) && !vowel_at(w, n - 4)) return n - 1;
    return n;
  }
  if (n >= 4 && ends(w, n, "ick") && syllables(w, n) > 1) return n - 1; /* panick-ed */
  if (lost_e(w, n)) w[n++] = 'e';
  return n;
}

static int has_vowel(const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (vowel_at(w, i)) return 1;
  return 0;
}

/* Verb inflection: -s, -ed, -ing.  W has room for two more bytes. */
static size_t verb_lemma(char *w, size_t n) {
  if (n > 4 && ends(w, n, "ying") && n - 4 == 1) { /* d-ying, l-ying */
    memcpy(w + 1, "ie", 2);
    return 3;
  }
  if (n > 4 && ends(w, n, "ing") && has_vowel(w, n - 3)) return restore_stem(w, n - 3);
  if (n > 3 && ends(w, n, "ied")) {
    if (n == 4) return 3; /* di-ed */
    w[n - 3] = 'y';
    return n - 2;
  }
  if (n > 3 && ends(w, n, "eed")) {
    static const char *const ee[] = {"agreed", "freed", "creed", "nteed", "fereed", NULL};
    return ends_any(w, n, ee) ? n - 1 : n; /* agree-d; need and proceed are whole */
  }
  if (n > 3 && ends(w, n, "ed") && has_vowel(w, n - 2)) return restore_stem(w, n - 2);
  if (n > 3 && ends(w, n, "ies")) {
    if (n == 4) return 3; /* di-es */
    w[n - 3] = 'y';
    return n - 2;
  }
  if (n > 3 && ends(w, n, "s")) {
    static const char *const es[] = {"sses", "shes", "ches", "xes", "zzes", "tzes", "oes", "ocuses", "iases",
                                     NULL};
    if (ends_any(w, n, es)) return n - 2;
    if (ends(w, n, "ss") || ends(w, n, "us") || ends(w, n, "is")) return n;
    return n - 1;
  }
  return n;
}

/* Nouns ending in -ie, whose plural is not -ies from -y. */
static int ie_noun(const char *w, size_t n) {
  static const char *const ie[] = {
      "movie", "cookie", "calorie", "zombie", "rookie", "hippie", "prairie", "brownie", "goalie", "selfie",
      "freebie", "smoothie", "hoodie", "newbie", "techie", "yuppie", "sweetie", "veggie", "genie", "pixie",
      "auntie", "junkie", "groupie", "sortie", "lingerie", "reverie", "menagerie", "rotisserie", "boogie",
      "bookie", "birdie", "pinkie", "quickie", "oldie", "hottie", "foodie", "roadie", "nightie", "magpie",
      "collie", "caddie", "coterie", "talkie", "walkie", "cowrie", "indie", "aussie", NULL};
  return ends_any(w, n, ie);
}

/* Noun plurals; W has room for two more bytes. */
static size_t noun_lemma(char *w, size_t n) {
  static const char *const men_kept[] = {"specimen", "regimen", "semen", "stamen", "acumen", "hymen", "ramen",
                                         "bitumen", "albumen", "lumen", "abdomen", "omen", "amen", NULL};
  int kept = 0;
  for (const char *const *k = men_kept; *k; k++) kept |= strlen(*k) == n && !memcmp(*k, w, n);
  if (n >= 3 && ends(w, n, "men") && !kept) { /* chair-men, but not specimen */
    w[n - 2] = 'a';
    return n;
  }
  if (n >= 5 && ends(w, n, "women")) {
    w[n - 2] = 'a';
    return n;
  }
  if (ends(w, n, "children")) return n - 3; /* grand-children */
  if (n < 3 || w[n - 1] != 's') return n;
  if (ends(w, n, "'s")) { /* the 1960's, a company's */
    if (w[n - 3] >= '0' && w[n - 3] <= '9') {
      w[n - 2] = 's';
      return n - 1;
    }
    return n - 2;
  }
  if (ends(w, n, "ss") || ends(w, n, "us") || ends(w, n, "is")) return n;
  if (ends(w, n, "ies")) {
    if (n == 4 || ie_noun(w, n - 1)) return n - 1; /* pies, movies */
    w[n - 3] = 'y';
    return n - 2;
  }
  if (ends(w, n, "yses")) { /* analyses */
    w[n - 2] = 'i';
    return n;
  }
  static const char *const es[] = {"sses", "shes", "xes", "zzes", "tzes", "iases", NULL};
  if (ends_any(w, n, es)) return n - 2;
  if (ends(w, n, "ches")) return n > 5 && ends(w, n, "aches") && !is_vowel(w[n - 6]) ? n - 1 : n - 2;
  if (ends(w, n, "oes")) /* hero-es, but shoe-s, toe-s */
    return has_vowel(w, n - 3) && !ends(w, n, "shoes") ? n - 2 : n - 1;
  if (ends(w, n, "uses") && n > 4) { /* virus-es, but cause-s, excuse-s */
    static const char *const use[] = {"xcuses", "abuses", "accuses", "refuses", "recluses", "fuses", NULL};
    return n == 4 || n == 5 || is_vowel(w[n - 5]) || ends_any(w, n, use) ? n - 1 : n - 2;
  }
  return n - 1;
}

/* Comparatives and superlatives in -er and -est; W has room for one more
 * byte. */
static size_t degree_lemma(char *w, size_t n, int adverb) {
  if (n < 5) return n;
  size_t k = ends(w, n, "est") ? 3 : ends(w, n, "er") ? 2 : 0;
  if (!k || n < k + 2) return n;
  size_t m = n - k;
  if (w[m - 1] == 'i' && m >= 3) { /* happi-er, easi-est */
    w[m - 1] = 'y';
    return m;
  }
  /* The stem ends in a consonant after a vowel sound; "w" only after one
   * (new-er, not northw-est). */
  if (vowel_at(w, m - 1) || w[m - 1] == 'e' || !has_vowel(w, m - 1)) return n;
  if (w[m - 1] == 'w' && !is_vowel(w[m - 2])) return n;
  /* Longer words take "more": only simpl-er and narrow-er inflect. */
  if (syllables(w, m) != 1 && (adverb || !(ends(w, m, "ow") || (w[m - 1] == 'l' && !vowel_at(w, m - 2)))))
    return n;
  return restore_stem(w, m);
}

/* Demonyms and such plural proper names lose the plural: "Americans",
 * "Islamists", "Nations". */
static size_t propn_lemma(const char *f, size_t n) {
  static const char *const pl[] = {"ians", "ans", "ists", "ites", "ims", "ions", "ors", NULL};
  if (n < 5 || f[0] < 'A' || f[0] > 'Z' || f[1] < 'a' || f[1] > 'z') return n;
  return ends_any(f, n, pl) && !ends(f, n, "leans") ? n - 1 : n;
}

/* Copies N bytes at S to OUT (CAP bytes), cut on a UTF-8 boundary. */
static size_t put(const char *s, size_t n, char *out, size_t cap) {
  if (n > cap - 1) {
    n = cap - 1;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
  }
  memcpy(out, s, n);
  out[n] = '\0';
  return n;
}

/* Lower-cases LEN bytes at S into OUT (CAP bytes, CAP >= LEN + 1): ASCII and
 * the Latin-1 capitals, but not a name after a hyphen (anti-American).
 * Curly apostrophes and backquotes become straight ones, as in the
 * treebank's lemmas ("n't", "'s"). */
static size_t fold(const char *s, size_t len, char *out) {
  size_t n = 0;
  int name = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i], d = i + 1 < len ? (unsigned char)s[i + 1] : 0;
    if (c == '-') name = i + 1 < len && s[i + 1] >= 'A' && s[i + 1] <= 'Z';
    if (name) {
      out[n++] = (char)c;
    } else if (c == '`') {
      out[n++] = '\'';
    } else if (c >= 'A' && c <= 'Z') {
      out[n++] = (char)(c + 32);
    } else if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) { /* U+00C0..U+00DE but U+00D7 */
      out[n++] = (char)c;
      out[n++] = (char)(d + 0x20);
      i++;
    } else if (c == 0xE2 && i + 2 < len && d == 0x80 &&
               ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
      out[n++] = '\'';
      i += 2;
    } else {
      out[n++] = (char)c;
    }
  }
  out[n] = '\0';
  return n;
}

/* Punctuation and symbols: curly quotes become straight, dashes "-". */
static size_t punct_lemma(const char *s, size_t len, char *out, size_t cap) {
  char w[WORD_MAX];
  size_t n = 0;
  if (len >= sizeof w) return put(s, len, out, cap);
  for (size_t i = 0; i < len; i++) {
    const unsigned char *u = (const unsigned char *)s + i;
    if (u[0] == 0xE2 && i + 2 < len && u[1] == 0x80 && u[2] >= 0x93 && u[2] <= 0x9D) {
      w[n++] = u[2] <= 0x95 ? '-' : u[2] <= 0x9B ? '\'' : '"';
      i += 2;
    } else {
      w[n++] = s[i];
    }
  }
  return put(w, n, out, cap);
}

/* Numbers lose thousands separators ("1,200"), words are lower-cased, and
 * the short scales of money are spelled out ("5m"). */
static size_t num_lemma(const char *s, size_t len, char *out, size_t cap) {
  static const char *const scale[][2] = {{"k", "thousand"}, {"m", "million"}, {"mn", "million"},
                                         {"b", "billion"},  {"bn", "billion"}, {"tn", "trillion"}};
  char w[WORD_MAX];
  if (len >= sizeof w) return put(s, len, out, cap);
  size_t n = fold(s, len, w);
  for (size_t i = 0; i < sizeof scale / sizeof scale[0]; i++)
    if (!strcmp(w, scale[i][0])) return put(scale[i][1], strlen(scale[i][1]), out, cap);
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (!(w[i] == ',' && i > 0 && i + 3 < n + 1 && w[i - 1] >= '0' && w[i - 1] <= '9' && w[i + 1] >= '0' &&
          w[i + 1] <= '9'))
      w[m++] = w[i];
  return put(w, m, out, cap);
}

size_t gd_lemma_rule(const char *form, size_t len, int upos, char *out, size_t cap) {
  /* Two spare bytes: the rules may lengthen a word by as much. */
  char w[WORD_MAX + 2];
  if (cap == 0) return 0;
  switch (upos) {
  case GD_UPOS_PROPN: return put(form, len < WORD_MAX ? propn_lemma(form, len) : len, out, cap);
  case GD_UPOS_PUNCT: case GD_UPOS_SYM: return punct_lemma(form, len, out, cap);
  case GD_UPOS_NUM: return num_lemma(form, len, out, cap);
  default: break;
  }
  if (len >= WORD_MAX) { /* no rules: only lower-case what fits */
    size_t n = put(form, len, out, cap);
    for (size_t i = 0; i < n; i++)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = (char)(out[i] + 32);
    return n;
  }
  size_t n = fold(form, len, w);
  /* Capitalized adjectives of nations and faiths keep their case. */
  static const char *const people[] = {"an", "ese", "ish", "i", "ic", NULL};
  if (upos == GD_UPOS_ADJ && len > 3 && form[0] >= 'A' && form[0] <= 'Z' && form[1] >= 'a' &&
      form[1] <= 'z' && ends_any(form, len, people))
    return put(form, len, out, cap);
  char cls = upos == GD_UPOS_VERB || upos == GD_UPOS_AUX ? 'v'
           : upos == GD_UPOS_NOUN ? 'n'
           : upos == GD_UPOS_ADJ ? 'a'
           : upos == GD_UPOS_ADV ? 'r'
           : upos == GD_UPOS_PRON || upos == GD_UPOS_DET ? 'p'
           : upos == GD_UPOS_PART ? 't' : '*';
  const char *irr = irregular(w, cls);
  if (irr) return put(irr, strlen(irr), out, cap);
  /* Suffix rules apply to plain lower-case words only, and inflect the last
   * part of a hyphenated one (re-elected). */
  size_t b = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i] == '-' && i + 1 < n) b = i + 1;
    else if ((w[i] < 'a' || w[i] > 'z') && !(w[i] == '\'' && i == n - 2 && cls == 'n'))
      return put(w, n, out, cap);
  }
  char *s = w + b;
  size_t m = n - b;
  switch (cls) {
  case 'v': m = verb_lemma(s, m); break;
  case 'n': m = noun_lemma(s, m); break;
  case 'a': m = degree_lemma(s, m, 0); break;
  case 'r': m = degree_lemma(s, m, 1); break;
  default: break;
  }
  return put(w, b + m, out, cap);
}

/* ---- Inflection: the forms of a lemma, for lexicon entries that give a
 * lemma rather than its forms.  Irregular forms are the table above read
 * in reverse. */

/* Irregular forms the table keeps for tokens of speech and web text ("gon"
 * of "gonna", "doin'", "hav"), not for the standard spelling of a word; the
 * shorter ones ("ca" of "can't", "'ll", "ve") are skipped by their length. */
static int clipped(const char *f) {
  static const char *const c[] = {"art", "doin", "gettin", "gon", "hav", "sha", "wan", "wilt", NULL};
  for (const char *const *k = c; *k; k++)
    if (!strcmp(*k, f)) return 1;
  return 0;
}

/* The forms a generator call collects, without duplicates. */
struct formset {
  char v[GD_INFLECT_MAX][GD_INFLECT_WORD];
  int n;
};

static void add_form(struct formset *fs, const char *w, size_t n, const char *suffix) {
  char f[GD_INFLECT_WORD];
  size_t k = strlen(suffix);
  if (n + k >= sizeof f || fs->n == GD_INFLECT_MAX) return;
  memcpy(f, w, n);
  memcpy(f + n, suffix, k + 1);
  for (int i = 0; i < fs->n; i++)
    if (!strcmp(fs->v[i], f)) return;
  memcpy(fs->v[fs->n++], f, n + k + 1);
}

/* Whether a verb doubles its final consonant before -ed and -ing: a single
 * consonant after a single vowel, in a stressed last syllable (stop-p-ed,
 * admit-t-ed, prefer-r-ed; not visit-ed, offer-ed).  Stress is not spelled:
 * a word of one syllable has it, longer ones by the endings that carry it. */
static int doubles(const char *w, size_t n) {
  static const char *const stressed[] = {"cur", "pel", "trol", "quip", "gret", "bel", "fer", NULL};
  if (n < 3 || strchr("wxy", w[n - 1]) || vowel_at(w, n - 1) || !vowel_at(w, n - 2) || vowel_at(w, n - 3))
    return 0;
  if (syllables(w, n) == 1) return 1;
  if (ends(w, n, "ffer")) return 0; /* offer, differ, suffer */
  if (ends(w, n, "mit")) return n == 4 || !vowel_at(w, n - 4); /* omit, admit, commit; not limit */
  return ends_any(w, n, stressed);
}

/* Adds W[0..N) + SUFFIX (-ed or -ing) with the stem changes: e-drop,
 * doubling (both spellings of travel-l-ed), k after -ic (panick-ed). */
static void add_ending(struct formset *fs, const char *w, size_t n, const char *suffix) {
  char s[GD_INFLECT_WORD + 2];
  if (n + 2 >= sizeof s) return;
  memcpy(s, w, n);
  if (!doubles(w, n) && ends(w, n, "el") && !ends(w, n, "eel") && syllables(w, n) > 1) { /* travel(l)ed */
    add_form(fs, w, n, suffix);
    s[n] = 'l';
    add_form(fs, s, n + 1, suffix);
    return;
  }
  if (ends(w, n, "ic") && syllables(w, n) > 1) {
    s[n] = 'k';
    add_form(fs, s, n + 1, suffix);
    return;
  }
  if (doubles(w, n)) {
    s[n] = w[n - 1];
    add_form(fs, s, n + 1, suffix);
    return;
  }
  add_form(fs, w, n, suffix);
}

static void verb_forms(struct formset *fs, const char *w, size_t n) {
  int irregular_past = 0, irregular_s = 0;
  for (size_t i = 0; i < sizeof irregulars / sizeof irregulars[0]; i++) {
    const struct irregular *e = &irregulars[i];
    /* (The table is read once per lemma of the lexicon, at every start:
     * the cheap tests first.) */
    if (e->cls != 'v' || e->lemma[0] != w[0] || strcmp(e->lemma, w)) continue;
    size_t k = strlen(e->form);
    if (k < 3 || e->form[0] == '\'' || clipped(e->form)) continue;
    if (!ends(e->form, k, "ing")) {
      if (ends(e->form, k, "s") && strcmp(e->form, w)) irregular_s = 1; /* has, does */
      else irregular_past = 1; /* a form listed as its own lemma: cut, set */
    }
    add_form(fs, e->form, k, "");
  }
  add_form(fs, w, n, "");
  char c = w[n - 1], p = n > 1 ? w[n - 2] : 0;
  if (!irregular_s) {
    if (c == 'y' && !is_vowel(p))
      add_form(fs, w, n - 1, "ies");
    else if (c == 's' || c == 'x' || c == 'z' || c == 'o' || ends(w, n, "ch") || ends(w, n, "sh"))
      add_form(fs, w, n, "es");
    else
      add_form(fs, w, n, "s");
  }
  if (ends(w, n, "ie")) add_form(fs, w, n - 2, "ying");
  else if (c == 'e' && n > 2 && p != 'e' && p != 'o' && p != 'y') add_form(fs, w, n - 1, "ing");
  else add_ending(fs, w, n, "ing");
  if (irregular_past) return;
  if (c == 'e') add_form(fs, w, n, "d");
  else if (c == 'y' && !is_vowel(p)) add_form(fs, w, n - 1, "ied");
  else add_ending(fs, w, n, "ed");
}

static void noun_forms(struct formset *fs, const char *w, size_t n) {
  int invariant = 0, irregular_pl = 0;
  add_form(fs, w, n, "");
  for (size_t i = 0; i < sizeof irregulars / sizeof irregulars[0]; i++) {
    const struct irregular *e = &irregulars[i];
    if (e->cls != 'n' || e->lemma[0] != w[0] || strcmp(e->lemma, w)) continue;
    if (!strcmp(e->form, w)) invariant = 1; /* news, series */
    else irregular_pl = 1, add_form(fs, e->form, strlen(e->form), "");
  }
  if (irregular_pl || invariant) return;
  char c = w[n - 1], p = n > 1 ? w[n - 2] : 0;
  if (c == 'y' && !is_vowel(p)) add_form(fs, w, n - 1, "ies");
  else if (c == 's' || c == 'x' || c == 'z' || ends(w, n, "ch") || ends(w, n, "sh") || (c == 'o' && !is_vowel(p)))
    add_form(fs, w, n, "es");
  else add_form(fs, w, n, "s");
}

int gd_inflect(const char *phrase, char pos, gd_inflect_fn emit, void *arg) {
  /* Suppletive and modal verbs have forms no rule gives: list them. */
  static const char *const refused[] = {"be", "will", "shall", "can", "may", "must", "would", "could", "should",
                                        "might", NULL};
  size_t n = strcspn(phrase, " ");
  if (n == 0 || n >= GD_INFLECT_WORD - 4 || (pos != 'v' && pos != 'n')) return -1;
  char w[GD_INFLECT_WORD];
  for (size_t i = 0; i < n; i++) {
    char c = phrase[i];
    if (!((c >= 'a' && c <= 'z') || (c == '-' && i > 0 && i + 1 < n))) return -1;
    w[i] = c;
  }
  w[n] = '\0';
  if (ends(w, n, "-")) return -1;
  for (const char *const *r = refused; pos == 'v' && *r; r++)
    if (!strcmp(*r, w)) return -1;
  struct formset fs;
  fs.n = 0;
  if (pos == 'v') verb_forms(&fs, w, n);
  else noun_forms(&fs, w, n);
  const char *rest = phrase + n;
  for (int i = 0; i < fs.n; i++) {
    char f[GD_INFLECT_WORD * 2 + 256], *full = f;
    size_t fl = strlen(fs.v[i]), rl = strlen(rest);
    if (fl + rl + 1 > sizeof f && !(full = malloc(fl + rl + 1))) return -2;
    memcpy(full, fs.v[i], fl);
    memcpy(full + fl, rest, rl + 1);
    int r = emit(full, arg);
    if (full != f) free(full);
    if (r) return r;
  }
  return 0;
}
