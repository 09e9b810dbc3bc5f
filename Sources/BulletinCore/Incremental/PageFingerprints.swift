/// A fingerprint of every input of each article page and list page, by output path: the page is
/// rendered again only when its fingerprint changes. Other pages (home, indexes, static pages,
/// 404, and every page of a feature) have none and are rendered on every build; they are few,
/// and only those whose bytes changed are written.
///
/// This mirrors what CorePages puts on each page:
/// - an article page: the article's own values, its cards, its category and tags, the cards of
///   "Tin liên quan" and "Các tin khác", its shortcodes' output;
/// - a list page: its term, page number and count, and the cards of the articles on it;
/// - both: the templates they use (with partials), what those templates name of `site`, and
///   the site-wide key (site.yaml, options, features' data).
/// A path CorePages writes that is not listed here is simply always rendered.
struct PageFingerprints {
    let context: RenderContext
    let deps: TemplateDeps
    let digests: ArticleDigests
    let cardKeys: [Int]
    let globalKey: Int

    /// Templates every page is wrapped in.
    static let layout = ["layout", "partials/header", "partials/footer"]

    func all() -> [String: Int] {
        var fingerprints: [String: Int] = [:]
        fingerprints.reserveCapacity(context.site.articles.count * 3 / 2)
        articlePages(into: &fingerprints)
        listPages(into: &fingerprints)
        return fingerprints
    }

    /// The part every page of one template shares; nil when it cannot be known (always render).
    private func base(_ template: String) -> (key: Int, counts: Bool)? {
        let closure = deps.closure([template] + PageFingerprints.layout)
        guard closure.analysable, let siteKey = ViewDigest.of(context.siteView, names: closure.names) else { return nil }
        var d = Digest()
        d.add(globalKey)
        d.add(template)
        d.add(closure.hash)
        d.add(siteKey)
        return (d.finish(), closure.mentions("count"))
    }

    private func articlePages(into fingerprints: inout [String: Int]) {
        guard let (key, counts) = base("article"), cardKeys.count == context.site.articles.count else { return }
        let site = context.site
        let categories = TermDigests(site.categories, counts: counts).digests
        let tags = TermDigests(site.tags, counts: counts).digests
        let bodies = context.shortcodeBodies
        let results: [(String, Int)] = site.articles.parallelMap(chunkSize: 256) { article in
            var d = Digest()
            d.add(key)
            d.add(digests.page[article.id])
            d.add(cardKeys[article.id])
            d.add(article.category.map { categories[$0] } ?? 0)
            for t in article.tags { d.add(tags[t]) }
            d.add(-1)
            for id in article.related { d.add(cardKeys[id]) }
            d.add(-2)
            for id in article.others { d.add(cardKeys[id]) }
            if let body = bodies[article.id] { d.add(body) }
            return (Routes.outputPath(article.route), d.finish())
        }
        for (path, fingerprint) in results { fingerprints[path] = fingerprint }
    }

    private func listPages(into fingerprints: inout [String: Int]) {
        guard let (key, counts) = base("list"), cardKeys.count == context.site.articles.count else { return }
        let site = context.site
        let categories = TermDigests(site.categories, counts: counts).digests
        let tags = TermDigests(site.tags, counts: counts).digests
        let size = site.config.pageSize

        func add(_ ids: [Int], identity: Int, route: (Int) -> String) {
            let total = max(1, (ids.count + size - 1) / size)
            for number in 1...total {
                var d = Digest()
                d.add(key)
                d.add(identity)
                d.add(number)
                d.add(total)
                d.add(ids.count)
                for id in ids[min(ids.count, (number - 1) * size)..<min(ids.count, number * size)] {
                    d.add(cardKeys[id])
                    d.add(site.articles[id].category.map { categories[$0] } ?? 0)
                }
                fingerprints[Routes.outputPath(route(number))] = d.finish()
            }
        }
        for term in site.categories {
            add(term.articles, identity: categories[term.id] &+ 1) { Routes.category(term.slug, page: $0) }
        }
        for term in site.tags {
            add(term.articles, identity: tags[term.id] &+ 2) { Routes.tag(term.slug, page: $0) }
        }
        for year in site.years {
            add(year.articles, identity: year.year) { Routes.archiveYear(year.year, page: $0) }
            for month in year.months {
                add(month.articles, identity: year.year * 100 + month.month) { Routes.archiveMonth(month.year, month.month, page: $0) }
            }
        }
    }
}
