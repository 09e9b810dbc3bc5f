/// `{{< score-table index="par-index" year="2022" >}}`, a paragraph of its own in an article.
public struct ShortcodeCall: Sendable, Equatable {
    public var name: String
    /// Arguments in the order written.
    public var arguments: [(key: String, value: String)]
    public var location: SourceLocation

    public func argument(_ key: String) -> String? {
        arguments.first { $0.key == key }?.value
    }

    public static func == (a: ShortcodeCall, b: ShortcodeCall) -> Bool {
        a.name == b.name && a.location == b.location && a.arguments.map(\.key) == b.arguments.map(\.key)
            && a.arguments.map(\.value) == b.arguments.map(\.value)
    }
}

/// A shortcode paragraph that could not be read, kept for validation: when its name is not a
/// known shortcode, that is said first ("unknown shortcode 'youtube'"), rather than what is
/// wrong with arguments it could never have taken.
public struct UnreadShortcode: Sendable, Equatable {
    public var name: String?
    public var message: Message
    public var location: SourceLocation
}

public enum ShortcodeParser {
    /// Parses `{{< name key="value" … >}}`.
    static func parse(_ line: String) -> Result<(String, [(key: String, value: String)]), ParseMessage> {
        guard line.hasSuffix(">}}") else {
            return .failure(ParseMessage(.shortcodeNotClosed, ["example": .text(example)]))
        }
        var rest = Substring(line.dropFirst(3).dropLast(3)).drop { $0 == " " }
        if rest.first == "/" {
            // Hugo's closing tag of a paired shortcode ({{< /code-toggle >}}): none exist here.
            let closed = rest.dropFirst().drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            return .failure(
                ParseMessage(.shortcodeClosingTag, ["tag": .text("{{< /\(closed) >}}")], name: closed.isEmpty ? nil : closed))
        }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !name.isEmpty else { return .failure(ParseMessage(.shortcodeNoName, ["opening": "{{<"])) }
        rest = rest.dropFirst(name.count)
        var arguments: [(key: String, value: String)] = []
        while true {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty { break }
            let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !key.isEmpty else {
                return .failure(
                    ParseMessage(
                        .shortcodeUnexpectedText, ["text": .text(String(rest.prefix(12))), "name": .text(String(name))], name: name))
            }
            rest = rest.dropFirst(key.count)
            guard rest.first == "=", rest.dropFirst().first == "\"" else {
                return .failure(
                    ParseMessage(.shortcodeValueNotQuoted, ["argument": .text(String(key)), "name": .text(String(name))], name: name))
            }
            rest = rest.dropFirst(2)
            guard let close = rest.firstIndex(of: "\"") else {
                return .failure(
                    ParseMessage(.shortcodeValueNotClosed, ["argument": .text(String(key)), "name": .text(String(name))], name: name))
            }
            let value = String(rest[..<close])
            if arguments.contains(where: { $0.key == String(key) }) {
                return .failure(
                    ParseMessage(.shortcodeArgumentTwice, ["argument": .text(String(key)), "name": .text(String(name))], name: name))
            }
            arguments.append((String(key), value))
            rest = rest[rest.index(after: close)...]
        }
        return .success((String(name), arguments))
    }

    /// How a shortcode is written, for messages: its braces are given as a value, since the
    /// catalogs' texts read braces as placeholders.
    static let example = "{{< score-table index=\"par-index\" year=\"2022\" >}}"

    struct ParseMessage: Error {
        let message: Message
        /// The shortcode's name, when it got that far: an unknown name is the first thing to say.
        var name: String? = nil
        init(_ key: MessageKey, _ values: [String: MessageValue], name: Substring? = nil) {
            message = Message(key, values)
            self.name = name.map(String.init)
        }
    }
}
