import Foundation

/// Site search that works offline: the search page (`tim-kiem/`, template `search`), the
/// index built here, split in shards (see `SearchShards`), and assets/search.js in the theme,
/// which reads `?q=` and fetches only the shards the query needs.
public final class SearchFeature: Feature {
    public let name = "search"
    public var requiredTemplates: [String] { ["search"] }

    public init() {}

    public func jobs(_ context: RenderContext) -> [OutputJob] {
        let site = context.site
        let index = SearchIndexBuilder.build(documentCount: site.articles.count) { id in
            SearchFeature.fields(of: site.articles[id], site: site)
        }
        let shards = SearchShards(index: index)
        let folder = SearchShards.folder
        let stamp = SearchFeature.stamp(site)
        let categories = site.categories.indices
        let pageInputs = JobInputs(templates: ["search"], isPage: true) { d in
            d.add(site.articles.count)
            for c in categories { d.category(c) }
        }
        let manifestInputs = JobInputs { d in
            d.add(stamp)
            d.add(index.documentCount)
            d.add(shards.wordShards.count)
            d.add(shards.pairShards.count)
            for c in categories { d.category(c) }
        }
        var jobs: [OutputJob] = [
            OutputJob(path: Routes.outputPath(Routes.search), inputs: pageInputs) { SearchFeature.page(context) },
            OutputJob(path: folder + "manifest.json", inputs: manifestInputs) { shards.manifest(site: site, stamp: stamp) },
        ]
        jobs.reserveCapacity(shards.wordShards.count + shards.pairShards.count + SearchShards.documentShardCount(site) + 2)
        for i in shards.wordShards.indices {
            let inputs = JobInputs { shards.addWordShard(i, to: &$0) }
            jobs.append(OutputJob(path: folder + "w/\(i).json", inputs: inputs) { shards.wordShard(i) })
        }
        for i in shards.pairShards.indices {
            let inputs = JobInputs { shards.addPairShard(i, to: &$0) }
            jobs.append(OutputJob(path: folder + "p/\(i).json", inputs: inputs) { shards.pairShard(i) })
        }
        for i in 0..<SearchShards.documentShardCount(site) {
            let inputs = JobInputs { d in
                let low = i * SearchShards.documentsPerShard, high = min(site.articles.count, low + SearchShards.documentsPerShard)
                for id in low..<high {
                    d.values(id, of: site)
                    d.add(site.articles[id].category)  // written as its number
                }
            }
            jobs.append(OutputJob(path: folder + "d/\(i).json", inputs: inputs) { SearchShards.documentShard(i, site: site) })
        }
        return jobs
    }

    /// A version of the index for the browser's cache (`?v=` on every shard): a hash of what the
    /// shards are made from, so it changes with them and a rebuild of the same site keeps it.
    /// Each article is hashed on its own, on all cores, and the hashes combined in article order,
    /// so the stamp does not depend on the number of cores.
    static func stamp(_ site: Site) -> String {
        let perArticle: [String] = site.articles.parallelMap(chunkSize: 64) { article in
            var hash = StableHash()
            for field in fields(of: article, site: site) { hash.add(field) }
            hash.add(article.route)
            hash.add(article.date.numeric)
            hash.add(article.summary)
            hash.add(article.category ?? -1)
            return hash.text
        }
        var hash = StableHash()
        hash.add(perArticle.count)
        for text in perArticle { hash.add(text) }
        for category in site.categories { hash.add(category.name) }
        return hash.text
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
            "article_count": VietnameseNumber.format(site.articles.count),
            "categories": site.categories.filter { !$0.articles.isEmpty }.map { TermLinkView(term: $0, site: site) },
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
