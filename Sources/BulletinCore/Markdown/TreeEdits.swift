import CMark
import Foundation

/// Changes to cmark's tree planned during the walk, made after it.
struct TreeEdits {
    /// Image paragraph followed by a paragraph that is only emphasised text: a figure and caption.
    var figures: [(image: OpaquePointer, paragraph: OpaquePointer, caption: OpaquePointer)] = []
    /// Paragraphs that are a shortcode, with the shortcode's index.
    var shortcodes: [(paragraph: OpaquePointer, index: Int)] = []
    /// Images outside image descriptions, rendered with the page's attributes; those of the
    /// site's own files with their index in `RenderedMarkdown.images` (see `ImageMarkers`).
    var images: [(node: OpaquePointer, index: Int?)] = []
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
        for (image, index) in images { renderImage(image, index: index, options: options) }
        for (link, index) in contentLinks { markLink(link, index: index, options: options) }
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

    /// The image as cmark renders it (address, alt text and title escaped as everywhere else),
    /// with the attributes the page needs in front. Images below the fold are then not fetched
    /// until needed, a big saving on slow connections. A file of the site's own gets markers for
    /// its resized copies and size, filled once the images are known (`ImageMarkers`).
    private func renderImage(_ image: OpaquePointer, index: Int?, options: Int32) {
        let tag = "<img "
        guard let html = TreeEdits.render(image, options: options), html.hasPrefix(tag),
            let inline = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_INLINE)
        else { return }
        let rest = html.dropFirst(tag.utf8.count)
        if let index {
            cmark_node_set_on_enter(
                inline,
                ImageMarkers.open(index) + "<img loading=\"lazy\" " + ImageMarkers.attributes(index) + rest + ImageMarkers.close(index))
        } else {
            cmark_node_set_on_enter(inline, "<img loading=\"lazy\" " + rest)
        }
        cmark_node_insert_before(image, inline)
        cmark_node_free(image)
    }

    /// A link to a Markdown file is written with a marker for its address, filled once every
    /// file's address is known (`LinkPlaceholders`); its text stays cmark's nodes. The opening
    /// tag is cmark's for the same link with an empty address (its title escaped by cmark).
    private func markLink(_ link: OpaquePointer, index: Int, options: Int32) {
        let start = "<a href=\"", end = "</a>"
        guard let empty = MarkdownConverter.newNode(CMARK_NODE_LINK) else { return }
        cmark_node_set_title(empty, cmark_node_get_title(link))
        guard let html = TreeEdits.render(empty, options: options), html.hasPrefix(start), html.hasSuffix(end),
            let marked = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_INLINE)
        else { return }
        cmark_node_set_on_enter(marked, start + LinkPlaceholders.linkMarker(index) + html.dropFirst(start.count).dropLast(end.count))
        cmark_node_set_on_exit(marked, end)
        cmark_node_insert_before(link, marked)
        while let child = cmark_node_first_child(link) {
            cmark_node_unlink(child)
            cmark_node_append_child(marked, child)
        }
        cmark_node_free(link)
    }

    /// What cmark writes for `node` and its children alone (from the document's arena).
    private static func render(_ node: OpaquePointer, options: Int32) -> String? {
        cmark_render_html(node, options).map { KnownUTF8.string(cString: $0) }
    }
}
