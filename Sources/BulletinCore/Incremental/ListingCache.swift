import Foundation

/// Folder listings kept between builds: a folder whose stamp has not changed (adding, removing
/// or renaming an entry changes it) is not read again. Wraps another FileIO; only `list` differs.
final class ListingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var listings: [String: (stamp: FileStamp, entries: [DirectoryEntry])] = [:]
    let base: FileIO

    init(base: FileIO = .posix) {
        self.base = base
    }

    var io: FileIO {
        FileIO(read: base.read, list: { [self] path in try list(path) }, realPath: base.realPath, isDirectory: base.isDirectory)
    }

    func list(_ path: String) throws -> [DirectoryEntry] {
        let stamp = FileStamp.of(path)
        lock.lock()
        let kept = listings[path]
        lock.unlock()
        if let stamp, let kept, kept.stamp == stamp { return kept.entries }
        let entries = try base.list(path)
        // A listing taken while the folder's times are recent may miss a change made within the
        // same clock tick, so it is not kept (see FileStamp.isRecent).
        if let stamp, !stamp.isRecent() {
            lock.lock()
            listings[path] = (stamp, entries)
            lock.unlock()
        }
        return entries
    }
}
