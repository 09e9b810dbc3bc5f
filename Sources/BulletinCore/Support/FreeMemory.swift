import Foundation

/// Gives the pages of freed memory back to the system. glibc keeps what a program frees for its
/// next allocations and counts it as resident: after the load stage frees the sources of every
/// article, that is hundreds of megabytes at 100,000 articles, on top of which the next stages
/// would set their own peak. Called between stages, where a lot was just freed.
public enum FreeMemory {
    /// One malloc arena per core instead of glibc's eight: each thread that allocates would
    /// otherwise get an arena of its own, whose freed memory the others cannot use. The build
    /// runs about as many threads as cores (plus the one that writes pages while the search
    /// index is made). At 100,000 articles this lowered the peak by some 120 MB, with no time
    /// lost. Set once, before the first build starts its threads.
    static let limitArenas: Void = {
        #if os(Linux)
            _ = mallOpt(-8, Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))  // M_ARENA_MAX
        #endif
    }()

    /// One arena for the whole process, for a process that rebuilds for hours (`serve`). With
    /// an arena per core, what one rebuild keeps (the changed articles, the patched search
    /// index) lands among what another thread's arena freed, and the holes never line up
    /// again: resident memory grew by some 570 KB every 100 rebuilds of the 1,000-article soak,
    /// against about 180 KB with one arena (docs/reliability.md). A rebuild's few threads lose
    /// no measurable time to sharing it. Call before the first build.
    public static func useOneArena() {
        limitArenas  // first, so that a build's own limit, set once, comes before this one
        #if os(Linux)
            _ = mallOpt(-8, 1)  // M_ARENA_MAX
        #endif
    }

    static func giveBack() {
        #if os(Linux)
            _ = mallocTrim(0)
        #endif
    }
}

#if os(Linux)
    // glibc's malloc_trim(3), which the Glibc module does not declare.
    @_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
    @_silgen_name("mallopt") private func mallOpt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
