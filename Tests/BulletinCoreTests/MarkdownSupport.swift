@testable import BulletinCore

/// A body through the Markdown stage as the article at `path` (content-relative) would go, on a
/// site served under /bantin/, with its first line at line 5 of the file: what the Markdown
/// suites convert with.
func convertMarkdown(_ body: String, unsafe: Bool = false, path: String = "articles/2023/01/bai.md") -> RenderedMarkdown {
    MarkdownConverter.convert(
        body,
        context: MarkdownContext(file: "content/" + path, relativePath: path, firstLine: 5, basePath: "/bantin/", unsafeHTML: unsafe))
}
