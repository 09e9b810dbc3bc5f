import Foundation

/// The language Bulletin speaks to editors and admins. Pages have their own language in site.yaml;
/// this one is for what the command line, `serve` and the browser overlay say.
public enum Language: String, Sendable, CaseIterable {
    case vietnamese = "vi"
    case english = "en"

    /// `vi`, `vi_VN.UTF-8`, `en-GB`… → the language, or nil for any other.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("vi") {
            self = .vietnamese
        } else if lower.hasPrefix("en") {
            self = .english
        } else {
            return nil
        }
    }

    /// The choice, strongest first: `--lang`, `BULLETIN_LANG`, site.yaml's `language`, then the
    /// system's `LC_ALL`, `LC_MESSAGES` or `LANG`. Vietnamese when none of them says.
    public static func choose(
        flag: String? = nil, site: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        let candidates = [flag, environment["BULLETIN_LANG"], site, environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
        for case let candidate? in candidates where !candidate.isEmpty {
            if let language = Language(code: candidate) { return language }
        }
        return .vietnamese
    }

    /// The language of `--help`, chosen before the arguments are parsed: `--lang X` or `--lang=X`
    /// among the arguments, then as `choose` without site.yaml.
    public static var forHelp: Language {
        let arguments = CommandLine.arguments
        var flag: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { flag = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { flag = String(argument.dropFirst("--lang=".count)) }
        }
        return choose(flag: flag)
    }
}

/// The name of one text in the catalogs, with its stable code (`BLT0123`) that the docs list
/// and `check --format json` reports. Codes never change meaning once released.
public struct MessageKey: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    public init(_ code: String) {
        self.code = code
    }

    public var description: String { code }
}

/// A value put into a message's `{name}` placeholder, written the way the reader's language writes it.
/// Not `indirect`: a nested message is already behind its dictionary's storage, and the boxes of an
/// indirect case carry the case in spare pointer bits, which LeakSanitizer cannot follow (every
/// diagnostic kept until exit was reported as a leak).
public enum MessageValue: Sendable, Hashable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
    case text(String)
    case number(Int)
    /// A decimal written with a comma in Vietnamese (95,83) and a point in English (95.83).
    case decimal(Double)
    /// A text of its own from the catalog, in the same language.
    case message(Message)

    public init(stringLiteral value: String) {
        self = .text(value)
    }

    public init(integerLiteral value: Int) {
        self = .number(value)
    }

    func text(in language: Language) -> String {
        switch self {
        case .text(let text):
            return text
        case .number(let number):
            let text = VietnameseNumber.format(number)
            return language == .vietnamese ? text : englishDecimal(text)
        case .decimal(let value):
            let text = VietnameseNumber.format(value, decimals: 2, trimZeros: true)
            return language == .vietnamese ? text : englishDecimal(text)
        case .message(let message):
            return message.text(in: language)
        }
    }

    /// 1.234,5 → 1,234.5: the same digits with the separators swapped.
    private func englishDecimal(_ text: String) -> String {
        String(text.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
    }

    /// The count a `{name|one|other}` placeholder chooses by.
    var count: Int? {
        if case .number(let number) = self { return number }
        return nil
    }
}

/// A text from the catalogs with its values: what a diagnostic, the summary or `serve` says,
/// kept unrendered until the reader's language is known.
public struct Message: Sendable, Hashable {
    public var key: MessageKey
    public var values: [String: MessageValue]

    public init(_ key: MessageKey, _ values: [String: MessageValue] = [:]) {
        self.key = key
        self.values = values
    }

    public var code: String { key.code }

    /// The text in `language`: `{name}` takes the value; `{name|one|other}` chooses by the number
    /// `name` holds (English plurals; Vietnamese writes one form).
    public func text(in language: Language) -> String {
        guard let template = Catalog.template(key, in: language) else {
            return "[\(key.code)]"
        }
        return MessageTemplate.fill(template, values: values, language: language)
    }
}

/// Fills the placeholders of a catalog text.
enum MessageTemplate {
    static func fill(_ template: String, values: [String: MessageValue], language: Language) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            result += replacement(for: inside, values: values, language: language)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    private static func replacement(for inside: Substring, values: [String: MessageValue], language: Language) -> String {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard let value = values[name] else { return "{\(name)}" }
        if parts.count == 3 {
            return value.count == 1 ? String(parts[1]) : String(parts[2])
        }
        return value.text(in: language)
    }

    /// The placeholder names a text uses: both languages of one key must use the same.
    static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inside = rest[rest.index(after: open)..<close]
            names.insert(String(inside.split(separator: "|", omittingEmptySubsequences: false)[0]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
