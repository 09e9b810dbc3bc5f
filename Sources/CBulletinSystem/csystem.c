#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
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

/* The arena (see csystem.h). Each allocation is preceded by its size, so that realloc can copy
   it; the last allocation of a block grows in place when there is room (cmark's buffers grow
   by reallocating). Blocks are 1 MB, or one allocation when that is bigger. */
enum { BULLETIN_ARENA_BLOCK = 1 << 20, BULLETIN_ARENA_ALIGN = 16 };

struct bulletin_arena_block {
    struct bulletin_arena_block *previous;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
};

static _Thread_local struct bulletin_arena_block *bulletin_arena_current = NULL;
static _Thread_local unsigned char *bulletin_arena_last = NULL;

/* A thread's blocks are freed when it ends: the worker threads that convert Markdown come and
   go (Dispatch's pool, serve's rebuilds), and each kept its first block, 1 MB, for ever. The
   key's value is the newest block; the destructor walks back through the older ones. */
static pthread_key_t bulletin_arena_key;
static pthread_once_t bulletin_arena_key_once = PTHREAD_ONCE_INIT;

static void bulletin_arena_free_blocks(void *newest) {
    struct bulletin_arena_block *block = newest;
    while (block != NULL) {
        struct bulletin_arena_block *previous = block->previous;
        free(block);
        block = previous;
    }
}

static void bulletin_arena_make_key(void) { (void)pthread_key_create(&bulletin_arena_key, bulletin_arena_free_blocks); }

static void bulletin_arena_remember(struct bulletin_arena_block *newest) {
    (void)pthread_once(&bulletin_arena_key_once, bulletin_arena_make_key);
    (void)pthread_setspecific(bulletin_arena_key, newest);
}

static size_t bulletin_arena_round(size_t n) { return (n + BULLETIN_ARENA_ALIGN - 1) & ~(size_t)(BULLETIN_ARENA_ALIGN - 1); }

static void *bulletin_arena_take(size_t size) {
    size_t need = BULLETIN_ARENA_ALIGN + bulletin_arena_round(size ? size : 1);
    struct bulletin_arena_block *block = bulletin_arena_current;
    if (block == NULL || block->size - block->used < need) {
        size_t capacity = need > BULLETIN_ARENA_BLOCK ? need : BULLETIN_ARENA_BLOCK;
        struct bulletin_arena_block *fresh = malloc(sizeof(struct bulletin_arena_block) + capacity);
        if (fresh == NULL) return NULL;
        fresh->previous = block;
        fresh->size = capacity;
        fresh->used = 0;
        bulletin_arena_current = block = fresh;
        bulletin_arena_remember(fresh);
    }
    unsigned char *header = block->data + block->used;
    *(size_t *)header = size;
    block->used += need;
    bulletin_arena_last = header + BULLETIN_ARENA_ALIGN;
    return bulletin_arena_last;
}

void *bulletin_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    void *pointer = bulletin_arena_take(count * size);
    if (pointer != NULL) memset(pointer, 0, count * size);
    return pointer;
}

void *bulletin_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return bulletin_arena_take(size);
    unsigned char *bytes = pointer;
    size_t *header = (size_t *)(bytes - BULLETIN_ARENA_ALIGN);
    size_t old = *header;
    struct bulletin_arena_block *block = bulletin_arena_current;
    // The last allocation of the current block grows (or shrinks) where it is.
    if (bytes == bulletin_arena_last && block != NULL) {
        size_t start = (size_t)(bytes - block->data);
        size_t end = start + bulletin_arena_round(size ? size : 1);
        if (end <= block->size) {
            block->used = end;
            *header = size;
            return pointer;
        }
    }
    void *moved = bulletin_arena_take(size);
    if (moved != NULL) memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

void bulletin_arena_free(void *pointer) { (void)pointer; }

void bulletin_arena_reset(void) {
    struct bulletin_arena_block *block = bulletin_arena_current;
    if (block == NULL) return;
    int freed = block->previous != NULL;
    // Keep the first block made (the oldest, 1 MB); free the others.
    while (block->previous != NULL) {
        struct bulletin_arena_block *previous = block->previous;
        free(block);
        block = previous;
    }
    block->used = 0;
    bulletin_arena_current = block;
    bulletin_arena_last = NULL;
    if (freed) bulletin_arena_remember(block);
}

static __thread void *bulletin_recorder = NULL;

void *bulletin_current_recorder(void) { return bulletin_recorder; }

void bulletin_set_current_recorder(void *recorder) { bulletin_recorder = recorder; }
