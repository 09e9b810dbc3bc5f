import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `stat` says about a file, to tell whether it changed since it was read: the same path
/// with the same device, inode, size and change times is taken to hold the same bytes.
struct FileStamp: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    /// Modification and status-change times, in nanoseconds.
    let modified: Int64
    let changed: Int64

    /// The stamp of `path` (links followed, as the content tree follows them); nil if it is gone.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }

    /// File times come from a coarse clock: a second write within the same tick as the one we saw
    /// leaves them unchanged. A stamp this close to "now" is not trusted (git's "racily clean"
    /// rule): the file is read again next time, until it has been quiet for a moment.
    func isRecent(now: Int64 = FileStamp.now()) -> Bool {
        now - max(modified, changed) < FileStamp.trustAfter
    }

    static let trustAfter: Int64 = 100_000_000

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

extension Digest {
    /// A file's stamp, as part of a key: none adds a constant; a stamp too recent to trust adds a
    /// new value every time, until the file has settled.
    mutating func add(settled stamp: FileStamp?) {
        guard let stamp else { return add(0) }
        guard !stamp.isRecent() else { return add(Int.random(in: Int.min...Int.max)) }
        add(Int(truncatingIfNeeded: stamp.inode))
        add(Int(stamp.size))
        add(Int(stamp.modified))
        add(Int(stamp.changed))
    }
}
