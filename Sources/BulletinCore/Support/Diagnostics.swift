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
    /// What is wrong and what to do, from the catalogs: rendered in the reader's language when printed.
    public var content: Message

    public init(_ severity: Severity, _ content: Message, at location: SourceLocation?) {
        self.severity = severity
        self.content = content
        self.location = location
    }

    public init(_ severity: Severity, _ key: MessageKey, _ values: [String: MessageValue] = [:], at location: SourceLocation?) {
        self.init(severity, Message(key, values), at: location)
    }

    /// The text in English, as logs and tests read it.
    public var message: String { content.text(in: .english) }

    public var code: String { content.code }

    /// The compiler-style line editors and IDEs understand: `path:line:col: error: message [BLT0123]`,
    /// with the severity and message in `language`.
    public func formatted(in language: Language) -> String {
        let word = Message(severity == .error ? .errorWord : .warningWord).text(in: language)
        let text = "\(word): \(content.text(in: language)) [\(content.code)]"
        guard let location else { return text }
        return "\(location.description): " + text
    }

    public var formatted: String { formatted(in: .english) }
}

/// Collects problems from every stage (and every thread) so that a build reports them all at once.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func error(_ key: MessageKey, _ values: [String: MessageValue] = [:], at location: SourceLocation?) {
        add(Diagnostic(.error, Message(key, values), at: location))
    }

    public func warning(_ key: MessageKey, _ values: [String: MessageValue] = [:], at location: SourceLocation?) {
        add(Diagnostic(.warning, Message(key, values), at: location))
    }

    public func error(_ message: Message, at location: SourceLocation?) {
        add(Diagnostic(.error, message, at: location))
    }

    public func warning(_ message: Message, at location: SourceLocation?) {
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
