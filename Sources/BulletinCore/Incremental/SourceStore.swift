import Foundation

/// Articles and pages as read by the previous builds, by content-relative path. A file is read
/// again only when its stamp (inode, size, times) differs from the one it was read with, or
/// when that stamp was too recent to trust.
///
/// With `hints` (the paths a file watcher saw change), files not named there are not even
/// stat'ed: at 10,000 articles the stats alone cost more than the rest of a small rebuild.
final class SourceStore: SourceCache, @unchecked Sendable {
    private struct Entry {
        var stamp: FileStamp?
        /// Recorded while the file's times were recent: read again next time.
        var recent: Bool
        var article: SourceRead<ArticleSource>?
        var page: SourceRead<PageSource>?
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Paths read again since `takeChanges()` was last called.
    private var changes = Set<String>()
    let root: String
    /// Content-relative paths that may have changed; nil: check every file.
    var hints: Set<String>?

    init(root: String) {
        self.root = root
    }

    func article(_ relativePath: String, read: () -> SourceRead<ArticleSource>) -> SourceRead<ArticleSource> {
        lookup(relativePath, kept: { $0.article }, read: read, store: { $0.article = $1 })
    }

    func page(_ relativePath: String, read: () -> SourceRead<PageSource>) -> SourceRead<PageSource> {
        lookup(relativePath, kept: { $0.page }, read: read, store: { $0.page = $1 })
    }

    private func lookup<T>(
        _ path: String, kept: (Entry) -> T?, read: () -> T, store: (inout Entry, T) -> Void
    ) -> T {
        lock.lock()
        let entry = entries[path]
        let hinted = hints.map { $0.contains(path) } ?? true
        lock.unlock()
        if let entry, !entry.recent, !hinted, let result = kept(entry) { return result }
        // Stamp first, then read: a change in between is seen as a new stamp next time.
        let stamp = FileStamp.of(root + "/" + path)
        if let entry, !entry.recent, let stamp, entry.stamp == stamp, let result = kept(entry) { return result }
        let result = read()
        lock.lock()
        var fresh = Entry(stamp: stamp, recent: stamp?.isRecent() ?? true, article: nil, page: nil)
        store(&fresh, result)
        entries[path] = fresh
        changes.insert(path)
        lock.unlock()
        return result
    }

    /// The paths read again since the last call.
    func takeChanges() -> Set<String> {
        lock.lock()
        defer {
            changes = []
            lock.unlock()
        }
        return changes
    }

    /// Forgets what was read of `paths` (read elsewhere since): the next load reads them again.
    func forget(_ paths: [String]) {
        lock.lock()
        for path in paths { entries[path] = nil }
        lock.unlock()
    }

    /// Drops entries for files no longer in the content (deleted or renamed away).
    func keepOnly(_ paths: Set<String>) {
        lock.lock()
        if entries.count > paths.count {
            entries = entries.filter { paths.contains($0.key) }
        }
        lock.unlock()
    }

    func removeAll() {
        lock.lock()
        entries = [:]
        changes = []
        lock.unlock()
    }
}
