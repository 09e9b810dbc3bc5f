#ifndef BULLETIN_CSYSTEM_H
#define BULLETIN_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int bulletin_exchange_paths(const char *first, const char *second);

#include <stddef.h>

/// glibc's memmem (a GNU extension Swift's Glibc module leaves out): the first occurrence of
/// needle in haystack, or NULL.
const void *bulletin_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
