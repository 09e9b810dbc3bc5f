import CMark
import Foundation

/// Changes to cmark's tree planned during the walk, made after it.
struct TreeEdits {
    /// Image paragraph followed by a paragraph that is only emphasised text: a figure and caption.
    var figures: [(image: OpaquePointer, paragraph: OpaquePointer, caption: OpaquePointer)] = []
    /// Paragraphs that are a shortcode, with the shortcode's index.
    var shortcodes: [(paragraph: OpaquePointer, index: Int)] = []
    /// Images outside image descriptions, rendered with the page's attributes.
    var images: [OpaquePointer] = []
    /// Links to Markdown files, with their index in `RenderedMarkdown.links`.
    var contentLinks: [(link: OpaquePointer, index: Int)] = []

    static func isOnlyImage(_ paragraph: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(paragraph) else { return false }
        return cmark_node_get_type(child) == CMARK_NODE_IMAGE && cmark_node_next(child) == nil
    }

    mutating func planFigure(_ paragraph: OpaquePointer) {
        guard TreeEdits.isOnlyImage(paragraph), let next = cmark_node_next(paragraph),
            cmark_node_get_type(next) == CMARK_NODE_PARAGRAPH, let emphasis = cmark_node_first_child(next),
            cmark_node_get_type(emphasis) == CMARK_NODE_EMPH, cmark_node_next(emphasis) == nil,
            let image = cmark_node_first_child(paragraph)
        else { return }
        figures.append((image, paragraph, next))
    }

    /// Makes the planned changes. Figures come first (they move image nodes), then the nodes
    /// replaced by what the site renders for them.
    func apply(options: Int32) {
        for figure in figures { makeFigure(figure) }
        for (paragraph, index) in shortcodes {
            guard let block = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, LinkPlaceholders.shortcodeMarker(index))
            cmark_node_set_on_exit(block, "")
            cmark_node_insert_before(paragraph, block)
            cmark_node_free(paragraph)
        }
        for image in images { renderImage(image, options: options) }
        for (link, index) in contentLinks { markLink(link, index: index) }
    }

    private func makeFigure(_ planned: (image: OpaquePointer, paragraph: OpaquePointer, caption: OpaquePointer)) {
        guard let emphasis = cmark_node_first_child(planned.caption),
            let figure = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_BLOCK),
            let caption = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_BLOCK)
        else { return }
        cmark_node_set_on_enter(figure, "<figure>")
        cmark_node_set_on_exit(figure, "</figure>")
        cmark_node_set_on_enter(caption, "<figcaption>")
        cmark_node_set_on_exit(caption, "</figcaption>")
        cmark_node_insert_before(planned.paragraph, figure)
        cmark_node_unlink(planned.image)
        cmark_node_append_child(figure, planned.image)
        while let inline = cmark_node_first_child(emphasis) {
            cmark_node_unlink(inline)
            cmark_node_append_child(caption, inline)
        }
        cmark_node_append_child(figure, caption)
        cmark_node_free(planned.paragraph)
        cmark_node_free(planned.caption)
    }

    /// cmark renders the image (address, alt text and title escaped as everywhere else); the
    /// attributes the page needs go in front of them. Images below the fold are then not fetched
    /// until needed, a big saving on slow connections.
    private func renderImage(_ image: OpaquePointer, options: Int32) {
        guard let rendered = cmark_render_html(image, options), let inline = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_INLINE)
        else { return }
        let html = KnownUTF8.string(cString: rendered)
        let tag = "<img "
        guard html.hasPrefix(tag) else { return }
        cmark_node_set_on_enter(inline, "<img loading=\"lazy\" " + html.dropFirst(tag.utf8.count))
        cmark_node_insert_before(image, inline)
        cmark_node_free(image)
    }

    /// A link to a Markdown file is written with a marker for its address, filled once every
    /// file's address is known (`LinkPlaceholders`); its text stays cmark's nodes.
    private func markLink(_ link: OpaquePointer, index: Int) {
        guard let marked = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_INLINE) else { return }
        var open = "<a href=\"" + LinkPlaceholders.linkMarker(index) + "\""
        if let title = cmark_node_get_title(link), title[0] != 0 {
            open += " title=\"" + Escape.cmarkText(String(cString: title)) + "\""
        }
        cmark_node_set_on_enter(marked, open + ">")
        cmark_node_set_on_exit(marked, "</a>")
        cmark_node_insert_before(link, marked)
        while let child = cmark_node_first_child(link) {
            cmark_node_unlink(child)
            cmark_node_append_child(marked, child)
        }
        cmark_node_free(link)
    }
}
