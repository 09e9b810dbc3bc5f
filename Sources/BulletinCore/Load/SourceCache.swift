/// Per-file results of the load stage kept between builds (incremental rebuilds): a cache answers
/// with the stored result when the file has not changed since it was read, or calls `read`.
/// Called from several threads at once.
public protocol SourceCache: AnyObject, Sendable {
    func article(_ relativePath: String, read: () -> SourceRead<ArticleSource>) -> SourceRead<ArticleSource>
    func page(_ relativePath: String, read: () -> SourceRead<PageSource>) -> SourceRead<PageSource>
}

/// What reading one Markdown file gave: the article or page, and the problems found. When the
/// front matter is refused (no title, a bad date), `source` is nil but the body is still kept:
/// validation checks its links and files, so one run reports every mistake of the file.
public struct SourceRead<Source: Sendable>: Sendable {
    public var source: Source?
    public var refusedBody: RenderedMarkdown?
    public var problems: [Diagnostic]

    init(source: Source? = nil, refusedBody: RenderedMarkdown? = nil, problems: [Diagnostic]) {
        self.source = source
        self.refusedBody = refusedBody
        self.problems = problems
    }
}
