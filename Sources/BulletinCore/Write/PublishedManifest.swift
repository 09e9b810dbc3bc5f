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
        return bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// Records end in NUL (a path may hold any other byte); fields are separated by tabs, numbers
    /// in hexadecimal, the path last. Read on bytes: 26,000 entries at 10,000 articles.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> PublishedManifest? {
        let head = Array(header.utf8)
        guard bytes.count > head.count, bytes[head.count] == 0, Array(bytes[0..<head.count]) == head else { return nil }
        var at = head.count + 1
        /// The hexadecimal number at `at`, up to its tab.
        func number() -> UInt64? {
            var value: UInt64 = 0
            var digits = 0
            while at < bytes.count, bytes[at] != UInt8(ascii: "\t") {
                let b = bytes[at]
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b &- UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b &- UInt8(ascii: "a") &+ 10
                default: return nil
                }
                guard digits < 16 else { return nil }
                value = value << 4 | UInt64(digit)
                digits += 1
                at += 1
            }
            guard digits > 0, at < bytes.count else { return nil }
            at += 1
            return value
        }
        var manifest = PublishedManifest()
        manifest.entries.reserveCapacity(bytes.count / 60)
        while at < bytes.count {
            let kind = bytes[at]
            guard at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "\t") else { return nil }
            at += 2
            let entry: Entry
            switch kind {
            case UInt8(ascii: "p"):
                // A size beyond Int is a damaged file, refused like any other (Int(_:) would trap).
                guard let low = number(), let high = number(), let size = number().flatMap({ Int(exactly: $0) }) else {
                    return nil
                }
                entry = .page(low: low, high: high, size: size)
            case UInt8(ascii: "c"):
                guard let size = number(), let inode = number(), let modified = number(), let changed = number() else {
                    return nil
                }
                entry = .copy(
                    size: Int64(bitPattern: size), inode: inode, modified: Int64(bitPattern: modified),
                    changed: Int64(bitPattern: changed))
            case UInt8(ascii: "d"): entry = .folder
            default: return nil
            }
            let start = at
            while at < bytes.count, bytes[at] != 0 { at += 1 }
            guard at < bytes.count, at > start else { return nil }
            manifest.entries[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)] = entry
            at += 1
        }
        return manifest
    }

    /// The manifest as written to its file, in path order (the same site gives the same bytes).
    func encoded() -> [UInt8] {
        var out: [UInt8] = Array(PublishedManifest.header.utf8) + [0]
        out.reserveCapacity(entries.count * 80)
        let digits = Array("0123456789abcdef".utf8)
        func hex(_ value: UInt64) {
            var shift = max(0, (63 - value.leadingZeroBitCount) / 4 * 4)
            while shift >= 0 {
                out.append(digits[Int(value >> UInt64(shift) & 0xf)])
                shift -= 4
            }
            out.append(UInt8(ascii: "\t"))
        }
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            switch entry {
            case .page(let low, let high, let size):
                out.append(contentsOf: [UInt8(ascii: "p"), UInt8(ascii: "\t")])
                hex(low)
                hex(high)
                hex(UInt64(size))
            case .copy(let size, let inode, let modified, let changed):
                out.append(contentsOf: [UInt8(ascii: "c"), UInt8(ascii: "\t")])
                hex(UInt64(bitPattern: size))
                hex(inode)
                hex(UInt64(bitPattern: modified))
                hex(UInt64(bitPattern: changed))
            case .folder:
                out.append(contentsOf: [UInt8(ascii: "d"), UInt8(ascii: "\t")])
            }
            out.append(contentsOf: path.utf8)
            out.append(0)
        }
        return out
    }

    /// Writes the manifest into `folder` under a temporary name first (`AtomicFile`), so that a
    /// kill leaves either no manifest or a whole one.
    func write(in folder: String) throws {
        try encoded().withUnsafeBytes { try AtomicFile.write($0, to: folder + "/" + PublishedManifest.fileName) }
    }

    /// Whether `folder` has a manifest: written last and whole, it says the folder is a whole site.
    static func isPresent(in folder: String) -> Bool {
        POSIXFiles.exists(folder + "/" + fileName)
    }
}

/// Files that differ between two generations, for the build's summary.
public struct OutputChanges: Sendable, Equatable {
    /// New files and files whose bytes (or, for copies, source) changed.
    public let changed: Int
    public let removed: Int

    init(from old: PublishedManifest, to new: PublishedManifest) {
        var changed = 0
        var removed = 0
        for (path, entry) in new.entries where entry != .folder && old.entries[path] != entry { changed += 1 }
        for (path, entry) in old.entries where entry != .folder && new.entries[path] == nil { removed += 1 }
        self.changed = changed
        self.removed = removed
    }
}

/// The entries of the generation being written, recorded by the writing threads.
final class ManifestRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: PublishedManifest.Entry] = [:]
    /// Files the live site holds as they should be: linked from there if the site changed.
    private var fromLive: [String: PublishedManifest.Entry] = [:]
    /// Paths whose file was removed or begun: what the previous generation said of them no
    /// longer holds until they are recorded here.
    private var touched: Set<String> = []

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    func touch(_ path: String) { locked { _ = touched.insert(path) } }
    func record(_ path: String, _ entry: PublishedManifest.Entry) { locked { entries[path] = entry } }
    func fromLive(_ path: String, _ entry: PublishedManifest.Entry) { locked { fromLive[path] = entry } }

    func record(folders: some Sequence<String>) {
        locked {
            for folder in folders { entries[folder] = .folder }
        }
    }

    /// The files to link from the live site; each is recorded once it is there, so that a build
    /// stopped part way lists only what the folder holds.
    func takeFromLive() -> [(path: String, entry: PublishedManifest.Entry)] {
        locked {
            defer { fromLive = [:] }
            return fromLive.map { ($0.key, $0.value) }
        }
    }

    /// The new generation's manifest.
    func manifest() -> PublishedManifest {
        locked { PublishedManifest(entries: entries.merging(fromLive) { _, live in live }) }
    }

    /// What the folder holds after a build that stopped, or changed nothing: `previous` where it
    /// was not touched, what was written where it was, nothing for files begun and not finished.
    func state(after previous: PublishedManifest) -> PublishedManifest {
        locked {
            var result = previous
            for path in touched { result.entries[path] = nil }
            for (path, entry) in entries { result.entries[path] = entry }
            return result
        }
    }
}
