import CBulletinSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site into a fresh folder beside the target and swaps it in only when complete,
/// so a failed or killed build leaves the previous site exactly as it was.
///
///     public/                      the live site, untouched while building
///     .public.building-<pid>-<n>/  the new site being written
///
/// On success the two are exchanged in one step (renameat2 RENAME_EXCHANGE) and the old tree is
/// removed. Leftovers of killed builds are removed by the next build.
public final class OutputFolder: @unchecked Sendable {
    /// The folder the site is published to (absolute).
    public let target: String
    /// The folder being written (absolute).
    public let staging: String
    let parent: String
    let name: String
    /// Marks a folder as Bulletin's output, so a build never replaces a folder of other files.
    public static let marker = ".bulletin-output"
    static let markerText = "This folder was written by Bulletin; a build replaces it as a whole.\n"

    /// Why the site cannot be written to the folder asked for, from the catalogs.
    public struct Refusal: Error, CustomStringConvertible {
        public let content: Message

        init(_ key: MessageKey, _ values: [String: MessageValue] = [:]) {
            content = Message(key, values)
        }

        /// The text in English, as logs and tests read it.
        public var description: String { content.text(in: .english) }
    }

    /// Checks `target` and creates the staging folder.
    /// `protected` are the content and templates folders, which the output may not touch.
    public init(target rawTarget: String, protected: [String]) throws {
        let absolute = OutputFolder.absolute(rawTarget)
        let cleaned = OutputFolder.lexicallyNormalised(absolute)
        guard cleaned != "/" else { throw Refusal(.outputIsRoot) }
        let parentPath = (cleaned as NSString).deletingLastPathComponent
        let leaf = (cleaned as NSString).lastPathComponent
        guard let realParent = POSIXFiles.realPath(parentPath) else {
            throw Refusal(.outputParentMissing, ["folder": .text(parentPath)])
        }
        let real = realParent == "/" ? "/" + leaf : realParent + "/" + leaf
        let resolved = POSIXFiles.realPath(real) ?? real
        let cwd = POSIXFiles.realPath(FileManager.default.currentDirectoryPath) ?? ""
        guard resolved != "/" else { throw Refusal(.outputIsRoot) }
        guard resolved != cwd else { throw Refusal(.outputIsCurrentFolder) }
        for folder in protected {
            guard let p = POSIXFiles.realPath(folder) else { continue }
            if resolved == p || resolved.hasPrefix(p + "/") || p.hasPrefix(resolved + "/") {
                throw Refusal(.outputOverlapsInput, ["target": .text(rawTarget), "folder": .text(folder)])
            }
        }
        try OutputFolder.checkReplaceable(resolved, as: rawTarget)
        self.target = resolved
        self.parent = (resolved as NSString).deletingLastPathComponent
        self.name = leaf
        OutputFolder.removeLeftovers(in: parent, name: leaf)
        let staging = "\(parent)/.\(leaf).building-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(staging, 0o755) == 0 else {
            let reason = String(cString: strerror(errno))
            throw Refusal(.outputCannotCreate, ["target": .text(rawTarget), "reason": .text(reason)])
        }
        self.staging = staging
        try write(OutputFolder.marker, OutputFolder.markerText)
    }

    /// Refuses a path that is a file, or a folder Bulletin did not write (it has no marker and
    /// holds something): a build replaces the whole folder. A missing or empty folder is fine.
    static func checkReplaceable(_ resolved: String, as rawTarget: String) throws {
        var info = stat()
        if lstat(resolved, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw Refusal(.outputNotAFolder, ["target": .text(rawTarget)])
            }
            let entries: [DirectoryEntry]
            do {
                entries = try POSIXFiles.list(resolved)
            } catch {
                // Unreadable is not empty: it may hold files that are not Bulletin's.
                let reason = (error as? FileError)?.reason ?? "\(error)"
                throw Refusal(.outputUnreadable, ["target": .text(rawTarget), "reason": .text(reason)])
            }
            if !entries.isEmpty && !entries.contains(where: { $0.name == OutputFolder.marker }) {
                throw Refusal(.outputNotBulletins, ["target": .text(rawTarget)])
            }
        }
    }

    /// Creates folders for every path in `paths` (relative), parents first, before parallel writes.
    public func createFolders(for paths: [String]) throws {
        // Each path's parent, then its parent, until one is known: found by the last '/' in the
        // bytes (splitting 16,000 paths into Characters and joining them again kept one core
        // busy for a tenth of a second while the other waited).
        var folders = Set<String>()
        folders.reserveCapacity(paths.count)
        for path in paths {
            var rest = Substring(path)
            while let slash = rest.utf8.lastIndex(of: UInt8(ascii: "/")) {
                rest = rest[..<slash]
                if rest.isEmpty || !folders.insert(String(rest)).inserted { break }
            }
        }
        // Parents first: one level of depth at a time, each level on all cores (a site of
        // 10,000 articles has as many folders, and one core making them kept the other idle).
        var levels: [[String]] = []
        for folder in folders {
            try checkRelative(folder)
            let depth = folder.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        let failure = FirstFailure()
        for level in levels {
            level.parallelForEach(chunkSize: 64) { folder in
                if mkdir(staging + "/" + folder, 0o755) != 0 && errno != EEXIST {
                    failure.record(FileError(path: folder, errno: errno))
                }
            }
            if let error = failure.error { throw error }
        }
    }

    /// Writes `text` to `path` (relative to the output folder). The folder must exist.
    public func write(_ path: String, _ text: String) throws {
        try ByteSearch.withBytes(text) { try write(path, bytes: UnsafeRawBufferPointer($0)) }
    }

    public func write(_ path: String, bytes: UnsafeRawBufferPointer) throws {
        try checkRelative(path)
        let fd = open(staging + "/" + path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        try POSIXFiles.writeAll(fd, bytes, path: path)
    }

    /// Copies a file into the output as it is.
    public func copy(from source: String, to path: String) throws {
        try checkRelative(path)
        let fd = open(staging + "/" + path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        try POSIXFiles.copy(from: source, into: fd, path: path)
    }

    /// Puts the new site in place of the old one in a single step, then deletes the old one.
    public func commit() throws {
        var info = stat()
        if lstat(target, &info) != 0 {
            guard rename(staging, target) == 0 else { throw FileError(path: target, errno: errno) }
            return
        }
        if bulletin_exchange_paths(staging, target) == 0 {
            // `staging` now holds the previous site.
            let old = "\(parent)/.\(name).old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            if rename(staging, old) == 0 { OutputFolder.removeTree(old) } else { OutputFolder.removeTree(staging) }
            return
        }
        // File systems without RENAME_EXCHANGE: two renames, with a moment without a site.
        let old = "\(parent)/.\(name).old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(target, old) == 0 else { throw FileError(path: target, errno: errno) }
        guard rename(staging, target) == 0 else {
            let code = errno
            _ = rename(old, target)
            throw FileError(path: target, errno: code)
        }
        OutputFolder.removeTree(old)
    }

    /// Removes the unfinished site; the previous one is untouched.
    public func abandon() {
        OutputFolder.removeTree(staging)
    }

    /// Every segment non-empty and neither "." nor "..", no NUL: the path stays inside.
    private func checkRelative(_ path: String) throws {
        var segmentLength = 0
        var dots = 0
        var valid = !path.isEmpty
        for b in path.utf8 {
            if b == 0 { valid = false }
            if b == UInt8(ascii: "/") {
                if segmentLength == 0 || segmentLength == dots && dots <= 2 { valid = false }
                segmentLength = 0
                dots = 0
            } else {
                segmentLength += 1
                if b == UInt8(ascii: ".") { dots += 1 }
            }
        }
        if segmentLength == 0 || segmentLength == dots && dots <= 2 { valid = false }
        guard valid else { throw FileError(path: path, problem: Message(.outputPathOutside)) }
    }

    /// Cleans up after builds that were killed writing to `target` (see `removeLeftovers`).
    public static func recoverInterrupted(target rawTarget: String) {
        let cleaned = lexicallyNormalised(absolute(rawTarget))
        guard cleaned != "/", let parent = POSIXFiles.realPath((cleaned as NSString).deletingLastPathComponent) else { return }
        removeLeftovers(in: parent, name: (cleaned as NSString).lastPathComponent)
    }

    /// Deletes `.NAME.building-PID-*` and `.NAME.old-PID-*` folders left by builds that were
    /// killed (their process is gone). A build still running keeps its folder.
    ///
    /// Where the site was swapped with two renames (no RENAME_EXCHANGE), a build killed between
    /// them leaves no NAME but the previous site as `.NAME.old-…`: that one is put back first.
    static func removeLeftovers(in parent: String, name: String) {
        guard let entries = try? POSIXFiles.list(parent) else { return }
        var leftovers: [(name: String, isOld: Bool)] = []
        for entry in entries where entry.kind == .directory {
            for kind in [".\(name).building-", ".\(name).old-"] where entry.name.hasPrefix(kind) {
                let rest = entry.name.dropFirst(kind.count)
                guard let pid = Int32(rest.prefix { $0.isNumber }), !isRunning(pid) else { continue }
                leftovers.append((entry.name, kind.hasSuffix(".old-")))
            }
        }
        var info = stat()
        if lstat(parent + "/" + name, &info) != 0, let previous = newest(leftovers.filter(\.isOld).map(\.name), in: parent),
            rename(parent + "/" + previous, parent + "/" + name) == 0
        {
            leftovers.removeAll { $0.name == previous }
        }
        for leftover in leftovers { removeTree(parent + "/" + leftover.name) }
    }

    /// Whether another build with this process id is still running (EPERM: it is, as another user).
    private static func isRunning(_ pid: Int32) -> Bool {
        pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The most recently changed of `names` (folders in `parent`).
    private static func newest(_ names: [String], in parent: String) -> String? {
        names.max { a, b in
            (FileStamp.of(parent + "/" + a)?.modified ?? 0) < (FileStamp.of(parent + "/" + b)?.modified ?? 0)
        }
    }

    /// `rm -rf` without following symbolic links.
    /// Relative paths whose presence or bytes differ between two folders.
    public static func differences(_ a: String, _ b: String) -> [String] {
        func files(_ root: String) -> [String: [UInt8]] {
            let tree = ContentTree(root: root, displayRoot: root, io: .posix)
            var found: [String: [UInt8]] = [:]
            // ContentTree skips hidden names; the marker is compared on its own.
            for path in tree.files(under: ".", diagnostics: Diagnostics()) + ["./" + OutputFolder.marker] {
                found[path] = try? POSIXFiles.read(root + "/" + path)
            }
            return found
        }
        let left = files(a), right = files(b)
        return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }

    public static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for entry in (try? POSIXFiles.list(path)) ?? [] {
                removeTree(path + "/" + entry.name)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    static func lexicallyNormalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}

extension MessageValue {
    /// What went wrong writing the site: a refusal's own text, or the system's (a path and its reason).
    static func writeProblem(_ error: Error) -> MessageValue {
        if let refusal = error as? OutputFolder.Refusal { return .message(refusal.content) }
        return .text("\(error)")
    }
}
