import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The output folder of incremental rebuilds, kept up to date in place: a page is made again only
/// when something it read changed (see `JobReuse`), written only when its bytes changed, and a
/// file no longer produced is deleted. Each file is replaced in one step (written beside it, then
/// renamed over it), so a server reading the folder never sees half a page.
final class OutputStore: @unchecked Sendable {
    let root: String
    private struct Record {
        /// The site-wide key of the build that made it (site.yaml, options, features' data).
        var global: Int
        /// What it read, for `.whenReadsUnchanged`.
        var reads: ReadTable.Record?
        /// Its digest known beforehand, for `.whenDigestUnchanged`.
        var digest: Int?
        /// Its bytes' digest: an unchanged file is not written again.
        var content: Int
    }

    /// The last build's job paths, in order, each with its record (nil: not written yet).
    private var paths: [String] = []
    private var records: [Record?] = []
    private var index: [String: Int] = [:]
    private var copies: [String: FileStamp] = [:]
    private var folders = Set<String>()
    /// Output paths written or deleted by the last update.
    private(set) var changed: [String] = []
    /// Files made by the last update because something they read changed or they are new.
    private(set) var rendered = 0
    /// Files the last update made because they are made on every rebuild (`JobReuse.never`).
    private(set) var remade = 0

    init(root: String) {
        self.root = root
    }

    /// Lines the records up with this build's jobs, so that record i is job i's. A list equal to
    /// the last one (the usual case: an edit that moved nothing) costs one string comparison per job.
    func lineUp(with jobs: [OutputJob]) {
        // Usually the same list, or a few pages at new addresses (a new title). Those are moved
        // in the index; the rest keep their slots.
        if let moved = OutputJob.fewChanged(jobs, from: paths) {
            if moved.isEmpty { return }
            if moved.allSatisfy({ index[jobs[$0].path] == nil }) {
                for i in moved {
                    if index[paths[i]] == i { index[paths[i]] = nil }
                    vanished.append(paths[i])
                    paths[i] = jobs[i].path
                    records[i] = nil
                    index[paths[i]] = i
                }
                return
            }
        }
        var newIndex: [String: Int] = [:]
        newIndex.reserveCapacity(jobs.count)
        var newRecords = [Record?](repeating: nil, count: jobs.count)
        for (i, job) in jobs.enumerated() {
            newIndex[job.path] = i
            if let old = index[job.path] { newRecords[i] = records[old] }
        }
        vanished += paths.filter { newIndex[$0] == nil }
        paths = jobs.map(\.path)
        records = newRecords
        index = newIndex
    }

    /// Pages of the last build no longer produced, to delete once the new ones are written.
    private var vanished: [String] = []
    /// Whether an update has run: the first one also deletes what an earlier process left in the
    /// folder (a page of an article deleted since `bulletin build` wrote the folder, say).
    private var updatedOnce = false

    /// Makes and writes the jobs whose inputs changed (`global`: the site-wide key; `table` and
    /// `digests`: what pages read, and its digests in this build).
    func update(
        jobs: [OutputJob], global: Int, table: ReadTable, digests: ReadDigests, copies wanted: [(from: String, to: String)],
        progress: BuildProgress?, diagnostics: Diagnostics
    ) -> (pages: Int, copies: Int)? {
        changed = []
        let failure = FirstFailure()
        let marked = POSIXFiles.exists(root + "/" + OutputFolder.marker)
        var leftBefore: [String] = []
        if !updatedOnce && marked {
            // Hidden names (the marker, files being written) are not listed.
            leftBefore = ContentTree(root: root, displayRoot: root, io: .posix).files(under: ".", diagnostics: Diagnostics())
                .map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
        }
        if !updatedOnce {
            // A folder updated in place is no generation of `build`'s: a manifest left in it by
            // an earlier build would soon describe other files.
            unlink(root + "/" + PublishedManifest.fileName)
        }
        updatedOnce = true
        if !marked {
            do {
                // The first write: the same refusal as a full build's for a folder of other files.
                try OutputFolder.checkReplaceable(root, as: root)
                try ensureFolder("")
                try AtomicFile.write(OutputFolder.markerText, to: root + "/" + OutputFolder.marker)
            } catch {
                diagnostics.error(.updateCannotWriteTo, ["folder": .text(root), "reason": .writeProblem(error)], at: nil)
                return nil
            }
        }
        // Each job's digest known before it is made, asked once (`.whenDigestUnchanged`).
        let known: [Int?] = jobs.map { job in
            guard case .whenDigestUnchanged(let digest) = job.reuse else { return nil }
            return digest()
        }
        let dirty = changedJobs(jobs, known: known, global: global, table: table, digests: digests)
        remade = dirty.count { i in
            guard case .never = jobs[i].reuse, let record = records[i] else { return false }
            return record.global == global
        }
        rendered = dirty.count - remade
        do {
            for i in dirty { try ensureFolder(parent(of: jobs[i].path)) }
            for copy in wanted { try ensureFolder(parent(of: copy.to)) }
        } catch {
            diagnostics.error(.updateCannotWrite, ["reason": .writeProblem(error)], at: nil)
            return nil
        }
        progress?.begin("render and write", total: dirty.count)
        let results: [(content: Int, wrote: Bool, reads: [Dependency]?)?] = dirty.parallelMap(chunkSize: 16) { i in
            defer { progress?.advance() }
            guard !failure.happened else { return nil }
            let (text, reads) = make(jobs[i])
            let content = Digest.of(text)
            if let record = records[i], record.content == content { return (content, false, reads) }
            do {
                try AtomicFile.write(text, to: root + "/" + jobs[i].path)
                return (content, true, reads)
            } catch {
                failure.record(error)
                return nil
            }
        }
        progress?.end()
        var written = 0
        for (i, result) in zip(dirty, results) {
            guard let result else { continue }
            records[i] = Record(
                global: global, reads: result.reads.map { table.record($0, with: digests) }, digest: known[i], content: result.content)
            if result.wrote {
                written += 1
                changed.append(jobs[i].path)
            }
        }
        if let error = failure.error {
            diagnostics.error(.updateCannotWriteSome, ["reason": .writeProblem(error)], at: nil)
            return nil
        }
        guard let copied = updateCopies(wanted, diagnostics: diagnostics) else { return nil }
        // Copies no longer wanted, by name (the set is built once, not once per kept copy).
        let wantedCopies = Set(wanted.map(\.to))
        let strays = leftBefore.filter { index[$0] == nil && !wantedCopies.contains($0) }
        let gone = Array(Set(vanished.filter { index[$0] == nil } + copies.keys.filter { !wantedCopies.contains($0) } + strays))
        remove(gone)
        vanished = []
        return (written, copied)
    }

    /// The jobs to make again: those without a record from a build with the same site-wide key,
    /// and those whose reads or digest changed since.
    private func changedJobs(_ jobs: [OutputJob], known: [Int?], global: Int, table: ReadTable, digests: ReadDigests) -> [Int] {
        table.prepare(
            jobs.indices.map { i in
                guard case .whenReadsUnchanged = jobs[i].reuse, let record = records[i], record.global == global else { return nil }
                return record.reads
            }, with: digests)
        return jobs.indices.filter { i in
            guard let record = records[i], record.global == global else { return true }
            switch jobs[i].reuse {
            case .never: return true
            case .whenDigestUnchanged: return record.digest != known[i]
            case .whenReadsUnchanged: return record.reads.map { !table.isCurrent($0, with: digests) } ?? true
            }
        }
    }

    /// A job's text, with what it read when its reads are what decides its reuse.
    private func make(_ job: OutputJob) -> (String, [Dependency]?) {
        guard case .whenReadsUnchanged = job.reuse else { return (job.make(), nil) }
        let recorder = ReadRecorder()
        let text = recorder.recording { job.make() }
        return (text, recorder.reads)
    }

    private func updateCopies(_ wanted: [(from: String, to: String)], diagnostics: Diagnostics) -> Int? {
        var copied = 0
        for copy in wanted {
            guard let stamp = FileStamp.of(copy.from) else {
                diagnostics.error(.updateCopyGone, ["file": .text(copy.from)], at: nil)
                return nil
            }
            if let kept = copies[copy.to], kept == stamp, !stamp.isRecent() { continue }
            do {
                try AtomicFile.copy(from: copy.from, to: root + "/" + copy.to)
            } catch {
                diagnostics.error(.updateCannotCopy, ["file": .text(copy.from), "reason": .writeProblem(error)], at: nil)
                return nil
            }
            copies[copy.to] = stamp
            copied += 1
            changed.append(copy.to)
        }
        return copied
    }

    /// Deletes files no longer produced, and folders left empty.
    private func remove(_ gone: [String]) {
        for path in gone.sorted() {
            unlink(root + "/" + path)
            copies[path] = nil
            changed.append(path)
            var folder = parent(of: path)
            while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
                folders.remove(folder)
                folder = parent(of: folder)
            }
        }
    }

    private func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `mkdir -p` under the root, remembering what exists. Paths are checked to stay inside.
    private func ensureFolder(_ folder: String) throws {
        guard !folders.contains(folder) else { return }
        if !folder.isEmpty {
            let parts = folder.split(separator: "/", omittingEmptySubsequences: false)
            guard !folder.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                throw FileError(path: folder, problem: Message(.outputPathOutside))
            }
            try ensureFolder(parent(of: folder))
        }
        let full = folder.isEmpty ? root : root + "/" + folder
        if mkdir(full, 0o755) != 0 && errno != EEXIST { throw FileError(path: full, errno: errno) }
        folders.insert(folder)
    }
}

/// Writing a file by writing a temporary file beside it and renaming it over the old one.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        try ByteSearch.withBytes(text) { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try replace(path) { fd in try POSIXFiles.writeAll(fd, bytes, path: path) }
    }

    /// Streams the file: media files may be larger than anything the loader reads whole.
    static func copy(from source: String, to path: String) throws {
        try replace(path) { fd in try POSIXFiles.copy(from: source, into: fd, path: path) }
    }

    /// Fills a temporary file beside `path` with `fill`, then renames it over `path`.
    private static func replace(_ path: String, fill: (Int32) throws -> Void) throws {
        let temporary = temporaryName(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        do {
            try fill(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileError(path: path, errno: code)
        }
    }

    /// ".name.bulletin-new" beside the file: hidden, and unique per path within one build.
    private static func temporaryName(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).bulletin-new" }
        return String(path[...slash]) + "." + path[path.index(after: slash)...] + ".bulletin-new"
    }
}
