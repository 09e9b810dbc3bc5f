#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "csystem.h"

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int bulletin_exchange_paths(const char *first, const char *second) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

/* The needles are the generator's own short markers ("{{<", "<img ", placeholders), whose first
   byte is rare in prose: memchr (vector instructions) to each candidate, then memcmp. glibc's
   memmem hashes every byte pair and took five times as long on article bodies. A needle of
   length m costs at most m comparisons per byte, and m is a constant of the program. */
const void *bulletin_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return haystack;
    if (haystack_length < needle_length) return NULL;
    const unsigned char *at = haystack;
    const unsigned char *last = at + (haystack_length - needle_length);
    const unsigned char first = *(const unsigned char *)needle;
    while (at <= last) {
        at = memchr(at, first, (size_t)(last - at) + 1);
        if (at == NULL) return NULL;
        if (memcmp(at + 1, (const unsigned char *)needle + 1, needle_length - 1) == 0) return at;
        at++;
    }
    return NULL;
}
