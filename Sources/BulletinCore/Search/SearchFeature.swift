import Foundation

/// Site search that works offline: the search page (`tim-kiem/`, template `search`), the
/// index built here, split in shards (see `SearchShards`), and assets/search.js in the theme,
/// which reads `?q=` and fetches only the shards the query needs.
public final class SearchFeature: Feature {
    public let name = "search"
    public var requiredTemplates: [String] { ["search"] }

    /// The index of this build, made by `prepare` (nil until then, and once `jobs` took it).
    private var prepared: SearchState?

    public init() {}

    public func prepare(_ site: Site, memory: FeatureMemory?) {
        prepared = SearchFeature.state(for: site, memory: memory)
    }

    public func jobs(_ context: RenderContext) -> [OutputJob] {
        let site = context.site
        let state = prepared ?? SearchFeature.state(for: site, memory: context.memory)
        prepared = nil
        let shards = state.shards
        let folder = SearchShards.folder
        let stamp = state.stamp
        var jobs: [OutputJob] = [
            OutputJob(path: Routes.outputPath(Routes.search), reuse: .whenReadsUnchanged, role: .overview) {
                SearchFeature.page(context)
            },
            OutputJob(path: folder + "manifest.json", reuse: .never) { shards.manifest(site: site, stamp: stamp) },
        ]
        jobs.reserveCapacity(shards.wordShards.count + shards.pairShards.count + SearchShards.documentShardCount(site) + 2)
        // The index keeps a digest of each shard's postings, so a shard is known unchanged unmade.
        for i in shards.wordShards.indices {
            jobs.append(
                OutputJob(path: folder + "w/\(i).json", reuse: .whenDigestUnchanged { state.wordDigest(i) }) { shards.wordShard(i) })
        }
        for i in shards.pairShards.indices {
            jobs.append(
                OutputJob(path: folder + "p/\(i).json", reuse: .whenDigestUnchanged { state.pairDigest(i) }) { shards.pairShard(i) })
        }
        for i in 0..<SearchShards.documentShardCount(site) {
            jobs.append(OutputJob(path: folder + "d/\(i).json", reuse: .whenReadsUnchanged) { SearchShards.documentShard(i, site: site) })
        }
        return jobs
    }

    /// The index of `site`: the kept one patched when there is one, otherwise a new one (kept
    /// for the next build when there is a memory).
    static func state(for site: Site, memory: FeatureMemory?) -> SearchState {
        if let kept = memory?["search"] as? SearchState, kept.update(to: site) { return kept }
        memory?["search"] = nil  // let the old index go before the new one is built
        let state = SearchState(site: site, keepsDigests: memory != nil)
        memory?["search"] = state
        return state
    }

    /// What is searched in an article: its title, its lead when the editor wrote one (otherwise
    /// the lead is the body's first paragraph, already in the text), its tags and its text.
    static func fields(of article: Article, site: Site) -> [String] {
        var fields = [article.title]
        if article.summaryIsExplicit { fields.append(article.summary) }
        for tag in article.tags { fields.append(site.tags[tag].name) }
        fields.append(article.plainText)
        return fields
    }

    /// The search page. Without JavaScript it offers the category and archive pages instead.
    static func page(_ r: RenderContext) -> String {
        let site = r.site
        let view = ValuesView([
            "index_url": site.url(SearchShards.folder),
            "base": site.config.basePath,
            "script_url": site.url("assets/search.js"),
            "css_url": site.url("assets/search.css"),
            "article_count": VietnameseNumber.format(r.count(.all)),
            "categories": r.terms(.category).filter { r.count(.category($0.slug)) > 0 }.map {
                TermLinkView(term: $0, kind: .category, site: site)
            },
            "categories_url": site.url(Routes.categoriesIndex),
            "archive_url": site.url(Routes.archiveIndex),
            "tags_url": site.url(Routes.tagsIndex),
        ])
        return r.document(
            template: "search", values: ["search": view],
            head: HeadViewInput(
                title: "Tìm kiếm", route: Routes.search, kind: "search",
                description: "Tìm tin bài trên \(site.config.title) theo tiêu đề, nội dung và thẻ."),
            breadcrumbs: [("Tìm kiếm", nil)])
    }
}
