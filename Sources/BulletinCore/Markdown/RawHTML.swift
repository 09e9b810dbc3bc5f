import CMark
import Foundation

/// Raw HTML where `unsafe_html` is off, on cmark's tree. cmark's safe mode drops it; this says
/// so, at its line, and keeps what a blog moved into Bulletin needs most: an `<img>` becomes a
/// Markdown image (its address checked, its alt text and title kept), and a `<figcaption>` in
/// the same block its caption. The rest of the HTML is dropped as cmark drops it.
struct RawHTML {
    let lines: SourceLines
    let context: MarkdownContext
    let options: Int32
    var places: GitHubExtensions.Places = [:]
    var problems: [Diagnostic] = []

    static let keptMessage = Message(.rawHTMLImageKept)

    mutating func apply(to document: OpaquePointer) {
        let nodes = GitHubExtensions.htmlNodes(in: document)
        // One word per paragraph for its inline tags (a <br> on every line is one problem).
        var warnedParents = Set<OpaquePointer>()
        for node in nodes {
            let literal = GitHubExtensions.literal(of: node)
            if literal.starts(with: Array("<!--".utf8)) { continue }  // a comment hides nothing from readers
            let images = HTMLTags.images(in: literal)
            if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                warn(images.isEmpty ? Self.droppedBlockMessage : Self.keptMessage, at: node)
                if !images.isEmpty { replaceBlock(node, images: images, caption: HTMLTags.caption(in: literal)) }
            } else if let image = images.first {
                warn(Self.keptMessage, at: node)
                replaceInline(node, image: image)
            } else if let parent = cmark_node_parent(node), warnedParents.insert(parent).inserted {
                let tag = String(decoding: literal.prefix(40), as: UTF8.self)
                warn(Message(.rawHTMLInlineRemoved, ["tag": .text(tag)]), at: node)
            }
        }
    }

    static let droppedBlockMessage = Message(.rawHTMLBlockRemoved)

    /// The block's images as a paragraph in its place, then its caption as a paragraph of
    /// italic text (which makes the figure, when there is one image).
    private mutating func replaceBlock(_ block: OpaquePointer, images: [HTMLTags.Image], caption: [UInt8]?) {
        guard let paragraph = MarkdownConverter.newNode(CMARK_NODE_PARAGRAPH) else { return }
        for (index, image) in images.enumerated() {
            if index > 0, let space = MarkdownConverter.newNode(CMARK_NODE_TEXT) {
                cmark_node_set_literal(space, " ")
                cmark_node_append_child(paragraph, space)
            }
            cmark_node_append_child(paragraph, imageNode(image, in: block))
        }
        cmark_node_insert_before(block, paragraph)
        let text = caption.map(decode) ?? ""
        if images.count == 1, !text.isEmpty, let captionParagraph = MarkdownConverter.newNode(CMARK_NODE_PARAGRAPH),
            let emphasis = MarkdownConverter.newNode(CMARK_NODE_EMPH), let words = MarkdownConverter.newNode(CMARK_NODE_TEXT)
        {
            cmark_node_set_literal(words, text)
            cmark_node_append_child(emphasis, words)
            cmark_node_append_child(captionParagraph, emphasis)
            cmark_node_insert_before(block, captionParagraph)
        }
        cmark_node_free(block)
    }

    private mutating func replaceInline(_ node: OpaquePointer, image: HTMLTags.Image) {
        cmark_node_insert_before(node, imageNode(image, in: node))
        cmark_node_free(node)
    }

    /// An image node with the tag's address, alt text and title (entities decoded by cmark),
    /// placed where the tag was written.
    private mutating func imageNode(_ image: HTMLTags.Image, in html: OpaquePointer) -> OpaquePointer {
        let node = MarkdownConverter.newNode(CMARK_NODE_IMAGE)!
        cmark_node_set_url(node, decode(image.source))
        if let title = image.title { cmark_node_set_title(node, decode(title)) }
        let alt = decode(image.alt ?? [])
        if !alt.isEmpty, let text = MarkdownConverter.newNode(CMARK_NODE_TEXT) {
            cmark_node_set_literal(text, alt)
            cmark_node_append_child(node, text)
        }
        let line = Int(cmark_node_get_start_line(html)) + image.line
        let column = image.line == 0 ? Int(cmark_node_get_start_column(html)) + image.column : 1 + image.column
        places[node] = (line, column)
        return node
    }

    /// What an attribute's text says, its entities (`&amp;`, `&#7871;`) decoded by cmark: every
    /// other punctuation mark is escaped first, so that nothing in it is read as Markdown.
    private func decode(_ value: [UInt8]) -> String {
        guard value.contains(0x26) else { return KnownUTF8.string(value) }
        var escaped: [UInt8] = []
        for byte in value where byte != 0x0A && byte != 0x0D {
            if byte.isASCIIPunctuation && byte != 0x26 && byte != 0x23 && byte != 0x3B { escaped.append(0x5C) }
            escaped.append(byte)
        }
        guard let parser = cmark_parser_new_with_mem(options, &MarkdownConverter.arena) else { return KnownUTF8.string(value) }
        defer { cmark_parser_free(parser) }
        escaped.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return KnownUTF8.string(value) }
        defer { cmark_node_free(document) }
        var text: [UInt8] = []
        var child = cmark_node_first_child(document).flatMap { cmark_node_first_child($0) }
        while let node = child {
            text += GitHubExtensions.literal(of: node)
            child = cmark_node_next(node)
        }
        return KnownUTF8.string(text)
    }

    private mutating func warn(_ message: Message, at node: OpaquePointer) {
        let line = Int(cmark_node_get_start_line(node)), column = max(1, Int(cmark_node_get_start_column(node)))
        let offset = line >= 1 && line <= lines.starts.count ? lines.starts[line - 1] + column - 1 : 0
        problems.append(
            Diagnostic(
                .warning, message,
                at: lines.location(ofByte: min(offset, lines.bytes.count), file: context.file, firstLine: context.firstLine)))
    }
}
