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

/* How often a byte turns up in article text and its HTML: 0 rarely (!, {, |, ~…), 1 for the
   punctuation of markup (= " : < > / - …), 2 for capitals and digits, 3 for lower-case letters,
   spaces and the bytes of Vietnamese letters. */
static int bulletin_commonness(unsigned char b) {
    if (b >= 0x80 || (b >= 'a' && b <= 'z') || b == ' ' || b == '\n') return 3;
    if ((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) return 2;
    switch (b) {
    case '!': case '{': case '}': case '|': case '~': case '^': case '`': case '\\': case '@': case '$':
        return 0;
    default:
        return 1;
    }
}

/* The needles are the generator's own short markers ("{{<", "<img ", placeholders): memchr (vector
   instructions) to each place the needle's least common byte occurs, then memcmp of the whole
   needle around it. glibc's memmem hashes every byte pair and took five times as long on article
   bodies; anchoring on the first byte stopped at every 'h' of `href="bulletin-link:`. Anchors
   are tried left to right, so the first match is found first. A needle of length m costs at most
   m comparisons per byte, and m is a constant of the program. */
const void *bulletin_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return haystack;
    if (haystack_length < needle_length) return NULL;
    const unsigned char *pin = needle;
    size_t anchor = 0;
    int best = bulletin_commonness(pin[0]);
    for (size_t i = 1; i < needle_length && best > 0; i++) {
        int commonness = bulletin_commonness(pin[i]);
        if (commonness < best) {
            best = commonness;
            anchor = i;
        }
    }
    const unsigned char *at = (const unsigned char *)haystack + anchor;
    const unsigned char *last = (const unsigned char *)haystack + (haystack_length - needle_length) + anchor;
    while (at <= last) {
        at = memchr(at, pin[anchor], (size_t)(last - at) + 1);
        if (at == NULL) return NULL;
        if (memcmp(at - anchor, pin, needle_length) == 0) return at - anchor;
        at++;
    }
    return NULL;
}
