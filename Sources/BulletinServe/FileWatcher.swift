import BulletinCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders (recursively) with inotify and reports which paths changed, once things have
/// been quiet for `debounce` (an editor's save is often several events: write, rename, chmod).
///
/// One thread sleeps in poll(2) until the kernel has events: nothing runs while nothing changes.
/// New folders get watches as they appear. If the kernel's queue overflowed, the report is nil:
/// "something changed, look at everything".
public final class FileWatcher: @unchecked Sendable {
    public let roots: [String]
    let debounce: Int32
    private let onChange: @Sendable (Set<String>?) -> Void
    private var fd: Int32 = -1
    private var wake: [Int32] = [-1, -1]
    private var folders: [Int32: String] = [:]
    private var thread: Thread?
    private let lock = NSLock()
    private var stopped = false

    static let mask = UInt32(
        IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF
            | IN_MOVE_SELF)

    /// `debounce` in milliseconds.
    public init(roots: [String], debounce: Int32 = 50, onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.roots = roots.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.debounce = debounce
        self.onChange = onChange
    }

    /// Why watching could not start, from the catalogs.
    public struct Failure: Error, CustomStringConvertible {
        public let message: Message
        public var description: String { message.text(in: .english) }

        init(_ key: MessageKey, reason: Int32? = nil) {
            message = Message(key, reason.map { ["reason": .text(String(cString: strerror($0)))] } ?? [:])
        }
    }

    public func start() throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw Failure(.watchCannotStart, reason: errno) }
        guard pipe(&wake) == 0 else { throw Failure(.watchCannotWake, reason: errno) }
        for end in wake { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        for root in roots { try watchTree(root) }
        let thread = Thread { [self] in run() }
        thread.name = "bulletin file watcher"
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.lock()
        let wasRunning = !stopped
        stopped = true
        lock.unlock()
        guard wasRunning, wake[1] >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(wake[1], &byte, 1)
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Watches `folder` and every folder under it. Hidden folders (.git) are left out, as the
    /// build leaves them out.
    private func watchTree(_ folder: String) throws {
        let wd = inotify_add_watch(fd, folder, FileWatcher.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else {
            if errno == ENOSPC { throw Failure(.watchTooManyFolders) }
            return  // gone already, or not a folder
        }
        folders[wd] = folder
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = folder + "/" + name
            var info = stat()
            if Int32(entry.pointee.d_type) == DT_DIR
                || (entry.pointee.d_type == DT_UNKNOWN && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
            {
                try watchTree(path)
            }
        }
    }

    private func run() {
        var pending = Set<String>()
        var overflowed = false
        var quietSince: DispatchTime? = nil
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake[0], events: Int16(POLLIN), revents: 0)]
            var timeout: Int32 = -1  // no events waiting: sleep until there are
            if let since = quietSince {
                let waited = Int32((DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1_000_000)
                timeout = max(0, debounce - waited)
            }
            let ready = poll(&fds, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            if fds[1].revents != 0 { break }
            if fds[0].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n > 0 {
                    overflowed = parse(buffer, count: n, into: &pending) || overflowed
                    quietSince = DispatchTime.now()
                }
                continue
            }
            // Quiet for `debounce`: report.
            if quietSince != nil {
                let report: Set<String>? = overflowed ? nil : pending
                pending = []
                overflowed = false
                quietSince = nil
                if report.map({ !$0.isEmpty }) ?? true { onChange(report) }
            }
        }
        close(fd)
        close(wake[0])
        close(wake[1])
    }

    /// Reads the events in `buffer`; returns true when the kernel dropped some (queue overflow).
    private func parse(_ buffer: [UInt8], count: Int, into pending: inout Set<String>) -> Bool {
        var overflowed = false
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        buffer.withUnsafeBytes { raw in
            while offset + header <= count {
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                var name = ""
                if nameLength > 0 {
                    let start = raw.baseAddress! + offset + header
                    name = String(cString: start.assumingMemoryBound(to: CChar.self))
                }
                offset += header + nameLength
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    overflowed = true
                    continue
                }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    folders[event.wd] = nil
                    continue
                }
                guard let folder = folders[event.wd] else { continue }
                // Editors' swap and backup files: the build never reads them.
                if name.hasPrefix(".") || name.hasSuffix("~") { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    try? watchTree(path)
                }
                pending.insert(path)
            }
        }
        return overflowed
    }
}
