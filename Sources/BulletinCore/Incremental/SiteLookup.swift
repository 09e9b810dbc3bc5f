import Foundation

/// Finds what a `Dependency` names in one build's site: articles and pages by content path,
/// categories and tags by slug, archive years by number, and each `ArticleList`'s articles.
/// Pages read their lists through it (`RenderContext.articles`) and rebuilds look at the lists
/// again through it, so both see the same articles.
final class SiteLookup: @unchecked Sendable {
    let site: Site
    /// Each article's id by its content path (kept by rebuilds whose model kept the articles).
    let articleIDs: [String: Int]
    private let pageIDs: [String: Int]
    private let categoryIDs: [String: Int]
    private let tagIDs: [String: Int]
    private let yearIDs: [Int: Int]
    private let allIDs: [Int]
    /// Lists and values features register in this build, set while jobs are made, read after.
    private let namedLists = LockedTable<[Int]>()
    private let namedDigests = LockedTable<OnceValue<Int>>()

    /// `articleIDs`: the map of the articles' paths, when known to be this site's.
    init(site: Site, articleIDs: [String: Int]? = nil) {
        self.site = site
        allIDs = Array(site.articles.indices)
        self.articleIDs =
            articleIDs ?? Dictionary(site.articles.map { ($0.relativePath, $0.id) }, uniquingKeysWith: { first, _ in first })
        pageIDs = Dictionary(site.pages.indices.map { (site.pages[$0].relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        categoryIDs = Dictionary(site.categories.map { ($0.slug, $0.id) }, uniquingKeysWith: { first, _ in first })
        tagIDs = Dictionary(site.tags.map { ($0.slug, $0.id) }, uniquingKeysWith: { first, _ in first })
        yearIDs = Dictionary(site.years.indices.map { (site.years[$0].year, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func article(_ path: String) -> Int? { articleIDs[path] }
    func page(_ path: String) -> Int? { pageIDs[path] }

    func term(_ kind: TermKind, _ slug: String) -> Term? {
        switch kind {
        case .category: return categoryIDs[slug].map { site.categories[$0] }
        case .tag: return tagIDs[slug].map { site.tags[$0] }
        }
    }

    func terms(_ kind: TermKind) -> [Term] { kind == .category ? site.categories : site.tags }

    /// A list of articles a feature's pages read as `.articles(.named(name), …)`.
    func register(_ ids: [Int], as name: String) { namedLists[name] = ids }
    /// A feature's own value that its pages read as `.named(name)`, by its digest (worked out
    /// when a rebuild first asks: a clean build never does).
    func register(digest: @escaping () -> Int, as name: String) { namedDigests[name] = OnceValue(digest) }
    func namedDigest(_ name: String) -> Int? { namedDigests[name]?.value }

    /// The articles of `list`, in order; nil when the list is gone (a category nobody uses now).
    func ids(_ list: ArticleList) -> [Int]? {
        switch list {
        case .all: return allIDs
        case .featured: return site.featured
        case .category(let slug): return term(.category, slug)?.articles
        case .tag(let slug): return term(.tag, slug)?.articles
        case .year(let year): return yearIDs[year].map { site.years[$0].articles }
        case .month(let year, let month):
            return yearIDs[year].flatMap { site.years[$0].months.first { $0.month == month }?.articles }
        case .related(let path): return article(path).map { site.articles[$0].related }
        case .others(let path): return article(path).map { site.articles[$0].others }
        case .named(let name): return namedLists[name]
        }
    }

    /// The list a paginated list shows.
    static func list(of paged: PagedList, in site: Site) -> ArticleList {
        switch paged.kind {
        case .category(let id): return .category(site.categories[id].slug)
        case .tag(let id): return .tag(site.tags[id].slug)
        case .year(let year): return .year(year)
        case .month(let year, let month): return .month(year, month)
        }
    }
}

/// A dictionary several threads can read and write.
final class LockedTable<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    subscript(name: String) -> Value? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return values[name]
        }
        set {
            lock.lock()
            values[name] = newValue
            lock.unlock()
        }
    }
}
