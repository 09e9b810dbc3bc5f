/// A fingerprint of every input of each page and file: it is made again only when its
/// fingerprint changes.
///
/// Article and list pages are fingerprinted here, mirroring what CorePages puts on each:
/// - an article page: the article's own values, its cards, its category and tags, the cards of
///   "Tin liên quan" and "Các tin khác", its shortcodes' output;
/// - a list page: its term, page number and count, and the cards of the articles on it.
/// Every other job declares its own inputs (`OutputJob.inputs`, see JobInputs); a job with none
/// is made on every build, and only written when its bytes changed.
/// Every fingerprint also holds the templates the job uses (with partials), what those templates
/// name of `site`, and the site-wide key (site.yaml, options, features' data).
///
/// Fingerprints go into an array aligned with the build's jobs. Which job each article and list
/// page is comes from the job's role (a pass over the jobs, no lookup by path).
final class PageFingerprints {
    /// Templates every page is wrapped in (the sidebar is rendered once and placed by the page).
    static let layout = ["layout", "partials/header", "partials/footer", "partials/sidebar"]

    func compute(
        jobs: [OutputJob], context: RenderContext, deps: TemplateDeps, digests: ArticleDigests, cardKeys: [Int], globalKey: Int
    ) -> [Int?] {
        var keys = [Int?](repeating: nil, count: jobs.count)
        let site = context.site
        guard cardKeys.count == site.articles.count else { return keys }
        let slots = Slots(jobs, site)
        if let (key, counts) = base(["article"], isPage: true, context, deps, globalKey) {
            articlePages(context, key: key, counts: counts, digests: digests, cardKeys: cardKeys, slots: slots.articles, into: &keys)
        }
        if let (key, counts) = base(["list"], isPage: true, context, deps, globalKey) {
            listPages(site, key: key, counts: counts, cardKeys: cardKeys, slots: slots.lists, into: &keys)
        }
        declared(jobs, context, deps, digests: digests, cardKeys: cardKeys, globalKey: globalKey, into: &keys)
        return keys
    }

    /// Which job is each article page and each list page.
    private struct Slots {
        /// By article id (-1: none).
        var articles: [Int]
        /// In the order of `site.pagedLists` and page number (-1: none).
        var lists: [Int]

        init(_ jobs: [OutputJob], _ site: Site) {
            let lists = site.pagedLists
            var listStart: [Int] = []
            listStart.reserveCapacity(lists.count)
            var pages = 0
            for list in lists {
                listStart.append(pages)
                pages += list.pageCount
            }
            articles = [Int](repeating: -1, count: site.articles.count)
            self.lists = [Int](repeating: -1, count: pages)
            for i in jobs.indices {
                switch jobs[i].role {
                case .article(let id): articles[id] = i
                case .listPage(let list, let number): self.lists[listStart[list] + number - 1] = i
                default: break
                }
            }
        }
    }

    /// The part every job with the same templates shares; nil when it cannot be known (always render).
    private func base(
        _ templates: [String], isPage: Bool, _ context: RenderContext, _ deps: TemplateDeps, _ globalKey: Int
    ) -> (Int, Bool)? {
        let closure = deps.closure(templates + (isPage ? PageFingerprints.layout : []))
        guard closure.analysable else { return nil }
        var d = Digest()
        d.add(globalKey)
        for template in templates { d.add(template) }
        d.add(isPage)
        d.add(closure.hash)
        if !closure.names.isEmpty {
            guard let siteKey = ViewDigest.of(context.siteView, names: closure.names) else { return nil }
            d.add(siteKey)
        }
        return (d.finish(), closure.mentions("count"))
    }

    /// Jobs that declare their inputs (every page and file but article and list pages).
    private func declared(
        _ jobs: [OutputJob], _ context: RenderContext, _ deps: TemplateDeps, digests: ArticleDigests, cardKeys: [Int],
        globalKey: Int, into keys: inout [Int?]
    ) {
        let site = context.site
        let slots = jobs.indices.filter { keys[$0] == nil && jobs[$0].inputs != nil }
        guard !slots.isEmpty else { return }
        var bases: [String: Int?] = [:]
        var baseOf = [Int?](repeating: nil, count: jobs.count)
        for i in slots {
            let inputs = jobs[i].inputs!
            let name = (inputs.isPage ? "page:" : "file:") + inputs.templates.joined(separator: "\u{0}")
            if bases[name] == nil {
                bases[name] = .some(base(inputs.templates, isPage: inputs.isPage, context, deps, globalKey)?.0)
            }
            baseOf[i] = bases[name]!
        }
        let template = InputDigest(
            cards: cardKeys, values: digests.card, pages: digests.page,
            categories: TermDigests(site.categories, counts: true).digests, tags: TermDigests(site.tags, counts: true).digests)
        let results: [Int?] = slots.parallelMap(chunkSize: 64) { i in
            guard let base = baseOf[i] else { return nil }
            var d = template
            d.add(base)
            d.add(jobs[i].path)
            jobs[i].inputs!.add(&d)
            return d.finish()
        }
        for (i, key) in zip(slots, results) { keys[i] = key }
    }

    private func articlePages(
        _ context: RenderContext, key: Int, counts: Bool, digests: ArticleDigests, cardKeys: [Int], slots: [Int],
        into keys: inout [Int?]
    ) {
        let site = context.site
        let categories = TermDigests(site.categories, counts: counts).digests
        let tags = TermDigests(site.tags, counts: counts).digests
        let bodies = context.shortcodeBodies
        let results: [Int] = site.articles.parallelMap(chunkSize: 512) { fingerprint(of: $0) }
        func fingerprint(of article: Article) -> Int {
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
            return d.finish()
        }
        for (id, slot) in slots.enumerated() where slot >= 0 { keys[slot] = results[id] }
    }

    private func listPages(_ site: Site, key: Int, counts: Bool, cardKeys: [Int], slots: [Int], into keys: inout [Int?]) {
        let categories = TermDigests(site.categories, counts: counts).digests
        let tags = TermDigests(site.tags, counts: counts).digests
        var n = 0
        for list in site.pagedLists {
            // What names the list: its term's digest, or its year and month.
            let identity: Int
            switch list.kind {
            case .category(let id): identity = categories[id] &+ 1
            case .tag(let id): identity = tags[id] &+ 2
            case .year(let year): identity = year
            case .month(let year, let month): identity = year * 100 + month
            }
            let total = list.pageCount
            for number in 1...total {
                var d = Digest()
                d.add(key)
                d.add(identity)
                d.add(number)
                d.add(total)
                d.add(list.articles.count)
                for id in list.articles(onPage: number) {
                    d.add(cardKeys[id])
                    d.add(site.articles[id].category.map { categories[$0] } ?? 0)
                }
                if slots[n] >= 0 { keys[slots[n]] = d.finish() }
                n += 1
            }
        }
    }
}
