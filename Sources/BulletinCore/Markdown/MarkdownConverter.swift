import CBulletinSystem
import CMark
import Foundation

/// Where a Markdown body comes from and how its addresses resolve.
public struct MarkdownContext: Sendable {
    /// Path shown in messages ("content/articles/2023/01/bai.md").
    public var file: String
    /// Content-relative path of the file, for resolving relative addresses.
    public var relativePath: String
    /// Line of the file where the body starts (after the front matter).
    public var firstLine: Int
    public var basePath: String
    public var unsafeHTML: Bool
    /// Whether the file may hold shortcodes: only articles, whose pages render them; anywhere
    /// else a shortcode paragraph is an error rather than a marker left in the page.
    public var allowsShortcodes: Bool

    public init(
        file: String, relativePath: String, firstLine: Int, basePath: String, unsafeHTML: Bool, allowsShortcodes: Bool = true
    ) {
        self.file = file
        self.relativePath = relativePath
        self.firstLine = firstLine
        self.basePath = basePath
        self.unsafeHTML = unsafeHTML
        self.allowsShortcodes = allowsShortcodes
    }
}

/// A Markdown body rendered to HTML, with what it refers to. Links to other Markdown files and
/// shortcodes are still markers (see `LinkPlaceholders`): their targets are only known once
/// every file has been read.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var links: [ContentLink] = []
    public var assets: [AssetReference] = []
    /// The site's own files shown as images, in the order of their markers (`ImageMarkers`).
    public var images: [String] = []
    public var siteLinks: [SiteLink] = []
    public var shortcodes: [ShortcodeCall] = []
    /// Shortcode paragraphs of an article that could not be read; validation reports them.
    public var unreadShortcodes: [UnreadShortcode] = []
    /// The first paragraph as plain text (the default lead).
    public var firstParagraph: String = ""
    /// All text, for the search index.
    public var plainText: String = ""
    public var problems: [Diagnostic] = []
}

/// CommonMark to HTML through cmark. The text goes to cmark as the author wrote it; the site's
/// rules are applied to cmark's node tree, never to the text before or the HTML after:
/// - addresses of links and images are resolved and checked on link and image nodes;
/// - an image node is rendered with the attributes a page needs (`loading`, `decoding`);
/// - an image followed by a paragraph that is only emphasised text becomes a figure with caption;
/// - a paragraph that is only a shortcode (at any depth: list items, quotes) becomes a block
///   the render stage fills; shortcodes in code, HTML or running text stay text;
/// - GitHub's tables and strikethrough are made from the paragraphs and text nodes that hold
///   them (`GitHubExtensions`).
/// Raw HTML is dropped unless `unsafe_html: true`, as cmark does in its safe mode, with a warning;
/// its `<img>` tags are kept as Markdown images (`RawHTML`).
public enum MarkdownConverter {
    public static func convert(_ body: String, context: MarkdownContext) -> RenderedMarkdown {
        var result = RenderedMarkdown(html: "")
        // The markers the later stages fill hold U+0001. Where raw HTML is allowed, the author may
        // not type it, or raw HTML could pass for a marker; editors never mean it (an invisible
        // character pasted from another program). In safe mode cmark escapes all text, so there
        // it is only text.
        if context.unsafeHTML,
            let offset = ByteSearch.withBytes(body, { bytes in bytes.firstIndex(of: LinkPlaceholders.markerByte) })
        {
            result.problems.append(
                Diagnostic(
                    .error, .markdownControlCharacter,
                    at: SourceLines(body).location(ofByte: offset, file: context.file, firstLine: context.firstLine)))
            return result
        }

        var options = CMARK_OPT_DEFAULT
        if context.unsafeHTML { options |= CMARK_OPT_UNSAFE }
        // Everything cmark allocates for this document comes from this thread's arena and is
        // given back at once at the end (see csystem.h), the HTML included once it is copied.
        defer { bulletin_arena_reset() }
        guard let document = parse(body, options: options) else {
            result.problems.append(
                Diagnostic(.error, .markdownUnreadable, at: SourceLocation(file: context.file, line: context.firstLine)))
            return result
        }

        var lines: SourceLines? = nil
        var places = GitHubExtensions.apply(
            to: document, source: body,
            lines: {
                if let lines { return lines }
                let made = SourceLines(body)
                lines = made
                return made
            }, options: options, unsafeHTML: context.unsafeHTML)
        if !context.unsafeHTML, ByteSearch.contains(body, "<") {
            let made = lines ?? SourceLines(body)
            lines = made
            var raw = RawHTML(lines: made, context: context, options: options)
            raw.apply(to: document)
            places.merge(raw.places) { first, _ in first }
            result.problems += raw.problems
        }
        var walker = TreeWalker(context: context, result: result, source: body, lines: lines, places: places)
        walker.walk(document)
        // A body nested too deeply has its error; rendering it would only make a page no browser shows.
        if walker.tooDeep { return walker.result }
        walker.applyEdits(options: options)
        result = walker.result

        if let html = cmark_render_html(document, options) {
            result.html = KnownUTF8.string(cString: html)
        }
        return result
    }

    /// The arena's functions as cmark takes them. Only read, so every thread can share it.
    nonisolated(unsafe) static var arena = cmark_mem(
        calloc: bulletin_arena_calloc, realloc: bulletin_arena_realloc, free: bulletin_arena_free)

    /// A node of the document's kind of memory (nodes from `cmark_node_new` would be malloc'd
    /// and never freed, since the document is given back with the arena, not node by node).
    static func newNode(_ type: cmark_node_type) -> OpaquePointer? {
        cmark_node_new_with_mem(type, &arena)
    }

    private static func parse(_ source: String, options: Int32) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(options, &arena) else { return nil }
        defer { cmark_parser_free(parser) }
        ByteSearch.withBytes(source) { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return cmark_parser_finish(parser)
    }
}

extension MarkdownConverter {
    /// What cmark alone makes of `body`, with none of the site's rules: the reference the tests
    /// and the Markdown fuzz target compare `convert` with.
    public static func cmarkOnly(_ body: String, unsafeHTML: Bool) -> String {
        var options = CMARK_OPT_DEFAULT
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        return ByteSearch.withBytes(body) { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars -> String in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, options) else { return "" }
                defer { free(html) }
                return String(cString: html)
            }
        }
    }
}
