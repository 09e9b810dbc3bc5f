import Foundation
import Yams

/// Parses a YAML text (front matter or a config file) into a mapping, reporting syntax errors at
/// their line in the original file.
public enum YAMLText {
    /// One constructor for every file: `Constructor.default` builds a new one, with its three
    /// tables, on each call. Only read while composing, so the threads can share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// The keys of a front matter. Most are flat `key: value` lines, read without Yams' cost
    /// (see `FlatYAML`); the rest go through Yams as any YAML.
    public static func parseFields(_ yaml: String, file: String, firstLine: Int) -> Result<FieldReader, Diagnostic> {
        if YAMLGuard.check(yaml) == nil, let flat = FlatYAML.fields(yaml) {
            return .success(FieldReader(fields: flat, file: file, firstLine: firstLine))
        }
        return parseMapping(yaml, file: file, firstLine: firstLine).map {
            FieldReader(mapping: $0, file: file, firstLine: firstLine)
        }
    }

    public static func parseMapping(_ yaml: String, file: String, firstLine: Int) -> Result<Node.Mapping?, Diagnostic> {
        if let problem = YAMLGuard.check(yaml) {
            return .failure(
                Diagnostic(
                    .error, problem.message,
                    at: SourceLocation(file: file, line: problem.line + firstLine - 1, column: problem.column)))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, YAMLText.constructor, .utf8)
        } catch let error as YamlError {
            let lines = yaml.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } - (yaml.utf8.last == 0x0A ? 1 : 0)
            return .failure(diagnostic(for: error, file: file, firstLine: firstLine, lines: max(1, lines)))
        } catch {
            return .failure(
                Diagnostic(.error, .yamlUnreadable, ["error": "\(error)"], at: SourceLocation(file: file, line: firstLine)))
        }
        guard let node else { return .success(nil) }
        guard let mapping = node.mapping else {
            let line = (node.mark?.line ?? 1) + firstLine - 1
            return .failure(
                Diagnostic(.error, .yamlNotMapping, at: SourceLocation(file: file, line: line, column: node.mark?.column ?? 1)))
        }
        return .success(mapping)
    }

    /// `lines`: how many lines the YAML has. libyaml can place an error found at the end of a
    /// text without a final line break on the line after it; such a place becomes the last line.
    static func diagnostic(for error: YamlError, file: String, firstLine: Int, lines: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            guard mark.line <= lines else { return SourceLocation(file: file, line: lines + firstLine - 1) }
            return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        let hint = MessageValue.message(Message(.yamlSyntaxHint))
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml's own words ("while scanning a quoted scalar"), which it has in English only.
            let what: MessageValue =
                context.map { .message(Message(.yamlLibraryProblem, ["context": .text($0.text), "problem": .text(problem)])) }
                ?? .text(problem)
            // A quote or bracket never closed is found at the end of the text; where it opened
            // is what the editor has to look at.
            if let context, problem.contains("end of stream") {
                return Diagnostic(.error, .yamlNeverClosed, ["problem": what, "hint": hint], at: at(context.mark))
            }
            let place = mark.line > lines ? (context?.mark ?? mark) : mark
            return Diagnostic(.error, .yamlInvalid, ["problem": what, "hint": hint], at: at(place))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                .error, .yamlDuplicateKey, ["key": .text(duplicates.joined(separator: "', '"))], at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, .yamlInvalidText, ["problem": .text(problem)], at: SourceLocation(file: file, line: firstLine))
        default:
            return Diagnostic(
                .error, .yamlInvalid, ["problem": .text("\(error)"), "hint": ""], at: SourceLocation(file: file, line: firstLine))
        }
    }
}

/// A value of a key, as `FieldReader` reads it.
public enum FieldValue: Equatable {
    /// `isPlain`: written without quotes (only then can it mean "nothing": `~`, `null`).
    case scalar(String, isPlain: Bool)
    case list([FieldValue])
    /// Keys under a key, kept as Yams gave them (`FieldReader.nested`).
    case mapping(Node)

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .scalar(scalar.string, isPlain: scalar.style == .plain)
        case .sequence(let sequence): self = .list(sequence.map(FieldValue.init))
        default: self = .mapping(node)
        }
    }
}

/// One key of a mapping: where the key is written (line within the YAML, column in characters,
/// both from 1) and its value.
public struct Field: Equatable {
    let line: Int
    let column: Int
    let value: FieldValue
    /// The node Yams made, when it made one (`FieldReader.node`).
    let node: Node?
}

/// Typed, located access to the keys of a YAML mapping. Every problem becomes a diagnostic
/// naming the file, the line of the key and what to write instead; reading goes on so that
/// one run reports everything.
public struct FieldReader {
    public let file: String
    let lineOffset: Int
    let entries: [String: Field]
    let order: [String]
    public private(set) var problems: [Diagnostic] = []
    /// Where the mapping starts, for "missing key" messages.
    let headerLocation: SourceLocation

    public init(mapping: Node.Mapping?, file: String, firstLine: Int, headerLine: Int = 1) {
        let fields = (mapping ?? [:]).map { key, value in
            (
                key.string ?? "",
                Field(line: key.mark?.line ?? 0, column: key.mark?.column ?? 0, value: FieldValue(value), node: value)
            )
        }
        self.init(fields: fields, file: file, firstLine: firstLine, headerLine: headerLine)
    }

    /// `fields` in the order written; of a key given twice, the last value counts.
    init(fields: [(String, Field)], file: String, firstLine: Int, headerLine: Int = 1) {
        self.file = file
        self.lineOffset = firstLine - 1
        self.headerLocation = SourceLocation(file: file, line: headerLine, column: 1)
        var entries: [String: Field] = [:]
        var order: [String] = []
        // Sized once: growing from empty rehashed the table four times for a dozen keys.
        entries.reserveCapacity(fields.count)
        order.reserveCapacity(fields.count)
        for (name, field) in fields {
            if entries[name] == nil { order.append(name) }
            entries[name] = field
        }
        self.entries = entries
        self.order = order
    }

    public var keys: [String] { order }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// Where `key` is written (its line and column), or the start of the mapping.
    public func location(of key: String) -> SourceLocation {
        guard let field = entries[key], field.line > 0 else { return headerLocation }
        return SourceLocation(file: file, line: field.line + lineOffset, column: field.column)
    }

    /// `slug:` when given and valid; an invalid one is an error at its line, and nil.
    mutating func slug(example: String) -> String? {
        guard let given = string("slug") else { return nil }
        guard Slug.isValid(given) else {
            error(
                .slugInvalid, ["maximum": .number(Slug.maximumLength), "example": .text(example), "found": .text(given)], at: "slug")
            return nil
        }
        return given
    }

    /// An error at the line of `key`.
    public mutating func error(_ message: Message, at key: String) {
        problems.append(Diagnostic(.error, message, at: location(of: key)))
    }

    public mutating func error(_ messageKey: MessageKey, _ values: [String: MessageValue] = [:], at key: String) {
        error(Message(messageKey, values), at: key)
    }

    /// A warning at the line of `key`.
    public mutating func warning(_ message: Message, at key: String) {
        problems.append(Diagnostic(.warning, message, at: location(of: key)))
    }

    public mutating func warning(_ messageKey: MessageKey, _ values: [String: MessageValue] = [:], at key: String) {
        warning(Message(messageKey, values), at: key)
    }

    /// `example`: a line to write, such as  date: 2023-01-12.
    public mutating func missing(_ key: String, example: String) {
        problems.append(Diagnostic(.error, .keyMissing, ["key": .text(key), "example": .text(example)], at: headerLocation))
    }

    /// A scalar value as text; nil when absent or empty. Lists and mappings are errors.
    public mutating func string(_ key: String) -> String? {
        guard let value = entries[key]?.value else { return nil }
        guard case .scalar(let text, let isPlain) = value else {
            error(.keyNotSingleValue, ["key": .text(key)], at: key)
            return nil
        }
        if FieldReader.isNull(text, isPlain: isPlain) { return nil }
        return TextTools.trimmed(text)
    }

    /// A scalar that must be given and not empty, of at most `maximumLength` characters.
    public mutating func requiredString(_ key: String, example: String, maximumLength: Int? = nil) -> String? {
        guard has(key) else {
            missing(key, example: example)
            return nil
        }
        guard let text = string(key), !text.isEmpty else {
            if case .scalar = entries[key]?.value { error(.keyEmpty, ["key": .text(key), "example": .text(example)], at: key) }
            return nil
        }
        // Characters are never more than bytes: count them (a walk over grapheme breaks) only when
        // the bytes are over.
        if let maximumLength, text.utf8.count > maximumLength, text.count > maximumLength {
            error(
                .keyTooLong, ["key": .text(key), "length": .number(text.count), "maximum": .number(maximumLength)], at: key)
            return nil
        }
        return text
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on", "có": return true
        case "false", "no", "off", "không": return false
        default:
            error(.keyNotBool, ["key": .text(key), "found": .text(text)], at: key)
            return nil
        }
    }

    public mutating func int(_ key: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = FieldReader.wholeNumber(text) else {
            error(.keyNotWholeNumber, ["key": .text(key), "found": .text(text)], at: key)
            return nil
        }
        if let range, !range.contains(value) {
            // As YAML writes them (page_size: 1000), not as a count.
            error(
                .keyOutOfRange,
                ["key": .text(key), "lower": "\(range.lowerBound)", "upper": "\(range.upperBound)", "found": "\(value)"], at: key)
            return nil
        }
        return value
    }

    /// "1234", or with thousands set off as Vietnamese write them, "1.234" (or "1_234"); "1.5"
    /// is not a whole number, rather than 15.
    static func wholeNumber(_ text: String) -> Int? {
        if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }) { return Int(text) }
        let groups = text.split(separator: ".", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "_", omittingEmptySubsequences: false)
        }
        guard groups.count > 1 else { return Int(text) }
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return Int(groups.joined())
    }

    public mutating func date(_ key: String, zone: TimeZone) -> Date? {
        guard let text = string(key) else { return nil }
        switch DateParser.parse(text, zone: zone) {
        case .success(let date):
            return date
        case .failure(.outOfRange(let part)):
            error(.keyNotRealDate, ["key": .text(key), "part": .message(part.message), "found": .text(text)], at: key)
        case .failure(.unrecognised):
            error(.keyNotDate, ["key": .text(key), "found": .text(text)], at: key)
        }
        return nil
    }

    /// A list of strings; a single string is a list of one. Empty items are dropped.
    public mutating func stringList(_ key: String) -> [String] {
        guard let value = entries[key]?.value else { return [] }
        switch value {
        case .scalar(let text, let isPlain):
            if FieldReader.isNull(text, isPlain: isPlain) { return [] }
            let trimmed = TextTools.trimmed(text)
            // "tags: a, b" is YAML for one value; the author meant two (as Jekyll reads it).
            if isPlain && trimmed.contains(",") {
                let items = trimmed.split(separator: ",").map { TextTools.trimmed(String($0)) }.filter { !$0.isEmpty }
                warning(
                    .keyOneValueNotList,
                    [
                        "key": .text(key), "value": .text(trimmed), "count": .number(items.count),
                        "items": .text(items.joined(separator: ", ")),
                    ],
                    at: key)
            }
            return [trimmed].filter { !$0.isEmpty }
        case .mapping:
            error(.keyNotList, ["key": .text(key)], at: key)
            return []
        case .list(let list):
            var items: [String] = []
            for item in list {
                guard case .scalar(let text, let isPlain) = item else {
                    error(.keyListItemNotSingle, ["key": .text(key)], at: key)
                    continue
                }
                let trimmed = TextTools.trimmed(text)
                if !trimmed.isEmpty && !FieldReader.isNull(text, isPlain: isPlain) { items.append(trimmed) }
            }
            return items
        }
    }

    /// The mapping under `key`, as a reader of its own (its problems are its own to collect).
    public func nested(_ key: String) -> FieldReader? {
        guard let mapping = entries[key]?.node?.mapping else { return nil }
        return FieldReader(mapping: mapping, file: file, firstLine: lineOffset + 1, headerLine: location(of: key).line)
    }

    /// The raw node under `key`, for structures the reader does not cover (menus, lists of maps).
    /// Only mappings read by Yams have nodes (config files are; front matter need not be).
    public func node(_ key: String) -> Node? { entries[key]?.node }

    /// Warns about every key not in `known`, suggesting the closest known one. `place` names
    /// the mapping: a file name (`.text("site.yaml")`) or a catalog text (`.placeFrontMatter`).
    public mutating func rejectUnknownKeys(_ known: [String], in place: MessageValue) {
        for key in order where !known.contains(key) {
            let values: [String: MessageValue] = [
                "key": .text(key), "place": place, "hint": FieldReader.didYouMean(key, among: known),
                "known": .text(known.joined(separator: ", ")),
            ]
            warning(.keyUnknown, values, at: key)
        }
    }

    /// " (did you mean 'name'?)" for the closest of `names`, or nothing.
    static func didYouMean(_ name: String, among names: [String]) -> MessageValue {
        TextTools.suggestion(for: name, among: names).map { .message(Message(.didYouMeanName, ["name": .text($0)])) } ?? ""
    }

    /// Turns a located node into a file location.
    public func location(ofNode node: Node) -> SourceLocation {
        guard let mark = node.mark else { return headerLocation }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    private static func isNull(_ text: String, isPlain: Bool) -> Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}
