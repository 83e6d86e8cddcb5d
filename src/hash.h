/* geordf: FNV-1a, the hash of the small tables that key on whole strings.
 * SPDX-License-Identifier: MIT */
#ifndef GEORDF_HASH_H
#define GEORDF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define GD_FNV1A_INIT 1469598103934665603ULL

/* Hash H, as of bytes hashed so far, continued over P[0..N). */
static inline uint64_t gd_fnv1a_add(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ULL;
  return h;
}

/* The 64-bit FNV-1a hash of P[0..N).  The store names blank nodes with it,
 * so its values must not change. */
static inline uint64_t gd_fnv1a(const void *p, size_t n) { return gd_fnv1a_add(GD_FNV1A_INIT, p, n); }

#endif
