import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file-system call, with the path and the reason in plain words.
public struct FileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    /// The reason, in the reader's language: the common system errors from the catalogs, any
    /// other in the system's own words.
    public let problem: MessageValue

    public init(path: String, errno code: Int32) {
        self.path = path
        self.problem = FileError.systemProblem(code)
    }

    public init(path: String, problem: Message) {
        self.path = path
        self.problem = .message(problem)
    }

    /// The reason in English, as logs read it.
    public var reason: String { problem.text(in: .english) }

    public var description: String { "\(path): \(reason)" }

    /// Why `error` happened, for a message: a FileError's reason, or what the error says of itself.
    public static func problem(of error: Error) -> MessageValue {
        (error as? FileError)?.problem ?? .text("\(error)")
    }

    /// The system errors an editor meets (a missing file, a file without read permission).
    private static let systemKeys: [Int32: MessageKey] = [
        ENOENT: .systemNoSuchFile, EACCES: .systemPermissionDenied, EPERM: .systemNotPermitted, EISDIR: .systemIsDirectory,
        EIO: .systemInputOutput,
    ]

    /// A system error from the catalogs when it has it; any other as the system words it.
    private static func systemProblem(_ code: Int32) -> MessageValue {
        if let key = systemKeys[code] { return .message(Message(key)) }
        return .text(String(cString: strerror(code)))
    }
}

public struct DirectoryEntry: Sendable, Equatable {
    public enum Kind: Sendable { case file, directory, symlink, other }
    public let name: String
    public let kind: Kind
}

/// The file-system calls the load stage makes, as closures so tests can swap in failures
/// (an unreadable file, a vanished folder) without touching the real disk.
/// Plain POSIX calls: Foundation's FileManager costs several times more per file here.
public struct FileIO: Sendable {
    public var read: @Sendable (String) throws -> [UInt8]
    public var list: @Sendable (String) throws -> [DirectoryEntry]
    /// The canonical absolute path with every link resolved, or nil when it does not exist.
    public var realPath: @Sendable (String) -> String?
    public var isDirectory: @Sendable (String) -> Bool

    public init(
        read: @escaping @Sendable (String) throws -> [UInt8],
        list: @escaping @Sendable (String) throws -> [DirectoryEntry],
        realPath: @escaping @Sendable (String) -> String?,
        isDirectory: @escaping @Sendable (String) -> Bool
    ) {
        self.read = read
        self.list = list
        self.realPath = realPath
        self.isDirectory = isDirectory
    }

    public static let posix = FileIO(
        read: POSIXFiles.read,
        list: POSIXFiles.list,
        realPath: POSIXFiles.realPath,
        isDirectory: POSIXFiles.isDirectory
    )
}

public enum POSIXFiles {
    /// Largest input file read, so that a stray video in articles/ cannot exhaust memory.
    public static let maximumFileSize = 64 << 20

    public static func read(_ path: String) throws -> [UInt8] {
        let fd = openRegularFile(path)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        let size = try regularFileSize(fd, path: path)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        guard size <= maximumFileSize else {
            throw FileError(path: path, problem: Message(.fileLargerThanLimit, ["maximum": .number(maximumFileSize >> 20)]))
        }
        var buffer = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + done, size - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < size { buffer.removeSubrange(done...) }
        return buffer
    }

    /// Writes all of `bytes` to `fd` (`write` may write less than asked, or be interrupted).
    /// `path` names the file in errors.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, errno: errno)
            }
            done += n
        }
    }

    /// Copies the regular file `source` into `fd` in blocks, whatever its size (media files may
    /// be far larger than `maximumFileSize`). `path` names the destination in errors.
    public static func copy(from source: String, into fd: Int32, path: String) throws {
        let input = openRegularFile(source)
        guard input >= 0 else { throw FileError(path: source, errno: errno) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw FileError(path: source, problem: Message(.fileNotRegular))
        }
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) & ~O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: source, errno: errno)
            }
            if n == 0 { break }
            try buffer.withUnsafeBytes { try writeAll(fd, UnsafeRawBufferPointer(rebasing: $0[..<n]), path: path) }
        }
    }

    /// Opens `path` for reading without blocking: opening a named pipe (a FIFO reached through a
    /// link) would otherwise wait forever for a writer. Callers check that it is a regular file.
    public static func openRegularFile(_ path: String) -> Int32 {
        open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    }

    /// The size of the file `path`, which must be a regular file (not a folder, device or pipe).
    public static func regularFileSize(_ path: String) throws -> Int {
        let fd = openRegularFile(path)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        return try regularFileSize(fd, path: path)
    }

    private static func regularFileSize(_ fd: Int32, path: String) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileError(path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileError(path: path, problem: Message(.fileNotRegular)) }
        return Int(info.st_size)
    }

    public static func list(_ path: String) throws -> [DirectoryEntry] {
        guard let dir = opendir(path) else { throw FileError(path: path, errno: errno) }
        defer { closedir(dir) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var kind: DirectoryEntry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = kindByStat(path + "/" + name)
            default: kind = .other
            }
            entries.append(DirectoryEntry(name: name, kind: kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    public static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func kindByStat(_ path: String) -> DirectoryEntry.Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }
}
