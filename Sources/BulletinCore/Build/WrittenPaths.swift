/// The output paths of a build's jobs, as the site-links phase asks about them: whether a path
/// is written (links to generated pages, static files that would replace a page) and how many
/// pages of each kind there are (the summary). A rebuild keeps one and patches it where a few
/// paths changed (a new title), instead of hashing every path again.
final class WrittenPaths {
    private var paths: [String] = []
    private var set = Set<String>()
    private(set) var kinds: [String: Int] = [:]

    init() {}

    init(_ jobs: [OutputJob]) {
        update(jobs)
    }

    func contains(_ path: String) -> Bool { set.contains(path) }

    /// Makes it the paths of `jobs`. A list the same length as the last, with at most 64 paths
    /// changed, is patched; any other is taken in full.
    func update(_ jobs: [OutputJob]) {
        if let changed = OutputJob.fewChanged(jobs, from: paths) {
            for i in changed { remove(paths[i]) }
            for i in changed {
                paths[i] = jobs[i].path
                add(paths[i])
            }
            return
        }
        paths = jobs.map(\.path)
        set = Set(minimumCapacity: paths.count)
        kinds = [:]
        for path in paths { add(path) }
    }

    private func add(_ path: String) {
        if set.insert(path).inserted { kinds[BuildReport.kind(of: path), default: 0] += 1 }
    }

    private func remove(_ path: String) {
        if set.remove(path) != nil { kinds[BuildReport.kind(of: path), default: 0] -= 1 }
    }
}

extension OutputJob {
    /// The positions where `jobs`' paths differ from `paths`, when the lists are the same length
    /// and at most 64 differ (a few pages at new addresses: a new title); nil otherwise.
    static func fewChanged(_ jobs: [OutputJob], from paths: [String]) -> [Int]? {
        guard jobs.count == paths.count else { return nil }
        var changed: [Int] = []
        for i in jobs.indices where jobs[i].path != paths[i] {
            changed.append(i)
            if changed.count > 64 { return nil }
        }
        return changed
    }
}
