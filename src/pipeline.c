/* SPDX-License-Identifier: MIT
 * geordf: extraction and RDF writing on worker threads, results in input
 * order (see pipeline.h). */
#include "config.h"
#include "pipeline.h"
#include "rdf.h"
#include "run.h"
#include "strbuf.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A batch closes at this many documents or bytes of copied input: large
 * enough that locking costs nothing, small enough that memory stays flat
 * and the workers share the work evenly. */
#define BATCH_DOCS 64
#define BATCH_BYTES (256 * 1024)
/* Batches per worker in the ring: one being worked on, one queued, one
 * finished and waiting for its turn. */
#define BATCHES_PER_JOB 3
#define NONE SIZE_MAX

typedef gd_strbuf buf;

/* Appends N bytes; returns their offset, or NONE when memory ran out. */
static size_t buf_add(buf *b, const void *p, size_t n) {
  size_t at = b->n;
  return gd_strbuf_put(b, p, n) ? NONE : at;
}

/* Drops what was added from offset AT on, and a failure to add it. */
static void buf_cut(buf *b, size_t at) {
  b->n = at;
  b->oom = 0;
  if (b->p) b->p[at] = '\0';
}

/* A string with its NUL, or NONE for NULL; *ERR is set when memory ran out. */
static size_t buf_str(buf *b, const char *s, size_t n, int *err) {
  if (!s) return NONE;
  size_t at = buf_add(b, s, n);
  if (at == NONE || buf_add(b, "", 1) == NONE) {
    *err = 1;
    return NONE;
  }
  return at;
}

typedef struct {
  gd_item_kind kind;
  /* strings are offsets into the batch's input buffer, NONE for NULL */
  size_t id, date, title, text, text_len, url; /* DOC */
  const char *source;
  gd_severity severity;                         /* DIAG */
  size_t file, message;
  unsigned long line, column;
  unsigned long skipped;                        /* SKIPPED */
  /* results, filled by a worker */
  geordf_status extracted, written;
  size_t events, rdf, rdf_len;                  /* rdf: offset into out */
} item;

enum { B_FREE, B_FILLING, B_QUEUED, B_BUSY, B_DONE };

typedef struct {
  int state;       /* B_*; changed under the pipeline's lock */
  item *items;
  size_t n, cap, ndocs;
  buf in;          /* copied document and diagnostic strings */
  buf out;         /* the RDF of its documents, one after another */
} batch;

typedef struct {
  gd_pipeline *p;
  geordf_writer *w;
  pthread_t thread;
  int started;
} worker;

struct gd_pipeline {
  const geordf_lexicon *lex;
  gd_item_sink sink;
  void *payload;
  worker *workers;
  unsigned nworkers;
  batch *ring;
  size_t nring;
  size_t fill;     /* the batch being filled, when OPEN */
  int open;
  size_t claim;    /* the next batch a worker takes */
  size_t tail;     /* the next batch handed back */
  atomic_int stopped; /* the sink stopped the run (workers peek at it) */
  int shutdown;    /* the workers must end */
  pthread_mutex_t lock;
  pthread_cond_t work;  /* a batch was queued, or shutdown */
  pthread_cond_t done;  /* a batch was finished */
};

/* ---- workers ------------------------------------------------------------- */

static const char *at(const batch *b, size_t off) {
  return off == NONE ? NULL : b->in.p + off;
}

/* Extracts and serializes the documents of B with W's writer, whose
 * buffer becomes the batch's output. */
static void work_batch(gd_pipeline *p, geordf_writer *w, batch *b) {
  size_t done = 0; /* bytes of the buffer that belong to earlier documents */
  gd_writer_buffer_clear(w);
  for (size_t i = 0; i < b->n; i++) {
    item *it = &b->items[i];
    if (it->kind != GD_ITEM_DOC) continue;
    if (atomic_load(&p->stopped)) break; /* no more results are wanted */
    geordf_document doc = {at(b, it->id), at(b, it->date), at(b, it->title),
                           at(b, it->text), it->text_len, at(b, it->url)};
    it->rdf = it->rdf_len = 0;
    it->written = gd_extract_write(w, p->lex, &doc, &it->extracted, &it->events);
    if (it->extracted == GEORDF_OK) {
      size_t len;
      gd_writer_buffer(w, &len);
      /* also what a failed write got out, as a writer on a stream would */
      it->rdf = done;
      it->rdf_len = len - done;
      done = len;
    }
  }
  b->out.n = gd_writer_buffer_swap(w, &b->out.p, &b->out.cap);
}

static void *worker_main(void *arg) {
  worker *wk = arg;
  gd_pipeline *p = wk->p;
  pthread_mutex_lock(&p->lock);
  for (;;) {
    while (!p->shutdown && p->ring[p->claim].state != B_QUEUED)
      pthread_cond_wait(&p->work, &p->lock);
    if (p->shutdown) break;
    batch *b = &p->ring[p->claim];
    p->claim = (p->claim + 1) % p->nring;
    b->state = B_BUSY;
    pthread_mutex_unlock(&p->lock);
    work_batch(p, wk->w, b);
    pthread_mutex_lock(&p->lock);
    b->state = B_DONE;
    pthread_cond_broadcast(&p->done);
  }
  pthread_mutex_unlock(&p->lock);
  return NULL;
}

/* ---- the queueing thread ------------------------------------------------- */

/* Hands the items of the finished batch B to the sink; 1 if it stopped. */
static int deliver(gd_pipeline *p, batch *b) {
  for (size_t i = 0; i < b->n && !p->stopped; i++) {
    const item *it = &b->items[i];
    gd_item r = {it->kind, NULL, NULL, GEORDF_OK, GEORDF_OK, 0, NULL, 0, NULL, 0};
    gd_diag d;
    switch (it->kind) {
    case GD_ITEM_DOC:
      r.id = at(b, it->id);
      r.source = it->source;
      r.extracted = it->extracted;
      r.written = it->written;
      r.events = it->events;
      r.rdf = b->out.p ? b->out.p + it->rdf : "";
      r.rdf_len = it->rdf_len;
      break;
    case GD_ITEM_DIAG:
      d = (gd_diag){it->severity, at(b, it->file), it->line, it->column,
                    at(b, it->message)};
      r.diag = &d;
      break;
    case GD_ITEM_SKIPPED:
      r.skipped = it->skipped;
      break;
    }
    if (p->sink(&r, p->payload)) atomic_store(&p->stopped, 1);
  }
  return p->stopped;
}

/* Empties B for reuse; a buffer that grew large for one huge document is
 * let go, so memory returns to its usual size. */
static void reset(batch *b) {
  b->n = b->ndocs = 0;
  gd_strbuf_clear(&b->in);
  gd_strbuf_clear(&b->out);
  if (b->in.cap > 4 * BATCH_BYTES) gd_strbuf_free(&b->in);
  if (b->out.cap > 16 * BATCH_BYTES) gd_strbuf_free(&b->out);
}

/* Hands back finished batches in order.  With WAIT, waits until the oldest
 * one in flight is finished (when there is one).  Returns 1 if stopped. */
static int collect(gd_pipeline *p, int wait) {
  for (;;) {
    pthread_mutex_lock(&p->lock);
    batch *b = &p->ring[p->tail];
    if (wait)
      while (b->state == B_QUEUED || b->state == B_BUSY)
        pthread_cond_wait(&p->done, &p->lock);
    int ready = b->state == B_DONE;
    pthread_mutex_unlock(&p->lock);
    if (!ready) return p->stopped;
    /* a finished batch is the queueing thread's alone: no lock needed */
    int stop = deliver(p, b);
    reset(b);
    pthread_mutex_lock(&p->lock);
    b->state = B_FREE;
    pthread_mutex_unlock(&p->lock);
    p->tail = (p->tail + 1) % p->nring;
    if (stop) return 1;
    wait = 0;
  }
}

static int state_of(gd_pipeline *p, const batch *b) {
  pthread_mutex_lock(&p->lock);
  int st = b->state;
  pthread_mutex_unlock(&p->lock);
  return st;
}

static void submit(gd_pipeline *p) {
  batch *b = &p->ring[p->fill];
  pthread_mutex_lock(&p->lock);
  b->state = B_QUEUED;
  pthread_cond_signal(&p->work);
  pthread_mutex_unlock(&p->lock);
  p->fill = (p->fill + 1) % p->nring;
  p->open = 0;
}

/* The batch to add to, after handing back what is finished; NULL when
 * stopped. */
static batch *filling(gd_pipeline *p) {
  if (p->stopped) return NULL;
  batch *b = &p->ring[p->fill];
  if (p->open) return b;
  if (collect(p, 0)) return NULL;
  /* every batch in flight: wait for the oldest */
  while (state_of(p, b) != B_FREE)
    if (collect(p, 1)) return NULL;
  pthread_mutex_lock(&p->lock);
  b->state = B_FILLING; /* no worker looks at a filling batch */
  pthread_mutex_unlock(&p->lock);
  p->open = 1;
  return b;
}

/* A new item in B, or NULL when memory ran out. */
static item *new_item(batch *b, gd_item_kind kind) {
  if (b->n == b->cap) {
    size_t cap = b->cap ? 2 * b->cap : BATCH_DOCS;
    item *v = realloc(b->items, cap * sizeof *v);
    if (!v) return NULL;
    b->items = v;
    b->cap = cap;
  }
  item *it = &b->items[b->n++];
  memset(it, 0, sizeof *it);
  it->kind = kind;
  return it;
}

geordf_status gd_pipeline_entity_graph(gd_pipeline *p) {
  /* the workers touch their writers only for a batch, handed over under
   * the lock, so setting them here, before any batch, is safe */
  for (unsigned i = 0; i < p->nworkers; i++) {
    geordf_status st = gd_writer_entity_graph(p->workers[i].w);
    if (st != GEORDF_OK) return st;
  }
  return GEORDF_OK;
}

int gd_pipeline_doc(gd_pipeline *p, const geordf_document *doc,
                    const char *source) {
  batch *b = filling(p);
  if (!b) return 1;
  size_t n0 = b->n, in0 = b->in.n;
  item *it = new_item(b, GD_ITEM_DOC);
  int err = !it;
  if (it) {
    const char *text = doc->text ? doc->text : "";
    it->id = buf_str(&b->in, doc->id, doc->id ? strlen(doc->id) : 0, &err);
    it->date = buf_str(&b->in, doc->date, doc->date ? strlen(doc->date) : 0, &err);
    it->title = buf_str(&b->in, doc->title, doc->title ? strlen(doc->title) : 0, &err);
    it->text = buf_str(&b->in, text, doc->text_len, &err);
    it->text_len = doc->text_len;
    it->source = source;
    it->url = buf_str(&b->in, doc->url, doc->url ? strlen(doc->url) : 0, &err);
  }
  if (err) {
    b->n = n0;
    buf_cut(&b->in, in0);
    return -1;
  }
  if (++b->ndocs >= BATCH_DOCS || b->in.n >= BATCH_BYTES) submit(p);
  return 0;
}

int gd_pipeline_diag(gd_pipeline *p, const gd_diag *d) {
  batch *b = filling(p);
  if (!b) return 1;
  size_t n0 = b->n, in0 = b->in.n;
  item *it = new_item(b, GD_ITEM_DIAG);
  int err = !it;
  if (it) {
    it->severity = d->severity;
    it->line = d->line;
    it->column = d->column;
    it->file = buf_str(&b->in, d->file, d->file ? strlen(d->file) : 0, &err);
    it->message = buf_str(&b->in, d->message, d->message ? strlen(d->message) : 0, &err);
  }
  if (err) {
    b->n = n0;
    buf_cut(&b->in, in0);
    return -1;
  }
  return 0;
}

void gd_pipeline_diag_sink(const gd_diag *d, void *payload) {
  gd_pipeline *p = payload;
  if (gd_pipeline_diag(p, d) < 0) {
    /* out of memory: rather out of order than lost */
    gd_item r = {GD_ITEM_DIAG, NULL, NULL, GEORDF_OK, GEORDF_OK, 0, NULL, 0, d, 0};
    if (p->sink(&r, p->payload)) atomic_store(&p->stopped, 1);
  }
}

int gd_pipeline_skipped(gd_pipeline *p, unsigned long n) {
  batch *b = filling(p);
  if (!b) return 1;
  item *it = new_item(b, GD_ITEM_SKIPPED);
  if (!it) return -1;
  it->skipped = n;
  return 0;
}

int gd_pipeline_drain(gd_pipeline *p) {
  if (p->stopped) return 1;
  if (p->open) submit(p);
  while (state_of(p, &p->ring[p->tail]) != B_FREE)
    if (collect(p, 1)) return 1;
  return 0;
}

void gd_pipeline_frame(const gd_pipeline *p, const char **head, size_t *head_len,
                       const char **tail, size_t *tail_len) {
  gd_writer_frame(p->workers[0].w, head, head_len, tail, tail_len);
}

/* ---- set-up and tear-down ------------------------------------------------ */

geordf_status gd_pipeline_new(gd_pipeline **out, const geordf_lexicon *lex,
                              geordf_format format, const char *base,
                              unsigned jobs, gd_item_sink sink, void *payload) {
  *out = NULL;
  if (!lex || !sink || jobs < 1 || !gd_format_splits(format))
    return GEORDF_ERR_ARG;
  gd_pipeline *p = calloc(1, sizeof *p);
  if (!p) return GEORDF_ERR_NOMEM;
  p->lex = lex;
  p->sink = sink;
  p->payload = payload;
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  p->nring = (size_t)jobs * BATCHES_PER_JOB;
  p->ring = calloc(p->nring, sizeof *p->ring);
  p->workers = calloc(jobs, sizeof *p->workers);
  if (!p->ring || !p->workers) {
    gd_pipeline_free(p);
    return GEORDF_ERR_NOMEM;
  }
  p->nworkers = jobs;
  /* Writers are made here, on one thread: raptor's start-up (and libxml2's
   * under it) is not safe to run on several threads at once. */
  for (unsigned i = 0; i < jobs; i++) {
    p->workers[i].p = p;
    geordf_status st = gd_writer_new_buffer(&p->workers[i].w, format, base);
    if (st != GEORDF_OK) {
      gd_pipeline_free(p);
      return st;
    }
  }
  /* Signals go to the queueing thread, whose handlers clean up; workers
   * block them. */
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  geordf_status st = GEORDF_OK;
  for (unsigned i = 0; i < jobs && st == GEORDF_OK; i++) {
    if (pthread_create(&p->workers[i].thread, NULL, worker_main, &p->workers[i]))
      st = GEORDF_ERR_RDF;
    else
      p->workers[i].started = 1;
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  if (st != GEORDF_OK) {
    gd_pipeline_free(p);
    return st;
  }
  *out = p;
  return GEORDF_OK;
}

void gd_pipeline_free(gd_pipeline *p) {
  if (!p) return;
  atomic_store(&p->stopped, 1);
  pthread_mutex_lock(&p->lock);
  p->shutdown = 1;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->lock);
  for (unsigned i = 0; p->workers && i < p->nworkers; i++) {
    if (p->workers[i].started) pthread_join(p->workers[i].thread, NULL);
    geordf_writer_free(p->workers[i].w);
  }
  for (size_t i = 0; p->ring && i < p->nring; i++) {
    free(p->ring[i].items);
    gd_strbuf_free(&p->ring[i].in);
    gd_strbuf_free(&p->ring[i].out);
  }
  pthread_cond_destroy(&p->done);
  pthread_cond_destroy(&p->work);
  pthread_mutex_destroy(&p->lock);
  free(p->ring);
  free(p->workers);
  free(p);
}
