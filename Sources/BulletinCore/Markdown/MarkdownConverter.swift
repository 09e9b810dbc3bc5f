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
    /// else a shortcode line is an error rather than a placeholder left in the page.
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
/// shortcodes are still placeholders (see `LinkPlaceholders`): their targets are only known once
/// every file has been read.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var links: [ContentLink] = []
    public var assets: [AssetReference] = []
    public var siteLinks: [SiteLink] = []
    public var shortcodes: [ShortcodeCall] = []
    /// The first paragraph as plain text (the default lead).
    public var firstParagraph: String = ""
    /// All text, for the search index.
    public var plainText: String = ""
    public var problems: [Diagnostic] = []
}

/// CommonMark to HTML through cmark, with the site's rules on top:
/// - raw HTML and `javascript:` addresses are dropped unless `unsafe_html: true`;
/// - addresses to Markdown files, media files and site pages are resolved and checked;
/// - an image followed by a paragraph that is only emphasised text becomes a figure with caption;
/// - shortcode lines become placeholders for the stage that renders them.
public enum MarkdownConverter {
    public static func convert(_ body: String, context: MarkdownContext) -> RenderedMarkdown {
        let extracted = ShortcodeParser.extract(from: body, file: context.file, firstLine: context.firstLine)
        var result = RenderedMarkdown(html: "")
        result.shortcodes = extracted.calls
        result.problems = extracted.problems
        if !context.allowsShortcodes {
            for call in extracted.calls {
                result.problems.append(
                    Diagnostic(
                        .error,
                        "the shortcode '\(call.name)' works only in articles (content/articles/); put it in an article and link to that article from here",
                        at: call.location))
            }
        }

        var options = CMARK_OPT_DEFAULT
        if context.unsafeHTML { options |= CMARK_OPT_UNSAFE }
        let source = extracted.text
        // Everything cmark allocates for this document comes from this thread's arena and is
        // given back at once at the end (see csystem.h), the HTML included once it is copied.
        defer { bulletin_arena_reset() }
        let parsed: OpaquePointer? = MarkdownConverter.parse(source, options: options)
        guard let document = parsed else {
            result.problems.append(
                Diagnostic(.error, "the Markdown could not be read", at: SourceLocation(file: context.file, line: context.firstLine)))
            return result
        }

        var walker = TreeWalker(context: context, result: result, source: source, shortcodePrefix: extracted.prefix)
        walker.walk(document)
        // A body nested too deeply has its error; rendering it would only make a page no browser shows.
        if walker.tooDeep { return walker.result }
        walker.applyEdits()
        result = walker.result

        if let html = cmark_render_html(document, options) {
            result.html = lazyImages(html)
        }
        return result
    }

    /// The arena's functions as cmark takes them. Only read, so every thread can share it.
    nonisolated(unsafe) private static var arena = cmark_mem(
        calloc: bulletin_arena_calloc, realloc: bulletin_arena_realloc, free: bulletin_arena_free)

    private static func parse(_ source: String, options: Int32) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(options, &arena) else { return nil }
        defer { cmark_parser_free(parser) }
        ByteSearch.withBytes(source) { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return cmark_parser_finish(parser)
    }

    /// cmark's HTML as a String, with images below the fold not fetched until needed (a big
    /// saving on slow connections). Made in one copy from cmark's buffer: turning it into a
    /// String first and then copying it again with the attribute added took twice as long.
    private static func lazyImages(_ html: UnsafeMutablePointer<CChar>) -> String {
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) {
            ByteSearch.string(of: UnsafeBufferPointer(start: $0, count: count), replacing: "<img ", with: "<img loading=\"lazy\" ")
        }
    }
}

/// One pass over the cmark tree: collects references and text, plans edits. The tree is only
/// changed after the walk (cmark iterators must not see their tree change underneath).
private struct TreeWalker {
    /// Deepest nesting of block quotes, lists, emphasis and links accepted. Real articles stay
    /// under ten; thousands of levels ("> > > …" typed by a script) make pages browsers cannot
    /// lay out, so they are an error rather than a page.
    static let maximumDepth = 100

    let context: MarkdownContext
    var result: RenderedMarkdown
    private(set) var tooDeep = false
    var text: [UInt8] = []
    var firstParagraph: [UInt8]? = nil
    var collectingFirstParagraph = false
    var figures: [(image: OpaquePointer, paragraph: OpaquePointer, caption: OpaquePointer)] = []
    var shortcodeParagraphs: [(paragraph: OpaquePointer, index: Int)] = []

    /// The Markdown as given to cmark, to turn cmark's byte columns into character columns.
    let source: String
    /// What shortcode placeholders start with; empty when the body has none.
    let shortcodePrefix: String
    private var sourceBytes: [UInt8] = []
    private var lineStarts: [Int]? = nil
    /// The last column computed (line, byte column, character column): nodes come in document
    /// order, so counting on from there keeps a long line linear rather than quadratic.
    private var lastColumn = (line: 0, byte: 1, column: 1)

    init(context: MarkdownContext, result: RenderedMarkdown, source: String, shortcodePrefix: String) {
        self.context = context
        self.result = result
        self.source = source
        self.shortcodePrefix = shortcodePrefix
        text.reserveCapacity(4096)
    }

    mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var depth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            if !entering {
                depth -= 1
            } else if !TreeWalker.isLeaf(type) {
                depth += 1
                if depth > TreeWalker.maximumDepth {
                    result.problems.append(
                        Diagnostic(
                            .error,
                            "the text is nested more than \(TreeWalker.maximumDepth) levels deep (quotes, lists, emphasis or links inside one another); simplify it",
                            at: location(of: node)))
                    tooDeep = true
                    return
                }
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) {
                    let length = strlen(literal)
                    literal.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
                        let bytes = UnsafeBufferPointer(start: pointer, count: length)
                        text.append(contentsOf: bytes)
                        if collectingFirstParagraph { firstParagraph?.append(contentsOf: bytes) }
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                space()
            case CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) {
                    text.append(contentsOf: Array(String(cString: literal).utf8))
                }
                space()
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    inspectParagraph(node)
                    if firstParagraph == nil && !isOnlyImage(node) && !isShortcode(node)
                        && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT
                    {
                        firstParagraph = []
                        collectingFirstParagraph = true
                    }
                } else {
                    collectingFirstParagraph = false
                    space()
                }
            case CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE:
                if !entering { space() }
            case CMARK_NODE_LINK:
                if entering { rewriteAddress(of: node, isImage: false) }
            case CMARK_NODE_IMAGE:
                if entering {
                    rewriteAddress(of: node, isImage: true)
                    if cmark_node_first_child(node) == nil {
                        result.problems.append(
                            Diagnostic(
                                .warning,
                                "image without alt text: describe it for readers who cannot see it, as in ![Đồng chí … phát biểu](…)",
                                at: location(of: node)))
                    }
                }
            default:
                break
            }
        }
        // Text nodes hold no line breaks and `space()` never doubles a space: no collapsing needed.
        while text.last == 0x20 { text.removeLast() }
        // Pieces of cmark's text joined by spaces: UTF-8 already.
        result.plainText = KnownUTF8.string(text)
        result.firstParagraph = TextTools.collapseWhitespace(KnownUTF8.string(firstParagraph ?? []))
    }

    /// Nodes that cmark's iterator enters without a matching exit.
    static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private mutating func space() {
        if let last = text.last, last != 0x20 { text.append(0x20) }
        if collectingFirstParagraph, let last = firstParagraph?.last, last != 0x20 { firstParagraph?.append(0x20) }
    }

    /// Where a node starts, with the column counted in characters as editors see them (cmark
    /// counts bytes, and every Vietnamese letter with a mark is two or three bytes).
    private mutating func location(of node: OpaquePointer) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = max(1, Int(cmark_node_get_start_column(node)))
        if lineStarts == nil {
            sourceBytes = Array(source.utf8)
            var starts = [0]
            // memchr from one line break to the next: a byte-by-byte loop over the whole text
            // was a tenth of the Markdown stage.
            sourceBytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                var offset = 0
                while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                    starts.append(offset)
                }
            }
            lineStarts = starts
        }
        var column = byteColumn
        if let starts = lineStarts, line >= 1, line <= starts.count {
            if lastColumn.line != line || lastColumn.byte > byteColumn { lastColumn = (line, 1, 1) }
            let lineStart = starts[line - 1]
            let from = min(sourceBytes.count, lineStart + lastColumn.byte - 1)
            let to = min(sourceBytes.count, lineStart + byteColumn - 1)
            column = lastColumn.column + TextTools.characterCount(sourceBytes[from..<max(from, to)])
            lastColumn = (line, byteColumn, column)
        }
        return SourceLocation(file: context.file, line: line + context.firstLine - 1, column: column)
    }

    private func isOnlyImage(_ paragraph: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(paragraph) else { return false }
        return cmark_node_get_type(child) == CMARK_NODE_IMAGE && cmark_node_next(child) == nil
    }

    private func isShortcode(_ paragraph: OpaquePointer) -> Bool {
        guard !shortcodePrefix.isEmpty, let child = cmark_node_first_child(paragraph),
            cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child)
        else { return false }
        return String(cString: literal).hasPrefix(shortcodePrefix)
    }

    /// Plans figures (image paragraph + emphasised caption paragraph) and shortcode blocks.
    private mutating func inspectParagraph(_ paragraph: OpaquePointer) {
        if isOnlyImage(paragraph), let next = cmark_node_next(paragraph),
            cmark_node_get_type(next) == CMARK_NODE_PARAGRAPH, let emphasis = cmark_node_first_child(next),
            cmark_node_get_type(emphasis) == CMARK_NODE_EMPH, cmark_node_next(emphasis) == nil
        {
            figures.append((cmark_node_first_child(paragraph)!, paragraph, next))
        }
        // A shortcode placeholder must be a paragraph on its own; elsewhere it is an error.
        guard !shortcodePrefix.isEmpty else { return }
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
                let value = String(cString: literal)
                if let offset = ByteSearch.offsets(of: shortcodePrefix, in: value).first {
                    let digits = String(
                        decoding: value.utf8.dropFirst(offset + shortcodePrefix.utf8.count).prefix { $0 >= 0x30 && $0 <= 0x39 },
                        as: UTF8.self)
                    if let index = Int(digits), index < result.shortcodes.count {
                        let alone =
                            value == ShortcodeParser.placeholder(index, prefix: shortcodePrefix) && cmark_node_next(node) == nil
                            && cmark_node_previous(node) == nil
                        if alone {
                            shortcodeParagraphs.append((paragraph, index))
                        } else {
                            result.problems.append(
                                Diagnostic(
                                    .error,
                                    "a shortcode must stand on a line of its own, with an empty line before and after it",
                                    at: result.shortcodes[index].location))
                        }
                    }
                }
            }
            child = cmark_node_next(node)
        }
    }

    /// Resolves a link or image address and records what must exist.
    private mutating func rewriteAddress(of node: OpaquePointer, isImage: Bool) {
        guard let raw = cmark_node_get_url(node).map({ String(cString: $0) }) else { return }
        let place = location(of: node)
        switch Reference.resolve(raw, from: context.relativePath, basePath: context.basePath) {
        case .external, .fragment:
            break
        case .content(let path, let fragment):
            if isImage {
                result.problems.append(Diagnostic(.error, "an image cannot show a Markdown file (\(raw))", at: place))
                return
            }
            result.links.append(ContentLink(target: path, fragment: fragment, location: place))
            cmark_node_set_url(node, LinkPlaceholders.link(result.links.count - 1))
        case .asset(let path, let url):
            result.assets.append(AssetReference(path: path, location: place))
            cmark_node_set_url(node, url)
        case .site(let path, let url):
            if isImage {
                result.problems.append(
                    Diagnostic(.error, "the image address \"\(raw)\" is not a file; point it to a file under media/", at: place))
                return
            }
            result.siteLinks.append(SiteLink(path: path, location: place))
            cmark_node_set_url(node, url)
        case .invalid(let reason):
            result.problems.append(Diagnostic(.error, reason, at: place))
        case .refused(let reason):
            // Safe mode would blank it too; clearing it here also means text can never pass for
            // one of the generator's own placeholders ("bulletin-link:0").
            result.problems.append(Diagnostic(.warning, reason + "; it is removed", at: place))
            cmark_node_set_url(node, "")
        }
    }

    /// Applies the planned tree edits after the walk.
    mutating func applyEdits() {
        for (image, paragraph, captionParagraph) in figures {
            guard let emphasis = cmark_node_first_child(captionParagraph),
                let figure = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
                let caption = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            else { continue }
            cmark_node_set_on_enter(figure, "<figure>")
            cmark_node_set_on_exit(figure, "</figure>")
            cmark_node_set_on_enter(caption, "<figcaption>")
            cmark_node_set_on_exit(caption, "</figcaption>")
            cmark_node_insert_before(paragraph, figure)
            cmark_node_unlink(image)
            cmark_node_append_child(figure, image)
            while let inline = cmark_node_first_child(emphasis) {
                cmark_node_unlink(inline)
                cmark_node_append_child(caption, inline)
            }
            cmark_node_append_child(figure, caption)
            cmark_node_free(paragraph)
            cmark_node_free(captionParagraph)
        }
        for (paragraph, index) in shortcodeParagraphs {
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, LinkPlaceholders.shortcode(index))
            cmark_node_set_on_exit(block, "")
            cmark_node_insert_before(paragraph, block)
            cmark_node_free(paragraph)
        }
    }
}
