import Foundation

/// The previous build's model offered to SiteBuilder when it must run in full (a title, date,
/// category or tag changed, an article came or went): every article whose file did not change
/// is taken over with its new place and terms instead of being made again (dates, links and the
/// lead cost tens of microseconds each), and "Tin liên quan" is taken over when no category or
/// tag list changed.
final class ModelMemo: ModelReuse, @unchecked Sendable {
    private let previous: [Article]
    private let byPath: [String: Int]
    private let oldCategories: [[Int]]
    private let oldTags: [[Int]]
    private let oldLinkTargets: [String: String]
    /// Paths read again since the previous model was made.
    private let changed: Set<String>
    /// For each new id, the previous id of the article taken over, or -1; written once per id.
    let reusedFrom: UnsafeMutableBufferPointer<Int>

    init(previous: RebuildCache.ModelSnapshot, linkTargets: [String: String], changed: Set<String>, count: Int) {
        self.previous = previous.articles
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(previous.articles.count)
        for i in previous.articles.indices { byPath[previous.articles[i].relativePath] = i }
        self.byPath = byPath
        oldCategories = previous.categories.map(\.articles)
        oldTags = previous.tags.map(\.articles)
        oldLinkTargets = linkTargets
        self.changed = changed
        reusedFrom = .allocate(capacity: count)
        reusedFrom.initialize(repeating: -1)
    }

    deinit { reusedFrom.deallocate() }

    func article(
        id: Int, entry: (source: ArticleSource, slug: String, scheduled: Bool), category: Int?, tags: [Int],
        validated: ValidatedContent
    ) -> Article? {
        let path = entry.source.relativePath
        guard !changed.contains(path), let old = byPath[path] else { return nil }
        let article = previous[old]
        guard article.slug == entry.slug, article.scheduled == entry.scheduled else { return nil }
        // A link's address is its target's address, which may have changed.
        for link in entry.source.body.links where validated.linkTargets[link.target] != oldLinkTargets[link.target] {
            return nil
        }
        reusedFrom[id] = old
        return article.moved(id: id, category: category, tags: tags)
    }

    func related(_ articles: inout [Article], categories: [Term], tags: [Term]) -> Bool {
        guard articles.count == previous.count, categories.count == oldCategories.count, tags.count == oldTags.count,
            categories.indices.allSatisfy({ categories[$0].articles == oldCategories[$0] }),
            tags.indices.allSatisfy({ tags[$0].articles == oldTags[$0] })
        else { return false }
        for i in articles.indices {
            articles[i].related = previous[i].related
            articles[i].others = previous[i].others
        }
        return true
    }
}

extension Article {
    /// The same article at another place in the site, with its terms' new ids.
    func moved(id: Int, category: Int?, tags: [Int]) -> Article {
        Article(
            id: id, file: file, relativePath: relativePath, title: title, slug: slug, route: route, date: date, updated: updated,
            category: category, tags: tags, author: author, source: source, summary: summary,
            summaryIsExplicit: summaryIsExplicit, imageURL: imageURL, imageAlt: imageAlt, featured: featured, views: views,
            draft: draft, scheduled: scheduled, bodyHTML: bodyHTML, linkURLs: linkURLs, shortcodes: shortcodes, siteLinks: siteLinks,
            plainText: plainText, aliases: aliases, images: images)
    }
}
