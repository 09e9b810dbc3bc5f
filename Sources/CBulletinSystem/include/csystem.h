#ifndef BULLETIN_CSYSTEM_H
#define BULLETIN_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int bulletin_exchange_paths(const char *first, const char *second);

#include <stddef.h>

/// glibc's memmem (a GNU extension Swift's Glibc module leaves out): the first occurrence of
/// needle in haystack, or NULL.
const void *bulletin_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// An arena for cmark, one per thread: cmark allocates a node or a buffer some 250 times per
/// article and frees each one again, and going through malloc for each was a tenth of the time
/// cmark took. Everything a document needs comes from large blocks of the calling thread's
/// arena, `free` does nothing, and `bulletin_arena_reset` gives it all back at once when the
/// document (and the HTML made from it) is no longer used. Pass these three as a cmark_mem.
void *bulletin_arena_calloc(size_t count, size_t size);
void *bulletin_arena_realloc(void *pointer, size_t size);
void bulletin_arena_free(void *pointer);
/// Makes everything the calling thread's arena handed out free again (keeps one block).
void bulletin_arena_reset(void);

/// The calling thread's read recorder (an unretained Swift object, or NULL): what the page or card
/// being made on this thread reads is noted there, for incremental rebuilds. A C thread-local
/// because Swift has none, and views ask for it on every lookup they record.
void *bulletin_current_recorder(void);
void bulletin_set_current_recorder(void *recorder);

#endif
