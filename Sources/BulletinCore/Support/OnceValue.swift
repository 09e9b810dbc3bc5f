import Foundation

/// A value worked out the first time it is asked for, once, even when several threads ask at
/// the same time (render jobs run in parallel).
final class OnceValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (() -> Value)?
    private var made: Value?

    init(_ make: @escaping () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make!()
        made = value
        make = nil
        return value
    }
}
