/// Per-file results of the load stage kept between builds (incremental rebuilds): a cache answers
/// with the stored result when the file has not changed since it was read, or calls `read`.
/// Called from several threads at once.
public protocol SourceCache: AnyObject, Sendable {
    func article(_ relativePath: String, read: () -> (ArticleSource?, [Diagnostic])) -> (ArticleSource?, [Diagnostic])
    func page(_ relativePath: String, read: () -> (PageSource?, [Diagnostic])) -> (PageSource?, [Diagnostic])
}
