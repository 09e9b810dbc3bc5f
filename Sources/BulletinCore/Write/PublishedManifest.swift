import CXXHash
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What one generation of the output folder holds: each file with the hash of its bytes (or, for
/// a file copied as it is, the stamp of its source) and each folder. It is written last into the
/// folder it describes, so a folder with a manifest is a complete site whose every file is as
/// listed; the next build but one writes into that folder only the files whose entry changed.
struct PublishedManifest: Equatable, Sendable {
    enum Entry: Equatable, Sendable {
        /// A rendered file: XXH3-128 of its bytes and its size.
        case page(low: UInt64, high: UInt64, size: Int)
        /// A file copied from `content/`: its source's size, inode and times when copied.
        case copy(size: Int64, inode: UInt64, modified: Int64, changed: Int64)
        case folder
    }

    /// Inside each generation; hidden, so `ContentTree` and `differences` pass it by.
    static let fileName = ".bulletin-manifest"
    private static let header = "bulletin-manifest\t1"

    var entries: [String: Entry] = [:]

    static func page(_ bytes: UnsafeRawBufferPointer) -> Entry {
        let hash = XXH3_128bits(bytes.baseAddress, bytes.count)
        return .page(low: hash.low64, high: hash.high64, size: bytes.count)
    }

    /// The entry for a copy of `stamp`'s file. A stamp too recent to trust (see `FileStamp`)
    /// gets a time no stamp has, so the file is copied again next time.
    static func copy(_ stamp: FileStamp) -> Entry {
        let settled = !stamp.isRecent()
        return .copy(
            size: stamp.size, inode: stamp.inode, modified: settled ? stamp.modified : -1, changed: stamp.changed)
    }

    /// The manifest in `folder`, or nil when there is none or it cannot be read: such a folder is
    /// not trusted.
    static func read(in folder: String) -> PublishedManifest? {
        guard let bytes = try? POSIXFiles.read(folder + "/" + fileName) else { return nil }
        // Records end in NUL (a path may hold any other byte); fields are separated by tabs, the
        // path last.
        var records = bytes.split(separator: 0, omittingEmptySubsequences: false)
        guard records.last?.isEmpty == true, records.first.map({ String(decoding: $0, as: UTF8.self) }) == header else {
            return nil
        }
        records.removeFirst()
        records.removeLast()
        var manifest = PublishedManifest()
        manifest.entries.reserveCapacity(records.count)
        for record in records {
            guard let kind = record.first else { return nil }
            let count: Int
            switch kind {
            case UInt8(ascii: "p"): count = 3
            case UInt8(ascii: "c"): count = 4
            case UInt8(ascii: "d"): count = 0
            default: return nil
            }
            let fields = record.split(separator: UInt8(ascii: "\t"), maxSplits: count + 1, omittingEmptySubsequences: false)
            guard fields.count == count + 2, let path = fields.last, !path.isEmpty else { return nil }
            var n: [UInt64] = []
            for field in fields.dropFirst().prefix(count) {
                guard let value = UInt64(String(decoding: field, as: UTF8.self), radix: 16) else { return nil }
                n.append(value)
            }
            let entry: Entry
            switch kind {
            case UInt8(ascii: "p"): entry = .page(low: n[0], high: n[1], size: Int(n[2]))
            case UInt8(ascii: "c"):
                entry = .copy(
                    size: Int64(bitPattern: n[0]), inode: n[1], modified: Int64(bitPattern: n[2]),
                    changed: Int64(bitPattern: n[3]))
            default: entry = .folder
            }
            manifest.entries[String(decoding: path, as: UTF8.self)] = entry
        }
        return manifest
    }

    /// The manifest as written to its file, in path order (the same site gives the same bytes).
    func encoded() -> [UInt8] {
        var out: [UInt8] = Array(PublishedManifest.header.utf8) + [0]
        out.reserveCapacity(entries.count * 80)
        func hex(_ value: UInt64) { out.append(contentsOf: String(value, radix: 16).utf8) }
        for path in entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            switch entries[path]! {
            case .page(let low, let high, let size):
                out.append(contentsOf: "p\t".utf8)
                hex(low)
                out.append(UInt8(ascii: "\t"))
                hex(high)
                out.append(UInt8(ascii: "\t"))
                hex(UInt64(size))
            case .copy(let size, let inode, let modified, let changed):
                out.append(contentsOf: "c\t".utf8)
                hex(UInt64(bitPattern: size))
                out.append(UInt8(ascii: "\t"))
                hex(inode)
                out.append(UInt8(ascii: "\t"))
                hex(UInt64(bitPattern: modified))
                out.append(UInt8(ascii: "\t"))
                hex(UInt64(bitPattern: changed))
            case .folder:
                out.append(UInt8(ascii: "d"))
            }
            out.append(UInt8(ascii: "\t"))
            out.append(contentsOf: path.utf8)
            out.append(0)
        }
        return out
    }

    /// Writes the manifest into `folder` under a temporary name first, so that a kill leaves
    /// either no manifest or a whole one.
    func write(in folder: String) throws {
        let final = folder + "/" + PublishedManifest.fileName
        let temporary = final + ".new"
        let bytes = encoded()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: temporary, errno: errno) }
        do {
            try bytes.withUnsafeBytes { try POSIXFiles.writeAll(fd, $0, path: temporary) }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, final) == 0 else { throw FileError(path: final, errno: errno) }
    }
}

/// The entries of the generation being written, recorded by the writing threads.
final class ManifestRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: PublishedManifest.Entry] = [:]
    /// Paths whose file was removed or begun: what the previous generation said of them no
    /// longer holds until they are recorded here.
    private var touched: Set<String> = []

    func touch(_ path: String) {
        lock.lock()
        touched.insert(path)
        lock.unlock()
    }

    func record(_ path: String, _ entry: PublishedManifest.Entry) {
        lock.lock()
        entries[path] = entry
        lock.unlock()
    }

    func record(folders: some Sequence<String>) {
        lock.lock()
        for folder in folders { entries[folder] = .folder }
        lock.unlock()
    }

    /// The new generation's manifest.
    func manifest() -> PublishedManifest {
        lock.lock()
        defer { lock.unlock() }
        return PublishedManifest(entries: entries)
    }

    /// What the folder holds after a build stopped part way: `previous` where it was not
    /// touched, what was written where it was, nothing for files begun and not finished.
    func state(after previous: PublishedManifest) -> PublishedManifest {
        lock.lock()
        defer { lock.unlock() }
        var result = previous
        for path in touched { result.entries[path] = nil }
        for (path, entry) in entries { result.entries[path] = entry }
        return result
    }
}
