import Foundation

/// The write stage: pages rendered and written into a new output folder that replaces the
/// previous site only when complete (or, in rebuilds, only changed pages written in place).
extension Builder {
    /// The core pages of a clean build, written while the features prepared.
    struct EarlyPages {
        let output: OutputFolder
        let jobs: [OutputJob]
        let failure: FirstFailure
        /// The queue writing them, which other threads may join.
        let queue: JobQueue<OutputJob>
    }

    /// The core pages of a clean build, queued for writing into the new folder (the caller runs
    /// the queue; see `BuildSchedule.prepareAndList`).
    func startWriting(_ jobs: [OutputJob], to output: OutputFolder) -> EarlyPages {
        let failure = FirstFailure()
        progress?.begin("render and write", total: jobs.count)
        // Last listed first: list pages, then articles (see `writingQueue`).
        let queue = writingQueue(Array(jobs.reversed()), folders: [], to: output, failure: failure)
        return EarlyPages(output: output, jobs: jobs, failure: failure, queue: queue)
    }

    /// `check`: renders every page without keeping it, so problems that only show while rendering
    /// are reported too.
    func renderOnly(jobs: [OutputJob], templates: TemplateSet) -> BuildReport {
        progress?.begin("render", total: jobs.count)
        phase("render") {
            // Last listed first: the few big files (the sitemap, the search index, score pages)
            // then start early and the many small article pages even out the end, instead of
            // one big file keeping one core busy after the other has finished.
            Array(jobs.reversed()).parallelForEach(chunkSize: 32) { job in
                _ = job.make()
                progress?.advance()
            }
        }
        progress?.end()
        templates.reportOverruns(displayRoot: Builder.display(templates.root), to: diagnostics)
        if diagnostics.hasErrors { return stop(at: "render") }
        report.succeeded = true
        return report
    }

    /// Incremental rebuilds: only pages whose inputs changed are rendered and written in place.
    func writeChanged(
        _ reuse: BuildReuse, jobs: [OutputJob], copies: [(from: String, to: String)], context: RenderContext
    ) -> BuildReport {
        let written = phase("write") {
            reuse.write(jobs: jobs, copies: copies, context: context, progress: progress, diagnostics: diagnostics)
        }
        // Pages are written in place as they are rendered here; the next good rebuild replaces
        // any that an overrun cut short (the template changes, so do their fingerprints).
        context.templates.reportOverruns(displayRoot: Builder.display(context.templates.root), to: diagnostics)
        guard let written, !diagnostics.hasErrors else { return stop(at: "write") }
        report.pagesWritten = written.pages
        report.filesCopied = written.copies
        report.succeeded = true
        return report
    }

    /// The new output folder, beside the old one (see `OutputFolder`).
    func openOutput() throws -> OutputFolder {
        try OutputFolder(target: request.outputPath, protected: [request.contentPath, request.templatesPath])
    }

    /// Makes the folders of `jobs` (and `folders`) in `output`, and gives the queue that renders
    /// and writes the jobs, in the order given, on every thread that runs it. The callers put the
    /// big files first (the sitemap, score pages, list pages): started early, the many small ones
    /// even out the end, instead of one big file keeping one core busy after the other has
    /// finished. After a failure the queue writes nothing.
    func writingQueue(_ jobs: [OutputJob], folders: [String], to output: OutputFolder, failure: FirstFailure) -> JobQueue<OutputJob> {
        do {
            if !failure.happened { try output.createFolders(for: jobs.map(\.path) + folders) }
        } catch {
            failure.record(error)
        }
        return JobQueue(jobs) { job in
            guard !failure.happened else { return }
            do { try output.write(job.path, job.make()) } catch { failure.record(error) }
            self.progress?.advance()
        }
    }

    /// The rest of a clean build: `jobs` after the core pages `early` has written, the files to
    /// copy, then the new folder put in place of the old one.
    func writeSite(
        jobs: [OutputJob], closingCount: Int, copies: [(from: String, to: String)], templates: TemplateSet, early: EarlyPages
    ) -> BuildReport {
        let output = early.output
        let failure = early.failure
        phase("write") {
            // The closing files (the sitemap) first, then the features' pages as listed (score pages first).
            let rest = Array(jobs.suffix(closingCount)) + jobs[early.jobs.count..<(jobs.count - closingCount)]
            progress?.begin("render and write", total: rest.count)
            defer { progress?.end() }
            let queue = writingQueue(rest, folders: copies.map(\.to), to: output, failure: failure)
            DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { _ in queue.run() }
            copies.parallelForEach(chunkSize: 8) { copy in
                guard !failure.happened else { return }
                do { try output.copy(from: copy.from, to: copy.to) } catch { failure.record(error) }
            }
        }
        if let error = failure.error {
            output.abandon()
            diagnostics.error(.buildCannotWrite, ["reason": .writeProblem(error)], at: nil)
            return stop(at: "write")
        }
        templates.reportOverruns(displayRoot: Builder.display(templates.root), to: diagnostics)
        if diagnostics.hasErrors {
            output.abandon()
            return stop(at: "write")
        }
        do {
            try phase("publish") { try output.commit() }
        } catch {
            output.abandon()
            diagnostics.error(.buildCannotPublish, ["reason": .writeProblem(error)], at: nil)
            return stop(at: "write")
        }
        report.pagesWritten = jobs.count
        report.filesCopied = copies.count
        report.outputChanges = output.changes
        report.succeeded = true
        return report
    }
}
