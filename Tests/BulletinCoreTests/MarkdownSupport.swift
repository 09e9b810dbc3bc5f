@testable import BulletinCore

/// A body through the Markdown stage as the article at `path` (content-relative) would go, on a
/// site served under /bantin/, with its first line at line 5 of the file: what the Markdown
/// suites convert with.
func convertMarkdown(_ body: String, unsafe: Bool = false, path: String = "articles/2023/01/bai.md") -> RenderedMarkdown {
    MarkdownConverter.convert(
        body,
        context: MarkdownContext(file: "content/" + path, relativePath: path, firstLine: 5, basePath: "/bantin/", unsafeHTML: unsafe))
}

extension RenderedMarkdown {
    /// The body as a page shows it when its images have no resized copies: the markers the
    /// Markdown stage leaves around images of the site's own filled with nothing.
    var shown: String { ImageMarkers.fill(html, with: images.map { _ in nil }, sizes: "") }
}
