/* geordf: tokens with byte offsets, and sentences.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_TOKEN_H
#define GEORDF_TOKEN_H

#include <stddef.h>

enum {
  GD_TOK_WORD = 1u << 0,    /* starts with a letter */
  GD_TOK_CAP = 1u << 1,     /* first letter upper case */
  GD_TOK_ALLCAPS = 1u << 2, /* every letter upper case (2 or more letters) */
  GD_TOK_NUM = 1u << 3,     /* starts with a digit */
  GD_TOK_PUNCT = 1u << 4,   /* anything else: one character (or an entity) */
  GD_TOK_POSS = 1u << 5,    /* the possessive "'s" or a bare "'" after -s */
  GD_TOK_ABBR = 1u << 6,    /* an abbreviation that kept its dot ("Nov.", "U.S.") */
  GD_TOK_HYPHEN = 1u << 7,  /* a '-' split out of a compound ("Moscow-Ankara") */
  GD_TOK_ENTITY = 1u << 8   /* "#39;", "quot;": its norm is the character meant */
};

typedef struct {
  size_t b, e;       /* byte span in the text */
  const char *norm;  /* folded form (gd_text_fold); owned by the gd_tokens */
  unsigned flags;
  unsigned nl;       /* newlines in the space before this token */
} gd_token;

typedef struct {
  size_t tb, te;     /* token range [tb, te) */
  size_t b, e;       /* byte span of the sentence */
} gd_sentence;

typedef struct gd_tokens {
  gd_token *tok;
  size_t ntok;
  gd_sentence *sent;
  size_t nsent;
  struct gd_chunk *arena; /* folded strings */
  size_t captok, capsent; /* allocated sizes of tok and sent */
} gd_tokens;

/* Tokenizes TEXT[0..LEN) and splits it into sentences.  Returns NULL on
 * allocation failure.  Free with gd_tokens_free(). */
gd_tokens *gd_tokenize(const char *text, size_t len);

/* Tokenizes TEXT[0..LEN) into T, reusing its memory (for many short texts):
 * earlier tokens and strings of T are gone.  Returns 0, or -1 on allocation
 * failure (T is then empty). */
int gd_tokenize_again(gd_tokens *t, const char *text, size_t len);

/* A sentence ends after this many tokens whatever follows (text without
 * punctuation): what is held for one sentence stays bounded. */
#ifndef GD_SENTENCE_MAX_TOKENS
#define GD_SENTENCE_MAX_TOKENS 1000
#endif

/* Tokens a window holds past its last whole sentence: what reads ahead of
 * a sentence reads at most 63, and a phrase there is read whole. */
#ifndef GD_WINDOW_AHEAD
#define GD_WINDOW_AHEAD 128
#endif

/* Tokenizes a window of TEXT[0..LEN) into T, reusing its memory: from
 * byte FROM (the end of a sentence, or 0) over at least BYTES bytes, and
 * on until it holds a whole sentence and GD_WINDOW_AHEAD tokens after its
 * last one.  Offsets are of TEXT, tokens and sentences numbered from 0 in
 * the window.  *DONE: how many of its sentences are whole, as gd_tokenize()
 * would split them (all, when the window reached LEN); the next window
 * starts at the end of the last of them.  Returns 0, or -1 on allocation
 * failure (T is then empty). */
int gd_tokenize_window(gd_tokens *t, const char *text, size_t len, size_t from, size_t bytes, size_t *done);

void gd_tokens_free(gd_tokens *t);

/* LEN bytes in the arena of T, aligned for any type, freed with T; NULL on
 * failure. */
void *gd_tokens_alloc(gd_tokens *t, size_t len);

/* Makes room for N more bytes in the arena of T, in one piece: on huge
 * pages from 2 MB on (gd_malloc_big(), hash.h), for an arena that
 * start-up fills (the lexicon's).  -1 on failure. */
int gd_tokens_reserve(gd_tokens *t, size_t n);

/* Copies LEN bytes into the arena of T (NUL-terminated); NULL on failure. */
char *gd_tokens_strdup(gd_tokens *t, const char *s, size_t len);

#endif
