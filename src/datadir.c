/* geordf: finds the data folder (ontology and bundled lexicon) at run time.
 * SPDX-License-Identifier: MIT
 *
 * Order: the folder gd_datadir_set() gave (the geordf tool: $GEORDF_DATADIR;
 * the library reads no environment); the source tree when the code runs from the build
 * tree (so an uninstalled build never reads a stale installed copy); the
 * data folder next to the installed program or library (so an install moved
 * elsewhere, or staged with DESTDIR, still finds its own data); the
 * configured data folder.  An installed copy never reads the source tree. */
#define _GNU_SOURCE /* dladdr */
#include "config.h"
#include "lexicon.h"
#include "synmodel.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef HAVE_DLADDR
#include <dlfcn.h>
#endif

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

static char found[PATH_MAX + 16]; /* the answer: DATADIR/lexicon */

/* Sets FOUND to DATADIR/lexicon and returns 1 when that folder exists. */
static int lexicon_in(const char *datadir) {
  struct stat sb;
  int n = snprintf(found, sizeof found, "%s/lexicon", datadir);
  return n > 0 && (size_t)n < sizeof found && stat(found, &sb) == 0 &&
         S_ISDIR(sb.st_mode);
}

#if defined(GEORDF_BINDIR) || defined(GEORDF_LIBDIR)
/* The path from folder FROM to TO, both absolute ("../share/geordf" from
 * "/usr/bin" to "/usr/share/geordf").  Returns -1 when OUT is too small. */
static int relative_path(char *out, size_t n, const char *from, const char *to) {
  size_t lf, lt, used = 0;
  for (;;) { /* skip the common leading components */
    while (*from == '/') from++;
    while (*to == '/') to++;
    lf = strcspn(from, "/");
    lt = strcspn(to, "/");
    if (!lf || lf != lt || strncmp(from, to, lf)) break;
    from += lf;
    to += lt;
  }
  for (; *from; from += lf) { /* one ".." per component left in FROM */
    while (*from == '/') from++;
    if (!(lf = strcspn(from, "/"))) break;
    if (used + 4 > n) return -1;
    memcpy(out + used, "../", 3);
    used += 3;
  }
  if (used + strlen(to) + 1 > n) return -1;
  strcpy(out + used, to);
  return 0;
}
#endif

/* The absolute paths of the files this code runs from: the shared library
 * holding it (when it is one) and the program.  Returns how many. */
static int module_paths(char paths[2][PATH_MAX]) {
  int n = 0;
#ifdef HAVE_DLADDR
  Dl_info info;
  /* for the main program dli_fname may be a bare argv[0]: only a path counts */
  if (dladdr((void *)found, &info) && info.dli_fname && strchr(info.dli_fname, '/') &&
      realpath(info.dli_fname, paths[n]))
    n++;
#endif
  ssize_t len = readlink("/proc/self/exe", paths[n], PATH_MAX - 1);
  if (len > 0) {
    paths[n][len] = '\0';
    if (n == 0 || strcmp(paths[0], paths[n])) n++;
  }
  return n;
}

#ifdef GEORDF_BUILDDIR
/* Whether PATH lies inside the folder DIR. */
static int inside(const char *path, const char *dir) {
  size_t n = strlen(dir);
  return !strncmp(path, dir, n) && path[n] == '/';
}
#endif

/* gd_datadir_set(), gd_model_path_set(): borrowed */
static const char *datadir_set, *model_set;

void gd_datadir_set(const char *datadir) { datadir_set = datadir && *datadir ? datadir : NULL; }
void gd_model_path_set(const char *path) { model_set = path && *path ? path : NULL; }

const char *geordf_lexicon_default_dir(void) {
  if (datadir_set) /* a folder given explicitly must be right */
    return lexicon_in(datadir_set) ? found : NULL;

  char mods[2][PATH_MAX];
  int n = module_paths(mods);
#if defined(GEORDF_BUILDDIR) && defined(GEORDF_SRCDATADIR)
  char build[PATH_MAX];
  if (realpath(GEORDF_BUILDDIR, build))
    for (int i = 0; i < n; i++)
      if (inside(mods[i], build) && lexicon_in(GEORDF_SRCDATADIR)) return found;
#endif
#if defined(GEORDF_BINDIR) || defined(GEORDF_LIBDIR)
  static const char *const homes[] = {
#ifdef GEORDF_BINDIR
      GEORDF_BINDIR,
#endif
#ifdef GEORDF_LIBDIR
      GEORDF_LIBDIR,
#endif
  };
  for (int i = 0; i < n; i++) {
    char *slash = strrchr(mods[i], '/');
    if (!slash) continue;
    *slash = '\0'; /* the folder of the module */
    for (size_t h = 0; h < sizeof homes / sizeof homes[0]; h++) {
      char rel[PATH_MAX], dir[2 * PATH_MAX + 2];
      if (relative_path(rel, sizeof rel, homes[h], GEORDF_PKGDATADIR)) continue;
      int k = snprintf(dir, sizeof dir, "%s/%s", mods[i], rel);
      if (k > 0 && (size_t)k < sizeof dir && lexicon_in(dir)) return found;
    }
  }
#endif
  if (lexicon_in(GEORDF_PKGDATADIR)) return found;
#ifdef GEORDF_SRCDATADIR
  /* Only when there is no telling where the code runs from (a build
   * outside automake, such as the fuzz build, or no /proc). */
#ifdef GEORDF_BUILDDIR
  if (n == 0)
#endif
    if (lexicon_in(GEORDF_SRCDATADIR)) return found;
#endif
  (void)n;
  return NULL;
}

static char model[PATH_MAX + 32];

static int model_at(const char *dir) {
  struct stat sb;
  int n = snprintf(model, sizeof model, "%s/" GD_MODEL_FILE, dir);
  return n > 0 && (size_t)n < sizeof model && stat(model, &sb) == 0;
}

const char *gd_model_default_path(void) {
  if (model_set) return model_set;
#ifdef GEORDF_BUILDDIR
  /* A build tree's model is built there (make), not in the source tree. */
  char mods[2][PATH_MAX], build[PATH_MAX];
  int n = module_paths(mods);
  if (realpath(GEORDF_BUILDDIR, build))
    for (int i = 0; i < n; i++)
      if (inside(mods[i], build) && model_at(GEORDF_BUILDDIR "/data")) return model;
#endif
  const char *lex = geordf_lexicon_default_dir();
  if (lex) {
    char dir[sizeof found];
    snprintf(dir, sizeof dir, "%s", lex);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    if (model_at(dir)) return model;
  }
  if (model_at(GEORDF_PKGDATADIR)) return model;
  return NULL;
}
