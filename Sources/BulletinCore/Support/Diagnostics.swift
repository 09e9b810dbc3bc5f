import Foundation

/// A place in an input file, 1-based. `line` 0 means "the file as a whole".
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `path:line:col`, or `path:line`, or `path` when the position is unknown.
    public var description: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}

/// One problem found in the input, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// The compiler-style line editors and IDEs understand: `path:line:col: error: message`.
    public var formatted: String {
        if let location {
            return "\(location.description): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

/// Collects problems from every stage (and every thread) so that a build reports them all at once.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func error(_ message: String, at location: SourceLocation?) {
        add(Diagnostic(.error, message, at: location))
    }

    public func warning(_ message: String, at location: SourceLocation?) {
        add(Diagnostic(.warning, message, at: location))
    }

    public func add(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    public func add(contentsOf other: [Diagnostic]) {
        lock.lock()
        items.append(contentsOf: other)
        lock.unlock()
    }

    /// Every diagnostic, sorted by file and position so that output is stable across runs.
    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items.sorted { a, b in
            switch (a.location, b.location) {
            case (nil, nil): return a.message < b.message
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l == r ? a.message < b.message : l < r
            }
        }
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    public var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }
}

/// Thrown when a stage cannot go on; the problems themselves are in `Diagnostics`.
public struct BuildFailed: Error, CustomStringConvertible {
    public let stage: String
    public let errorCount: Int

    public var description: String {
        "\(stage): the build stopped with \(errorCount) error\(errorCount == 1 ? "" : "s"); nothing was written"
    }
}
