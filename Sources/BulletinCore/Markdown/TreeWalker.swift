import CMark
import Foundation

/// One pass over cmark's tree: collects references and text, finds shortcodes, and plans the
/// edits (`TreeEdits`), which are made after the walk: cmark iterators must not see their tree
/// change underneath.
struct TreeWalker {
    /// Deepest nesting of block quotes, lists, emphasis and links accepted. Real articles stay
    /// under ten; thousands of levels ("> > > …" typed by a script) make pages browsers cannot
    /// lay out, so they are an error rather than a page.
    static let maximumDepth = 100

    let context: MarkdownContext
    var result: RenderedMarkdown
    private(set) var tooDeep = false
    var edits = TreeEdits()
    private var text: [UInt8] = []
    private var firstParagraph: [UInt8]? = nil
    private var collectingFirstParagraph = false
    /// Inside an image's description, which cmark renders as plain alt text: links and images
    /// there are words, not addresses.
    private var imageDepth = 0
    /// Inside a paragraph that is a shortcode: its text is the call, not words of the article,
    /// and links or images cmark found in it are part of the call (the paragraph is replaced).
    private var inShortcode = false

    /// The Markdown as given to cmark.
    let source: String
    /// Made the first time a place is needed (most bodies have no problem to report).
    private var lines: SourceLines? = nil
    /// The last column computed (line, byte column, character column): nodes come in document
    /// order, so counting on from there keeps a long line linear rather than quadratic.
    private var lastColumn = (line: 0, byte: 1, column: 1)

    /// Places of the links and images in table cells, which cmark parsed on their own.
    let places: GitHubExtensions.Places

    init(
        context: MarkdownContext, result: RenderedMarkdown, source: String, lines: SourceLines? = nil,
        places: GitHubExtensions.Places = [:]
    ) {
        self.context = context
        self.result = result
        self.source = source
        self.lines = lines
        self.places = places
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
            // The site's own nodes (tables, figures) are not the author's nesting.
            let isOwn = type == CMARK_NODE_CUSTOM_BLOCK || type == CMARK_NODE_CUSTOM_INLINE
            if !entering && !isOwn {
                depth -= 1
            } else if entering && !isOwn && !TreeWalker.isLeaf(type) {
                depth += 1
                if depth > TreeWalker.maximumDepth {
                    problem(.error, Message(.markdownTooDeep, ["maximum": .number(TreeWalker.maximumDepth)]), at: node)
                    tooDeep = true
                    return
                }
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if !inShortcode, let literal = cmark_node_get_literal(node) {
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
                    let isShortcode = inspectShortcodes(in: node)
                    inShortcode = isShortcode
                    edits.planFigure(node)
                    if firstParagraph == nil && !isShortcode && !TreeEdits.isOnlyImage(node)
                        && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT
                    {
                        firstParagraph = []
                        collectingFirstParagraph = true
                    }
                } else {
                    inShortcode = false
                    collectingFirstParagraph = false
                    space()
                }
            case CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_CUSTOM_BLOCK:
                if !entering { space() }
            case CMARK_NODE_CUSTOM_INLINE:
                // A table's cell ends its line in the HTML; its words end there too.
                if !entering, let exit = cmark_node_get_on_exit(node), exit[0] != 0, exit[strlen(exit) - 1] == 0x0A { space() }
            case CMARK_NODE_LINK:
                if entering && imageDepth == 0 && !inShortcode { rewriteAddress(of: node, isImage: false) }
            case CMARK_NODE_IMAGE:
                if entering {
                    if imageDepth == 0 && !inShortcode {
                        if let path = rewriteAddress(of: node, isImage: true) {
                            edits.images.append((node, result.images.count))
                            result.images.append(path)
                        } else {
                            edits.images.append((node, nil))
                        }
                        if cmark_node_first_child(node) == nil {
                            problem(.warning, Message(.imageWithoutAlt), at: node)
                        }
                    }
                    imageDepth += 1
                } else {
                    imageDepth -= 1
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

    mutating func problem(_ severity: Diagnostic.Severity, _ message: Message, at node: OpaquePointer) {
        result.problems.append(Diagnostic(severity, message, at: location(of: node)))
    }

    /// Where a node starts, with the column counted in characters.
    mutating func location(of node: OpaquePointer) -> SourceLocation {
        let place = places[node] ?? (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
        let line = place.line
        let byteColumn = max(1, place.column)
        let lines = sourceLines()
        var column = byteColumn
        if line >= 1, line <= lines.starts.count {
            if lastColumn.line != line || lastColumn.byte > byteColumn { lastColumn = (line, 1, 1) }
            let lineStart = lines.starts[line - 1]
            let from = min(lines.bytes.count, lineStart + lastColumn.byte - 1)
            let to = min(lines.bytes.count, lineStart + byteColumn - 1)
            column = lastColumn.column + TextTools.characterCount(lines.bytes[from..<max(from, to)])
            lastColumn = (line, byteColumn, column)
        }
        return SourceLocation(file: context.file, line: line + context.firstLine - 1, column: column)
    }

    func applyEdits(options: Int32) { edits.apply(options: options) }

    mutating func sourceLines() -> SourceLines {
        if let lines { return lines }
        let made = SourceLines(source)
        lines = made
        return made
    }
}
