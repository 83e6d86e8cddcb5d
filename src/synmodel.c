/* geordf: reading and writing the syntax model file.
 * SPDX-License-Identifier: MIT
 *
 * Layout, in 32-bit little-endian words: the magic "GDSYNTX1", a version,
 * then eight sections (labels, the tagger's two passes, transitions, labeller,
 * lemmas, tag dictionary, label dictionary), each a word of
 * length in bytes followed by that many bytes (a multiple of 4) that begin
 * at a multiple of 64 (zeros before the length word), then a 64-bit
 * checksum of everything before it.  The structure is checked before
 * use, so a truncated or foreign file is refused with a message, and the
 * tables themselves never read outside their bounds whatever their contents.
 * Opening a model file checks the structure only: the checksum reads all of
 * its 20-odd MB, which took a third of extract's start-up (memory-bound, 8 to
 * 9 ms), so it is verified by gd_synmodel_verify() (parse --eval, and every
 * open with GEORDF_VERIFY_MODEL=1) and by gd_synmodel_view(). */
#define _DEFAULT_SOURCE /* madvise */
#include "synmodel.h"
#include "parser.h"
#include "ud.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAGIC "GDSYNTX1"
#define VERSION 7u

/* Where the section whose length word would be at byte AT starts: its
 * bytes begin at a multiple of 64 (zeros before the length word), so that
 * a table's slots sit at the cache-line offsets it was laid out for. */
static size_t section_at(size_t at) { return (at + 4 + 63) / 64 * 64 - 4; }

static int fail(gd_synmodel *m, const char *name, const char *fmt, ...) {
  va_list ap;
  int n = snprintf(m->error, sizeof m->error, "%s: ", name);
  va_start(ap, fmt);
  if (n > 0 && (size_t)n < sizeof m->error) vsnprintf(m->error + n, sizeof m->error - (size_t)n, fmt, ap);
  va_end(ap);
  return -1;
}

/* A checksum of N words at W: four independent lanes, so that checking a
 * model of tens of megabytes takes milliseconds. */
/* The checksum of N words at W, going through them in pieces; with
 * RELEASE, each piece of the mapping read is given back to the kernel (the
 * pages stay in the page cache): a process that parses little never holds
 * the whole model, and parsing brings back only the pages it touches. */
static uint64_t checksum(const uint32_t *w, size_t n, int release) {
  uint64_t h[4] = {0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL, 0x165667B19E3779F9ULL, 0x27D4EB2F165667C5ULL};
  const size_t piece = (size_t)1 << 18; /* words: 1 MB, a multiple of 8 and of the page size */
  size_t i = 0;
  while (i + 8 <= n) {
    size_t start = i, stop = i + piece < n ? i + piece : n - (n - i) % 8;
    for (; i < stop; i += 8)
      for (int l = 0; l < 4; l++) {
        uint64_t x; /* words 2l and 2l + 1, the first low: the file is little-endian */
        memcpy(&x, w + i + 2 * l, sizeof x);
        h[l] = (h[l] ^ x) * 0x100000001b3ULL;
      }
    /* (whole pieces only: they start and end on page boundaries) */
    if (release && stop - start == piece) madvise((void *)(w + start), piece * 4, MADV_DONTNEED);
  }
  for (; i < n; i++) h[0] = (h[0] ^ w[i]) * 0x100000001b3ULL;
  return gd_fmix(h[0] ^ gd_fmix(h[1] ^ gd_fmix(h[2] ^ gd_fmix(h[3]))));
}

uint64_t gd_synmodel_checksum(const uint32_t *w, size_t n) { return checksum(w, n, 0); }

static int little_endian(void) {
  const uint32_t one = 1;
  return *(const unsigned char *)&one == 1;
}

#define DAMAGED "the model file is damaged or not a geordf model (%s); rebuild it with geordf-train"

/* The hash of a lemma exception's form and tag for the filter: its length,
 * its first and last two bytes and the tag, not a pass over the word. */
static uint64_t exc_hash(const char *form, size_t len, unsigned upos) {
  const unsigned char *f = (const unsigned char *)form;
  uint64_t x = (uint64_t)len | (uint64_t)upos << 16;
  if (len) x |= (uint64_t)f[0] << 24 | (uint64_t)f[len - 1] << 32 | (uint64_t)f[len > 1 ? len - 2 : 0] << 40;
  return gd_fmix(x);
}

static atomic_uint_fast64_t serials;

static int view(gd_synmodel *m, const unsigned char *p, size_t len, const char *name, int full) {
  int mapped = m->mapped;
  memset(m, 0, sizeof *m);
  m->mapped = mapped;
  m->base = p;
  m->len = len;
  if (!little_endian()) return fail(m, name, "syntax models are little-endian; this machine is not");
  if (len < 8 + 4 + 8 || memcmp(p, MAGIC, 8)) return fail(m, name, DAMAGED, "no model header");
  if (len % 4 || ((uintptr_t)p & 3)) return fail(m, name, DAMAGED, "its length is not a whole number of words");
  const uint32_t *w = (const uint32_t *)(const void *)p;
  size_t nw = len / 4;
  if (w[2] != VERSION) return fail(m, name, "model format version %u; this geordf reads version %u: retrain the model", w[2], VERSION);
  uint64_t sum = (uint64_t)w[nw - 2] | (uint64_t)w[nw - 1] << 32;
  if (full && sum != checksum(w, nw - 2, mapped))
    return fail(m, name, DAMAGED, "checksum mismatch: truncated or altered");
  /* The sections. */
  const unsigned char *sec[8];
  size_t slen[8], at = 12, end = len - 8;
  for (int i = 0; i < 8; i++) {
    at = section_at(at);
    if (at > end || end - at < 4) return fail(m, name, DAMAGED, "a section is missing");
    uint32_t l = w[at / 4];
    at += 4;
    if (l % 4 || l > end - at) return fail(m, name, DAMAGED, "a section runs past the end");
    sec[i] = p + at;
    slen[i] = l;
    at += l;
  }
  if (at != end) return fail(m, name, DAMAGED, "bytes after the last section");
  /* Labels: count, root, NUL-terminated names. */
  const uint32_t *lw = (const uint32_t *)(const void *)sec[0];
  if (slen[0] < 8 || lw[0] < 2 || lw[0] > GD_MAX_LABELS || lw[1] >= lw[0])
    return fail(m, name, DAMAGED, "bad label table");
  m->nlabel = (int)lw[0];
  m->root = (int)lw[1];
  const char *s = (const char *)sec[0] + 8, *send = (const char *)sec[0] + slen[0];
  for (int i = 0; i < m->nlabel; i++) {
    const char *z = memchr(s, '\0', (size_t)(send - s));
    if (!z || z == s) return fail(m, name, DAMAGED, "bad label table");
    m->label[i] = s;
    s = z + 1;
  }
  if (strcmp(m->label[m->root], "root")) return fail(m, name, DAMAGED, "no root label");
  if (gd_ptable_view(&m->tag, sec[1], slen[1]) || gd_ptable_view(&m->tag2, sec[2], slen[2]) ||
      m->tag.nclass != 17 || m->tag2.nclass != 17)
    return fail(m, name, DAMAGED, "bad tagger table");
  if (gd_ptable_view(&m->parse, sec[3], slen[3])) return fail(m, name, DAMAGED, "bad parser table");
  if (m->parse.nclass != GD_NTRANS) return fail(m, name, DAMAGED, "the parser table is not one of transitions");
  if (gd_ptable_view(&m->label_tab, sec[4], slen[4]) || m->label_tab.nclass != (uint32_t)m->nlabel)
    return fail(m, name, DAMAGED, "bad labeller table");
  /* Lemmas: count, blob size, offsets, blob. */
  const uint32_t *ew = (const uint32_t *)(const void *)sec[5];
  if (slen[5] < 8 || ew[0] > (slen[5] - 8) / 4 || ew[1] > slen[5] - 8 - 4 * (size_t)ew[0])
    return fail(m, name, DAMAGED, "bad lemma table");
  m->nexc = ew[0];
  m->exc_off = ew + 2;
  m->exc = (const char *)(ew + 2 + ew[0]);
  m->exc_len = ew[1];
  for (uint32_t i = 0; i < m->nexc; i++) {
    uint32_t o = m->exc_off[i];
    const char *e = m->exc + o, *z1, *z2;
    if (o >= m->exc_len || !(z1 = memchr(e + 1, '\0', m->exc_len - o - 1)) ||
        !(z2 = memchr(z1 + 1, '\0', (size_t)(m->exc + m->exc_len - z1 - 1))))
      return fail(m, name, DAMAGED, "bad lemma table");
    uint64_t h = exc_hash(e + 1, (size_t)(z1 - e - 1), (unsigned char)e[0]);
    m->exc_filter[(h >> 6) & 63] |= 1ULL << (h & 63);
    m->exc_filter[(h >> 18) & 63] |= 1ULL << ((h >> 12) & 63);
  }
  /* The tag dictionary: its tags are used without further checks. */
  if (gd_pslots_view(&m->tagdict, sec[6], slen[6])) return fail(m, name, DAMAGED, "bad tag dictionary");
  for (size_t i = 0; i < (size_t)m->tagdict.nslot + m->tagdict.ntail; i++)
    if (m->tagdict.slot[2 * i] && m->tagdict.slot[2 * i + 1] >= GD_UPOS_COUNT)
      return fail(m, name, DAMAGED, "bad tag dictionary");
  /* The label dictionary: labels that are not "root", or 255. */
  if (slen[7] != GD_LABDICT_SIZE) return fail(m, name, DAMAGED, "bad label dictionary");
  for (size_t i = 0; i < GD_LABDICT_SIZE; i++)
    if (sec[7][i] != 255 && (sec[7][i] >= m->nlabel || sec[7][i] == m->root))
      return fail(m, name, DAMAGED, "bad label dictionary");
  m->labdict = sec[7];
  m->serial = atomic_fetch_add(&serials, 1) + 1;
  return 0;
}

int gd_synmodel_view(gd_synmodel *m, const unsigned char *p, size_t len, const char *name) {
  return view(m, p, len, name, 1);
}

int gd_synmodel_verify(gd_synmodel *m, const char *name) {
  const uint32_t *w = (const uint32_t *)(const void *)m->base;
  size_t nw = m->len / 4;
  if (!m->base || nw < 4) return fail(m, name, DAMAGED, "no model header");
  uint64_t sum = (uint64_t)w[nw - 2] | (uint64_t)w[nw - 1] << 32;
  if (sum != checksum(w, nw - 2, m->mapped)) return fail(m, name, DAMAGED, "checksum mismatch: truncated or altered");
  return 0;
}

static int verify_on_open;

void gd_synmodel_set_verify(int on) { verify_on_open = on; }

int gd_synmodel_open(gd_synmodel *m, const char *path) {
  memset(m, 0, sizeof *m);
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return fail(m, path, "cannot open the syntax model: %s (build it with make, or set GEORDF_MODEL)", strerror(errno));
  struct stat st;
  if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
    close(fd);
    return fail(m, path, "the syntax model is not a regular file");
  }
  size_t len = (size_t)st.st_size;
  if (len == 0) {
    close(fd);
    return fail(m, path, DAMAGED, "empty file");
  }
  /* (Not populated: the checksum reads the pages a piece at a time and
   * lets each go; see checksum().) */
  void *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED) return fail(m, path, "cannot map the syntax model: %s", strerror(errno));
  m->mapped = 1;
  if (view(m, p, len, path, 0)) return -1;
  return verify_on_open ? gd_synmodel_verify(m, path) : 0;
}

void gd_synmodel_close(gd_synmodel *m) {
  if (m->mapped && m->base) munmap((void *)m->base, m->len);
  m->base = NULL;
  m->mapped = 0;
}

static int cmp_entry(const char *e, const char *form, size_t len, int upos) {
  const char *f = e + 1;
  size_t fl = strlen(f);
  int c = memcmp(f, form, fl < len ? fl : len);
  if (c) return c;
  if (fl != len) return fl < len ? -1 : 1;
  return (unsigned char)e[0] - upos;
}

const char *gd_synmodel_lemma(const gd_synmodel *m, const char *form, size_t len, int upos) {
  uint32_t lo = 0, hi = m->nexc;
  uint64_t h = exc_hash(form, len, (unsigned)upos);
  if (!(m->exc_filter[(h >> 6) & 63] >> (h & 63) & 1) || !(m->exc_filter[(h >> 18) & 63] >> ((h >> 12) & 63) & 1))
    return NULL;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const char *e = m->exc + m->exc_off[mid];
    int c = cmp_entry(e, form, len, upos);
    if (!c) return e + 2 + strlen(e + 1);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* ---- writing ------------------------------------------------------------ */

unsigned char *gd_synmodel_lemmas(const char *const *form, const int *upos, const char *const *lemma,
                                  size_t n, size_t *len) {
  size_t blob = 0;
  for (size_t i = 0; i < n; i++) blob += 1 + strlen(form[i]) + 1 + strlen(lemma[i]) + 1;
  size_t pad = (4 - blob % 4) % 4;
  *len = 8 + 4 * n + blob + pad;
  unsigned char *out = calloc(1, *len);
  if (!out) return NULL;
  uint32_t *w = (uint32_t *)(void *)out;
  w[0] = (uint32_t)n;
  w[1] = (uint32_t)(blob + pad);
  char *b = (char *)(w + 2 + n);
  size_t at = 0;
  for (size_t i = 0; i < n; i++) {
    w[2 + i] = (uint32_t)at;
    b[at++] = (char)upos[i];
    size_t fl = strlen(form[i]) + 1, ll = strlen(lemma[i]) + 1;
    memcpy(b + at, form[i], fl);
    memcpy(b + at + fl, lemma[i], ll);
    at += fl + ll;
  }
  return out;
}

int gd_synmodel_write(FILE *f, const gd_synmodel_parts *pt) {
  size_t lab = 8;
  for (int i = 0; i < pt->nlabel; i++) lab += strlen(pt->label[i]) + 1;
  lab = (lab + 3) / 4 * 4;
  size_t total = 12 + 8 * 4 + lab + pt->tag_len + pt->tag2_len + pt->parse_len + pt->labeller_len + pt->lemmas_len +
                 pt->tagdict_len + GD_LABDICT_SIZE + 8 + 8 * 64;
  unsigned char *buf = calloc(1, total);
  if (!buf) return -1;
  uint32_t *w = (uint32_t *)(void *)buf;
  memcpy(buf, MAGIC, 8);
  w[2] = VERSION;
  size_t at = section_at(12);
  w[at / 4] = (uint32_t)lab;
  at += 4;
  uint32_t *lw = (uint32_t *)(void *)(buf + at);
  lw[0] = (uint32_t)pt->nlabel;
  lw[1] = (uint32_t)pt->root;
  char *s = (char *)buf + at + 8;
  for (int i = 0; i < pt->nlabel; i++) {
    size_t l = strlen(pt->label[i]) + 1;
    memcpy(s, pt->label[i], l);
    s += l;
  }
  at += lab;
  const unsigned char *part[7] = {pt->tag, pt->tag2, pt->parse, pt->labeller, pt->lemmas, pt->tagdict, pt->labdict};
  size_t plen[7] = {pt->tag_len, pt->tag2_len, pt->parse_len, pt->labeller_len, pt->lemmas_len, pt->tagdict_len,
                    GD_LABDICT_SIZE};
  for (int i = 0; i < 7; i++) {
    at = section_at(at);
    w[at / 4] = (uint32_t)plen[i];
    at += 4;
    memcpy(buf + at, part[i], plen[i]);
    at += plen[i];
  }
  uint64_t sum = gd_synmodel_checksum(w, at / 4);
  w[at / 4] = (uint32_t)sum;
  w[at / 4 + 1] = (uint32_t)(sum >> 32);
  at += 8;
  int bad = fwrite(buf, 1, at, f) != at;
  free(buf);
  return bad ? -1 : 0;
}
