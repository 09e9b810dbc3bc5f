import CBulletinSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site beside the live one and puts it in place only when complete, so a failed or
/// killed build leaves the previous site exactly as it was; between builds, two generations:
///
///     public/                      the live site
///     .public.previous/            the site before it, with its manifest
///     .public.building-<pid>-<n>/  the next site while it is written
///
/// A build claims `.public.previous` (renames it to its building name and deletes its manifest,
/// so that a kill leaves a folder no build trusts), or starts an empty folder when there is none.
/// Each file whose bytes the manifest says the folder holds already is left alone; one the live
/// site holds is hard-linked from there at the end; only the rest is written. Then what the new
/// site no longer has is removed, the new manifest written, and the folder exchanged with
/// `public/` in one step (renameat2 RENAME_EXCHANGE); the site it replaced becomes
/// `.public.previous` for the next build. A build whose site equals the live one writes nothing
/// and leaves `public/` untouched. Nothing is written in the live folder; generations share the
/// files they have alike (hard links), and a shared file is replaced, never written over.
public final class OutputFolder: @unchecked Sendable {
    /// The folder the site is published to (absolute).
    public let target: String
    /// The folder being written (absolute).
    public let staging: String
    let parent: String
    let name: String
    /// What the folder being written held when this build claimed it (empty when it began empty).
    let previous: PublishedManifest
    /// The live site's manifest, less the files changed by hand: its files can be linked rather
    /// than written again.
    let live: PublishedManifest?
    /// The live folder is exactly as its manifest says (see `CheckedManifest`).
    let liveIsExact: Bool
    let recorder = ManifestRecorder()
    /// How the committed site differs from the live one; nil when there was no live manifest.
    public internal(set) var changes: OutputChanges?
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

    /// Checks `target` and claims the previous generation or creates an empty folder to write.
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
        let previousPath = OutputFolder.previousPath(parent: parent, name: leaf)
        let hasLive = POSIXFiles.isDirectory(resolved)
        let liveSite = hasLive ? CheckedManifest.check(resolved) : nil
        live = liveSite?.manifest
        liveIsExact = liveSite?.isExact ?? false
        if hasLive, let claimed = OutputFolder.claim(previousPath, as: staging) {
            previous = claimed
        } else {
            // Without a live site, an old generation is not reused: deleting public/ asks for a
            // build from nothing.
            OutputFolder.removeTree(previousPath)
            guard mkdir(staging, 0o755) == 0 else {
                let reason = String(cString: strerror(errno))
                throw Refusal(.outputCannotCreate, ["target": .text(rawTarget), "reason": .text(reason)])
            }
            previous = PublishedManifest()
        }
        self.staging = staging
        try write(OutputFolder.marker, OutputFolder.markerText)
    }

    static func previousPath(parent: String, name: String) -> String { "\(parent)/.\(name).previous" }

    /// Takes the previous generation for this build: its manifest, once the folder is renamed
    /// to `staging` and the manifest file deleted. Nil (and the folder removed) when it has no
    /// manifest to trust.
    static func claim(_ previousPath: String, as staging: String) -> PublishedManifest? {
        guard POSIXFiles.isDirectory(previousPath) else { return nil }
        guard let checked = CheckedManifest.check(previousPath) else {
            removeTree(previousPath)
            return nil
        }
        // Another build may have claimed it a moment ago: then this one starts empty.
        guard rename(previousPath, staging) == 0 else { return nil }
        guard unlink(staging + "/" + PublishedManifest.fileName) == 0 else {
            removeTree(staging)
            return nil
        }
        // Files put into the live folder by hand (an admin's .htaccess: the build warned that it
        // goes) came along when that folder became the previous one; they go now, so that the
        // site two builds on is the one a clean build gives.
        for path in checked.foreign { removeTree(staging + "/" + path) }
        return checked.manifest
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
        var kept: [String] = []
        for folder in folders {
            try checkRelative(folder)
            // The previous generation has them already.
            if previous.entries[folder] == .folder {
                kept.append(folder)
                continue
            }
            let depth = folder.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        let failure = FirstFailure()
        for level in levels {
            level.parallelForEach(chunkSize: 64) { folder in
                let full = staging + "/" + folder
                // A file of the previous generation where this one has a folder goes first.
                if previous.entries[folder] != nil {
                    recorder.touch(folder)
                    unlink(full)
                }
                if mkdir(full, 0o755) == 0 || errno == EEXIST {
                    recorder.record(folder, .folder)
                } else {
                    failure.record(FileError(path: folder, errno: errno))
                }
            }
            if let error = failure.error { throw error }
        }
        recorder.record(folders: kept)
    }

    /// Writes `text` to `path` (relative to the output folder). The folder must exist.
    public func write(_ path: String, _ text: String) throws {
        try ByteSearch.withBytes(text) { try write(path, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes` to `path`, unless the folder being written holds them there already or the
    /// live site does (then linked from there at the end).
    public func write(_ path: String, bytes: UnsafeRawBufferPointer) throws {
        try checkRelative(path)
        let entry = PublishedManifest.page(bytes)
        if previous.entries[path] == entry { return recorder.record(path, entry) }
        if live?.entries[path] == entry { return recorder.fromLive(path, entry) }
        let fd = try create(path)
        defer { close(fd) }
        try POSIXFiles.writeAll(fd, bytes, path: path)
        try endFile(fd, path)
        recorder.record(path, entry)
    }

    /// Copies a file into the output as it is, unless the same source was copied there before.
    public func copy(from source: String, to path: String) throws {
        try checkRelative(path)
        let entry = FileStamp.of(source).map(PublishedManifest.copy)
        if let entry, previous.entries[path] == entry { return recorder.record(path, entry) }
        if let entry, live?.entries[path] == entry { return recorder.fromLive(path, entry) }
        let fd = try create(path)
        defer { close(fd) }
        try POSIXFiles.copy(from: source, into: fd, path: path)
        try endFile(fd, path)
        if let entry { recorder.record(path, entry) }
    }

    /// The file at `path`, open for writing from its start. A file the previous generation has
    /// alone is written over, keeping its disk blocks: on this machine's disk (ext4 mounted with
    /// `discard`) freeing the blocks of 2,000 written files and allocating new ones took 0.9 s,
    /// writing over them 0.05 s. A file it shares with the live site (a hard link) is never
    /// written over: it is replaced by a new one, the live site keeping the old.
    func create(_ path: String) throws -> Int32 {
        let full = staging + "/" + path
        if previous.entries[path] != nil {
            recorder.touch(path)
            let fd = open(full, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
            var info = stat()
            if fd >= 0, fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 { return fd }
            if fd >= 0 { close(fd) }
            removeOld(path)
        }
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        return fd
    }

    /// Cuts a file written over at what was just written (a no-op for a new one).
    func endFile(_ fd: Int32, _ path: String) throws {
        let end = lseek(fd, 0, SEEK_CUR)
        guard end >= 0, ftruncate(fd, end) == 0 else { throw FileError(path: path, errno: errno) }
    }

    /// Removes what the previous generation has at `path`, file or folder, before a new file
    /// goes there.
    func removeOld(_ path: String) {
        guard previous.entries[path] != nil else { return }
        recorder.touch(path)
        let full = staging + "/" + path
        if unlink(full) != 0, errno == EISDIR || errno == EPERM { OutputFolder.removeTree(full) }
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
}

extension MessageValue {
    /// What went wrong writing the site: a refusal's own text, or the system's (a path and its reason).
    static func writeProblem(_ error: Error) -> MessageValue {
        if let refusal = error as? OutputFolder.Refusal { return .message(refusal.content) }
        return .text("\(error)")
    }
}
