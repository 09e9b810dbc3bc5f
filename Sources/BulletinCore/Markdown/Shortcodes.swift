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

public enum ShortcodeParser {
    /// Parses `{{< name key="value" … >}}`.
    static func parse(_ line: String) -> Result<(String, [(key: String, value: String)]), ParseMessage> {
        guard line.hasSuffix(">}}") else {
            return .failure(
                ParseMessage(
                    "a shortcode must close on the same line with >}}, as in {{< score-table index=\"par-index\" year=\"2022\" >}}"))
        }
        var rest = Substring(line.dropFirst(3).dropLast(3)).drop { $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !name.isEmpty else { return .failure(ParseMessage("a shortcode needs a name after {{<, such as score-table")) }
        rest = rest.dropFirst(name.count)
        var arguments: [(key: String, value: String)] = []
        while true {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty { break }
            let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !key.isEmpty else {
                return .failure(ParseMessage("unexpected \"\(rest.prefix(12))\" in shortcode '\(name)'; write arguments as key=\"value\""))
            }
            rest = rest.dropFirst(key.count)
            guard rest.first == "=", rest.dropFirst().first == "\"" else {
                return .failure(ParseMessage("the argument '\(key)' of shortcode '\(name)' needs a value in double quotes: \(key)=\"…\""))
            }
            rest = rest.dropFirst(2)
            guard let close = rest.firstIndex(of: "\"") else {
                return .failure(ParseMessage("the value of '\(key)' in shortcode '\(name)' has no closing double quote"))
            }
            let value = String(rest[..<close])
            if arguments.contains(where: { $0.key == String(key) }) {
                return .failure(ParseMessage("the argument '\(key)' is given twice in shortcode '\(name)'"))
            }
            arguments.append((String(key), value))
            rest = rest[rest.index(after: close)...]
        }
        return .success((String(name), arguments))
    }

    struct ParseMessage: Error, CustomStringConvertible {
        let description: String
        init(_ text: String) { description = text }
    }
}
