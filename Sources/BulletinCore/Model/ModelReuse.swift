/// Work of the previous build's model stage that still holds (incremental rebuilds; see
/// Incremental/ModelMemo). SiteBuilder asks it before doing the work itself.
protocol ModelReuse: AnyObject, Sendable {
    /// The previous build's article, given its new place and terms, when nothing it is made from
    /// changed (its file, address, links' targets, schedule); nil: make it.
    func article(
        id: Int, entry: (source: ArticleSource, slug: String, scheduled: Bool), category: Int?, tags: [Int],
        validated: ValidatedContent
    ) -> Article?
    /// Fills in "Tin liên quan" and "Các tin khác" from the previous build when every category
    /// and tag lists the same articles in the same places; false: compute them.
    func related(_ articles: inout [Article], categories: [Term], tags: [Term]) -> Bool
}
