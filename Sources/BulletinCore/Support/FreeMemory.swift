/// Gives the pages of freed memory back to the system. glibc keeps what a program frees for its
/// next allocations and counts it as resident: after the load stage frees the sources of every
/// article, that is hundreds of megabytes at 100,000 articles, on top of which the next stages
/// would set their own peak. Called between stages, where a lot was just freed.
enum FreeMemory {
    static func giveBack() {
        #if os(Linux)
            _ = mallocTrim(0)
        #endif
    }
}

#if os(Linux)
    // glibc's malloc_trim(3), which the Glibc module does not declare.
    @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif
