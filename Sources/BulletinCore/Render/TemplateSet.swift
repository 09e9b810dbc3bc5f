import Foundation
import Mustache

/// The theme's Mustache templates, read and parsed once per build.
///
/// Every `*.mustache` file under the templates folder is registered under its path without the
/// extension ("article", "partials/card"). A template that does not parse, a missing required
/// template and a partial that names no template are errors naming the template file.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let names: Set<String>
    /// The templates folder, for copying `assets/`.
    public let root: String

    /// Templates the core pages need; other features check their own.
    public static let required = [
        "layout", "home", "article", "list", "terms", "archive", "page", "404",
        "partials/header", "partials/footer", "partials/card", "partials/card-compact",
    ]

    /// Name of the escaper registered with swift-mustache (see `FastHTMLEscaping`).
    static let contentTypeName = "BULLETIN_HTML"
    /// Put before each template's text so that it escapes with `FastHTMLEscaping`.
    /// It ends with a newline and stands alone, so the template's own lines come out unchanged.
    static let prologue = "{{% CONTENT_TYPE: \(contentTypeName) }}\n"

    public init(library: MustacheLibrary, names: Set<String>, root: String) {
        self.library = library
        self.names = names
        self.root = root
    }

    /// `alsoRequired`: templates the features need besides the core's (`required`). A required
    /// template that is missing is an error; one that exists but does not parse has its own.
    public static func load(
        from root: String, displayRoot: String, io: FileIO, alsoRequired: [String] = [], diagnostics: Diagnostics
    ) -> TemplateSet? {
        FastHTMLEscaping.register()
        let tree = ContentTree(root: root, displayRoot: displayRoot, io: io)
        guard io.isDirectory(root) else {
            diagnostics.error("the templates folder does not exist; give its path with --templates", at: SourceLocation(file: displayRoot))
            return nil
        }
        let files = tree.files(under: ".", diagnostics: diagnostics)
            .map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
            .filter { $0.hasSuffix(".mustache") }
        var library = MustacheLibrary()
        var names = Set<String>()
        var texts: [String: (String, String)] = [:]
        for relative in files {
            let file = tree.display(relative)
            let name = String(relative.dropLast(".mustache".count))
            guard let text = tree.readText(relative, diagnostics: diagnostics, unreadable: { "cannot read this template: \($0)" })
            else { continue }
            do {
                library.register(try MustacheTemplate(string: prologue + text), named: name)
                names.insert(name)
                texts[name] = (file, text)
            } catch let error as MustacheTemplate.ParserError {
                let line = max(1, error.context.lineNumber - 1)
                diagnostics.error(
                    "the template does not parse: \(explain(error.error))",
                    at: SourceLocation(file: file, line: line, column: max(1, error.context.columnNumber)))
            } catch {
                diagnostics.error("the template does not parse: \(error)", at: SourceLocation(file: file))
            }
        }
        for name in required + alsoRequired where !names.contains(name) && texts[name] == nil {
            if !files.contains(name + ".mustache") {
                diagnostics.error(
                    "the theme has no template '\(name)': create \(name).mustache (the default theme has one to start from)",
                    at: SourceLocation(file: tree.display(name + ".mustache")))
            }
        }
        for (name, (file, text)) in texts {
            for (partial, line) in partialReferences(in: text) where !names.contains(partial) {
                diagnostics.error(
                    "the partial '\(partial)' used by '\(name)' does not exist: create \(partial).mustache or fix the name",
                    at: SourceLocation(file: file, line: line, column: 1))
            }
        }
        return TemplateSet(library: library, names: names, root: root)
    }

    /// Renders `name` with `context`.
    public func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    public func has(_ name: String) -> Bool { names.contains(name) }

    /// `{{> name}}` and `{{< name}}` tags with their lines (default delimiters only).
    static func partialReferences(in text: String) -> [(String, Int)] {
        var found: [(String, Int)] = []
        var line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            rest = rest[open.upperBound...]
            guard let marker = rest.first, marker == ">" || marker == "<" else { continue }
            let inner = rest.dropFirst().drop { $0 == " " }
            let name = inner.prefix { !$0.isWhitespace && $0 != "}" }
            if !name.isEmpty && !name.hasPrefix("*") { found.append((String(name), line)) }
        }
        return found
    }

    static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with ({{#a}} … {{/a}})"
        case .unfinishedName: return "a tag is not finished: every {{ needs a matching }}"
        case .expectedSectionEnd: return "a section is never closed: add {{/name}} for each {{#name}} or {{^name}}"
        case .invalidSetDelimiter: return "the set-delimiter tag is badly formed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only {{$block}} sections may appear inside {{<parent}}"
        case .textInsideInheritSection: return "text cannot appear directly inside {{<parent}}"
        case .invalidConfigVariableSyntax: return "the {{% … }} tag is badly formed"
        case .unrecognisedConfigVariable: return "unknown {{% … }} setting"
        }
    }
}

/// HTML escaping for templates. swift-mustache's own escaper walks grapheme clusters and looks
/// each one up in a dictionary; this one scans bytes and returns the string untouched when there
/// is nothing to escape, which is most values. Output is identical (the same five characters).
struct FastHTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { Escape.html(text) }

    private static let once: Void = {
        MustacheContentTypes.register(FastHTMLEscaping(), named: TemplateSet.contentTypeName)
    }()

    static func register() { _ = once }
}
