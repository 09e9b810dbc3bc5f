#ifndef BULLETIN_FUZZ_DRIVER_H
#define BULLETIN_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer on `test` with the command line's options. SwiftPM links an executable's `main`
/// to the function `<Module>_main`, so libFuzzer's own `main` is not used: each target defines
/// that function and calls this.
int bulletin_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
