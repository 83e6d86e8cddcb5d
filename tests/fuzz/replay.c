/* SPDX-License-Identifier: MIT
 * geordf fuzz replay: a main() that feeds files (or every file of a folder)
 * to a fuzz target's LLVMFuzzerTestOneInput, so gcc builds without libFuzzer
 * can rerun the seed corpus and the saved crash inputs under `make check`. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs past this are cut, as libFuzzer's -max_len would. */
#define REPLAY_MAX (1024 * 1024)

static int replay_file(const char *path) {
  FILE *fh = fopen(path, "rb");
  if (!fh) {
    perror(path);
    return -1;
  }
  uint8_t *buf = malloc(REPLAY_MAX);
  if (!buf) {
    fclose(fh);
    return -1;
  }
  size_t n = fread(buf, 1, REPLAY_MAX, fh);
  int err = ferror(fh);
  fclose(fh);
  if (err) {
    fprintf(stderr, "%s: read error\n", path);
    free(buf);
    return -1;
  }
  /* A right-sized copy lets AddressSanitizer see reads past the input. */
  uint8_t *data = malloc(n ? n : 1);
  if (!data) {
    free(buf);
    return -1;
  }
  if (n) memcpy(data, buf, n);
  free(buf);
  fprintf(stderr, "replay: %s (%zu bytes)\n", path, n);
  LLVMFuzzerTestOneInput(data, n);
  free(data);
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays the regular files of DIR in name order (not recursive); returns
 * the number replayed, or -1. */
static long replay_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) {
    perror(dir);
    return -1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  long done = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      size_t nc = cap ? cap * 2 : 32;
      char **p = realloc(names, nc * sizeof *p);
      if (!p) { done = -1; break; }
      names = p;
      cap = nc;
    }
    names[n] = strdup(e->d_name);
    if (!names[n]) { done = -1; break; }
    n++;
  }
  closedir(d);
  if (done == 0 && n) qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n && done >= 0; i++) {
    size_t len = strlen(dir) + strlen(names[i]) + 2;
    char *path = malloc(len);
    struct stat sb;
    if (!path) { done = -1; break; }
    snprintf(path, len, "%s/%s", dir, names[i]);
    if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
      if (replay_file(path) != 0) done = -1;
      else done++;
    }
    free(path);
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  return done;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE|DIR...\n"
            "Feeds each file (or each file of a folder) to the fuzz target.\n",
            argv[0]);
    return 2;
  }
  long total = 0;
  for (int i = 1; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb) != 0) {
      perror(argv[i]);
      return 1;
    }
    long n = S_ISDIR(sb.st_mode) ? replay_dir(argv[i])
                                 : (replay_file(argv[i]) == 0 ? 1 : -1);
    if (n < 0) return 1;
    total += n;
  }
  printf("replayed %ld input(s)\n", total);
  return 0;
}
