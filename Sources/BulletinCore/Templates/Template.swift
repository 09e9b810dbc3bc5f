/// A parsed Mustache template: text, values, sections and partials in a tree, names already
/// split at their dots. Rendering walks this tree (`TemplateRenderer`).
///
/// Bulletin parses and renders Mustache itself instead of through swift-mustache: that library
/// finds out what each value is with several dynamic casts per lookup, which made up about 45%
/// of a whole build (docs/performance.md, "Where the time goes"). The tests render the theme with both and
/// compare (`TemplateEngineTests`).
public struct Template: Sendable {
    let parts: [TemplatePart]
    /// `{{> name}}` tags with their positions, for the check that every partial exists.
    let partials: [PartialReference]

    /// `{{name}}` and `{{#name}}` tags with their positions, for the check that views offer each key.
    let names: [NameReference]
    /// A fingerprint of the source text: a template whose text is the same renders the same.
    let digest: Int

    struct PartialReference: Sendable {
        let name: String
        let line: Int
        let column: Int
    }

    struct NameReference: Sendable {
        /// As written: "article.title", ".", "has_related".
        let name: String
        let line: Int
        let column: Int
    }

    private init(parts: [TemplatePart], partials: [PartialReference], names: [NameReference], digest: Int) {
        self.parts = parts
        self.partials = partials
        self.names = names
        self.digest = digest
    }

    /// A copy that shares no storage with this one (see `ThreadCopies`).
    func copy() -> Template {
        Template(parts: parts.map { $0.copy() }, partials: partials, names: names, digest: digest)
    }

    /// Parses `text`; throws a `TemplateSyntaxError` at the first mistake.
    public init(parsing text: String) throws {
        var parser = TemplateParser(text)
        self.parts = try parser.parse()
        self.partials = parser.partials
        self.names = parser.names
        self.digest = Digest.of(text)
    }
}

/// One piece of a template. Not `indirect`: a section's body is an array, already a reference,
/// so no case needs a box of its own (boxes were one allocation per part, and their pointers
/// carry the case in spare bits, which LeakSanitizer cannot follow).
enum TemplatePart: Sendable {
    case text(String)
    /// {{name}} (escaped) or {{{name}}} / {{&name}} (as is).
    case value(TemplateName, escaped: Bool)
    /// {{#name}}…{{/name}} or, inverted, {{^name}}…{{/name}}.
    case section(TemplateName, inverted: Bool, body: [TemplatePart])
    /// {{> name}}. `indentation` is the whitespace before a partial alone on its line (possibly
    /// none), put before each line of the partial's own text; nil for a partial inside a line.
    case partial(String, indentation: String?)
}

extension TemplatePart {
    func copy() -> TemplatePart {
        switch self {
        case .text(let text): return .text(fresh(text))
        case .value(let name, let escaped): return .value(name.copy(), escaped: escaped)
        case .section(let name, let inverted, let body):
            return .section(name.copy(), inverted: inverted, body: body.map { $0.copy() })
        case .partial(let name, let indentation): return .partial(fresh(name), indentation: indentation.map(fresh))
        }
    }
}

/// A String with storage of its own (not shared with `text`).
private func fresh(_ text: String) -> String {
    var copy = ""
    copy.reserveCapacity(text.utf8.count)
    copy.append(text)
    return copy
}

/// A key path: "site.agency.name" is ["site", "agency", "name"]. `fromTop` is true for "." (the
/// current value: `keys` is empty) and for names starting with a dot, which look only at the
/// current value instead of walking up the enclosing ones.
struct TemplateName: Sendable {
    let keys: [String]
    let fromTop: Bool

    private init(keys: [String], fromTop: Bool) {
        self.keys = keys
        self.fromTop = fromTop
    }

    func copy() -> TemplateName { TemplateName(keys: keys.map(fresh), fromTop: fromTop) }

    init(_ name: String) {
        if name == "." {
            keys = []
            fromTop = true
        } else {
            fromTop = name.hasPrefix(".")
            keys = name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        }
    }
}

/// A template that does not parse: what is wrong, where, and how to fix it.
public struct TemplateSyntaxError: Error, Sendable {
    /// What is wrong, from the catalogs.
    public let content: Message
    public let line: Int
    public let column: Int

    init(_ content: Message, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The text in English, as logs and tests read it.
    public var message: String { content.text(in: .english) }
}
