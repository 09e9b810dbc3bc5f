#include "FuzzDriver.h"

// libFuzzer's entry point for programs that have their own main (compiler-rt FuzzerInterface.h).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

int bulletin_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, test);
}
