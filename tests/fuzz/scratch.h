/* SPDX-License-Identifier: MIT
 * geordf fuzz targets: files that hold the input for readers that take a
 * path.  One scratch folder per process, removed at exit: libFuzzer's -fork
 * and -jobs modes run several processes side by side. */
#ifndef GEORDF_FUZZ_SCRATCH_H
#define GEORDF_FUZZ_SCRATCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SCRATCH_FILES 4

static char scratch_dir[4096];
static char scratch_paths[SCRATCH_FILES][4200];
static size_t scratch_n;

static void scratch_cleanup(void) {
  for (size_t i = 0; i < scratch_n; i++) unlink(scratch_paths[i]);
  if (*scratch_dir) rmdir(scratch_dir);
}

/* The path of file NAME in this process's scratch folder (TAG names the
 * folder), made on first use; NULL if it cannot be. */
static const char *scratch_file(const char *tag, const char *name) {
  if (!*scratch_dir) {
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch_dir, sizeof scratch_dir, "%s/geordf-fuzz-%s.XXXXXX", tmp && *tmp ? tmp : "/tmp", tag);
    if (!mkdtemp(scratch_dir)) {
      perror("mkdtemp");
      *scratch_dir = '\0';
      return NULL;
    }
    atexit(scratch_cleanup);
  }
  char path[sizeof scratch_paths[0]];
  snprintf(path, sizeof path, "%s/%s", scratch_dir, name);
  for (size_t i = 0; i < scratch_n; i++)
    if (!strcmp(scratch_paths[i], path)) return scratch_paths[i];
  if (scratch_n == SCRATCH_FILES) return NULL;
  memcpy(scratch_paths[scratch_n], path, sizeof path);
  return scratch_paths[scratch_n++];
}

/* Writes DATA[0..SIZE) to PATH; 0, or -1 on error. */
static int scratch_write(const char *path, const uint8_t *data, size_t size) {
  FILE *fh = fopen(path, "wb");
  if (!fh) return -1;
  size_t n = size ? fwrite(data, 1, size, fh) : 0;
  return (fclose(fh) != 0 || n != size) ? -1 : 0;
}

#endif
