import Foundation

/// Which phases of a build run alongside which, on which core, and when memory is given back.
/// `Builder` names the phases and what each makes; this type alone knows about threads.
///
/// A clean build keeps both cores busy where two pieces of work need nothing from each other
/// and each leaves a core idle at times: the features' data files are read while the validator
/// checks the articles, and the features prepare (the search index) while the other core makes
/// the render context, lists the core pages and starts writing them. A rebuild does the same
/// but for the writing, which waits for the list of every file: the search index is patched
/// while the cards are looked at; the rest runs in order (what a rebuild keeps is not shared
/// between threads, but for the features' memory, which is locked).
struct BuildSchedule {
    /// A clean build (no work kept from an earlier one).
    let clean: Bool

    /// `background` and `main` together in a clean build (main on this thread); `background`
    /// first, then `main`, in a rebuild.
    func alongside<A>(_ background: @escaping () -> Void, _ main: () -> A) -> A {
        guard clean else {
            background()
            return main()
        }
        return concurrently(main, background).0
    }

    /// What `prepareAndList` gives: the render context, the core pages, and in a clean build that
    /// writes, the core pages already being written.
    struct Started {
        let context: RenderContext
        let corePages: [OutputJob]
        let early: Builder.EarlyPages?
    }

    /// prepare, render setup and the core pages' list. In a clean build the features prepare on
    /// this thread while another frees the sources, makes the render context, lists the core
    /// pages and starts writing them (`startWriting`); this thread joins the writing when the
    /// features are ready, so neither core waits while the other finishes (the index ends with a
    /// merge on one thread). In a rebuild nothing is written yet.
    func prepareAndList(
        prepare: @escaping () -> Void, freeSources: @escaping () -> Void, renderSetup: @escaping () -> RenderContext,
        corePages: @escaping (RenderContext) -> [OutputJob], startWriting: @escaping ([OutputJob]) -> Builder.EarlyPages?
    ) -> Started {
        guard clean else {
            freeSources()
            let context = concurrently(renderSetup, prepare).0
            return Started(context: context, corePages: corePages(context), early: nil)
        }
        let handover = Handover<JobQueue<OutputJob>>()
        let started = concurrently(
            {
                prepare()
                handover.take()?.run()
            },
            { () -> Started in
                // The sources are freed on this thread while the other starts the index: on one
                // thread with the other waiting, it took some 40 ms at 10,000 articles. Given back
                // to the system with what the index frees on the way.
                freeSources()
                FreeMemory.giveBack()
                let context = renderSetup()
                let jobs = corePages(context)
                let early = startWriting(jobs)
                handover.give(early?.queue)
                early?.queue.run()
                return Started(context: context, corePages: jobs, early: early)
            }
        ).1
        FreeMemory.giveBack()
        return started
    }

    /// What a build made (the site, its render context and jobs), to be let go with the builder
    /// rather than as the build returns: `bulletin build` exits right after and need not take a
    /// quarter of a gigabyte of objects apart one by one first, and `serve` lets the builder go
    /// on another thread (see `IncrementalBuilder.letGo`).
    func keep(_ context: RenderContext, _ jobs: [OutputJob]) -> Any {
        (context, jobs)
    }
}
