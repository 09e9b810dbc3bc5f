import Foundation

/// What was read from a file, remembered by the file's stamp for the life of the process:
/// `serve` reads a file again only when it changed. Safe from any thread. A file without a
/// stamp (gone, unreadable) is read every time and nothing is remembered.
final class StampMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var remembered: [String: (stamp: FileStamp, value: Value)] = [:]

    func value(of path: String, read: () -> Value) -> Value {
        let stamp = FileStamp.of(path)
        lock.lock()
        let known = remembered[path]
        lock.unlock()
        if let stamp, let known, known.stamp == stamp { return known.value }
        let value = read()
        if let stamp {
            lock.lock()
            remembered[path] = (stamp, value)
            lock.unlock()
        }
        return value
    }
}
