/// The pages every site has: home, articles, category, tag and archive lists, the indexes of
/// tags, categories and archives, static pages and the 404 page.
enum CorePages {
    static let homeLatestCount = 10
    static let homeFeaturedCount = 6
    static let homeSectionCount = 4
    static let homeHighlightCount = 3

    static func jobs(_ r: RenderContext) -> [OutputJob] {
        let site = r.site
        var jobs: [OutputJob] = []
        jobs.reserveCapacity(site.articles.count + 64)
        jobs.append(OutputJob(path: Routes.outputPath(Routes.home), inputs: homeInputs(site), role: .overview) { home(r) })
        for id in site.articles.indices {
            jobs.append(
                OutputJob(path: Routes.outputPath(site.articles[id].route), inputs: nil, role: .article(id)) {
                    articlePage(r.site.articles[id], r)
                })
        }
        for article in site.articles where !article.aliases.isEmpty {
            jobs += redirectJobs(article.aliases, title: article.title, route: article.route, r)
        }
        for (index, list) in site.pagedLists.enumerated() { jobs += listJobs(r, list, index: index) }
        jobs.append(
            OutputJob(
                path: Routes.outputPath(Routes.tagsIndex), inputs: termsInputs(site.tags.indices, add: { $0.tag($1) }), role: .overview
            ) {
                termsIndex(r, terms: site.tags, title: "Thẻ", route: Routes.tagsIndex)
            })
        jobs.append(
            OutputJob(
                path: Routes.outputPath(Routes.categoriesIndex), inputs: termsInputs(site.categories.indices, add: { $0.category($1) }),
                role: .overview
            ) {
                termsIndex(r, terms: site.categories, title: "Chuyên mục", route: Routes.categoriesIndex)
            })
        jobs.append(
            OutputJob(path: Routes.outputPath(Routes.archiveIndex), inputs: archiveInputs(site), role: .overview) { archiveIndex(r) })
        for page in site.pages {
            let inputs = JobInputs(templates: ["page"], isPage: true) { d in
                d.add(page.title)
                d.add(page.summary)
                d.add(page.route)
                d.add(page.html)
            }
            jobs.append(OutputJob(path: Routes.outputPath(page.route), inputs: inputs) { staticPage(page, r) })
            jobs += redirectJobs(page.aliases, title: page.title, route: page.route, r)
        }
        jobs.append(OutputJob(path: Routes.notFound, inputs: .page(["404"]), role: .unlisted) { notFound(r) })
        return jobs
    }

    // MARK: what each page shows, for incremental rebuilds (article and list pages: PageFingerprints)

    static func homeInputs(_ site: Site) -> JobInputs {
        JobInputs(templates: ["home"], isPage: true) { d in
            let top = min(site.articles.count, 1 + homeHighlightCount + homeLatestCount)
            d.add(top)
            for id in 0..<top { d.card(id, of: site) }
            let featured = Array(site.featured.prefix(homeFeaturedCount))
            d.add(featured)
            for id in featured { d.card(id, of: site) }
            for term in site.categories {
                d.category(term.id)
                let shown = Array(term.articles.prefix(homeSectionCount))
                d.add(shown)
                for id in shown { d.card(id, of: site) }
            }
        }
    }

    static func termsInputs(_ ids: Range<Int>, add: @escaping (inout InputDigest, Int) -> Void) -> JobInputs {
        JobInputs(templates: ["terms"], isPage: true) { d in
            d.add(ids.count)
            for id in ids { add(&d, id) }
        }
    }

    static func archiveInputs(_ site: Site) -> JobInputs {
        JobInputs(templates: ["archive"], isPage: true) { d in
            for year in site.years {
                d.add(year.year)
                d.add(year.articles.count)
                for month in year.months {
                    d.add(month.month)
                    d.add(month.articles.count)
                }
                d.add(-1)
            }
        }
    }

    static func home(_ r: RenderContext) -> String {
        let site = r.site
        let all = site.articles.indices
        let sections: [ValuesView] = site.categories.compactMap { term in
            guard !term.articles.isEmpty else { return nil }
            let cards = r.cardViews(term.articles.prefix(homeSectionCount))
            return ValuesView([
                "name": term.name, "url": site.url(term.route), "count": VietnameseNumber.format(term.articles.count),
                "articles": cards, "first": cards.first, "more": cards.count > 1 ? Array(cards.dropFirst()) : nil,
            ])
        }
        var values: [String: (any TemplateValueConvertible)?] = [
            "featured": r.cardViews(site.featured.prefix(homeFeaturedCount)),
            "latest": r.cardViews(all.dropFirst().prefix(homeLatestCount)),
            // The lead's companions at the top of the page, and the latest after them.
            "highlights": r.cardViews(all.dropFirst().prefix(homeHighlightCount)),
            "latest_after_highlights": r.cardViews(all.dropFirst(1 + homeHighlightCount).prefix(homeLatestCount)),
            "sections": sections,
        ]
        if let first = site.articles.first { values["lead"] = r.cardViews([first.id])[0] }
        return r.document(
            template: "home", values: values,
            head: HeadViewInput(title: site.config.title, route: Routes.home, kind: "home", description: site.config.description))
    }

    static func articlePage(_ article: Article, _ r: RenderContext) -> String {
        let site = r.site
        let body = r.shortcodeBodies[article.id] ?? article.html
        let view = ArticlePageView(article: article, site: site, cards: r.cards, body: body)
        var crumbs: [(String, String?)] = []
        var section: String? = nil
        if let c = article.category {
            crumbs.append((site.categories[c].name, site.url(site.categories[c].route)))
            section = r.section(for: site.categories[c].route)
        }
        crumbs.append((article.title, nil))
        return r.document(
            template: "article", values: ["article": view],
            head: HeadViewInput(
                title: article.title, route: article.route, kind: "article", description: article.summary, type: "article",
                image: article.imageURL, noindex: article.draft || article.scheduled, article: article.id),
            section: section ?? r.section(for: article.route), breadcrumbs: crumbs)
    }

    /// One job per page of a paginated list, the list being `site.pagedLists[index]`.
    static func listJobs(_ r: RenderContext, _ list: PagedList, index: Int) -> [OutputJob] {
        let site = r.site
        let (kind, title, description, crumbs) = describe(list, site)
        let total = list.pageCount
        return (1...total).map { number in
            OutputJob(path: Routes.outputPath(list.route(number, in: site)), inputs: nil, role: .listPage(list: index, number: number)) {
                let view = ListView(
                    kind: kind, title: title, description: description, articles: r.cardViews(list.articles(onPage: number)),
                    count: list.articles.count, page: number)
                let pager = PagerView(current: number, total: total, url: { site.url(list.route($0, in: site)) })
                let pageTitle = number > 1 ? "\(title) (trang \(number))" : title
                return r.document(
                    template: "list", values: ["list": view, "pager": pager],
                    head: HeadViewInput(title: pageTitle, route: list.route(number, in: site), kind: "list", description: description),
                    breadcrumbs: crumbs)
            }
        }
    }

    /// A list's kind, title, description and breadcrumbs.
    private static func describe(_ list: PagedList, _ site: Site) -> (ListView.Kind, String, String?, [(String, String?)]) {
        switch list.kind {
        case .category(let id):
            let name = site.categories[id].name
            return (.category, name, "Tin bài trong chuyên mục \(name)", [("Chuyên mục", site.url(Routes.categoriesIndex)), (name, nil)])
        case .tag(let id):
            let name = site.tags[id].name
            return (.tag, "Thẻ: \(name)", "Tin bài gắn thẻ \(name)", [("Thẻ", site.url(Routes.tagsIndex)), (name, nil)])
        case .year(let year):
            return (.archive, "Tin bài năm \(year)", nil, [("Lưu trữ", site.url(Routes.archiveIndex)), ("Năm \(year)", nil)])
        case .month(let year, let month):
            let label = "tháng \(month < 10 ? "0" : "")\(month)/\(year)"
            return (
                .archive, "Tin bài \(label)", nil,
                [
                    ("Lưu trữ", site.url(Routes.archiveIndex)), ("Năm \(year)", site.url(Routes.archiveYear(year))),
                    (label.capitalizedFirst, nil),
                ]
            )
        }
    }

    static func termsIndex(_ r: RenderContext, terms: [Term], title: String, route: String) -> String {
        let views = terms.map { TermLinkView(term: $0, site: r.site) }
        return r.document(
            template: "terms", values: ["title": title, "terms": views],
            head: HeadViewInput(title: title, route: route, kind: "terms"), breadcrumbs: [(title, nil)])
    }

    static func archiveIndex(_ r: RenderContext) -> String {
        let site = r.site
        let years: [ValuesView] = site.years.map { year in
            ValuesView([
                "year": String(year.year), "url": site.url(Routes.archiveYear(year.year)),
                "count": VietnameseNumber.format(year.articles.count),
                "months": year.months.map { month in
                    ValuesView([
                        "label": "Tháng \(month.month < 10 ? "0" : "")\(month.month)",
                        "url": site.url(Routes.archiveMonth(month.year, month.month)),
                        "count": VietnameseNumber.format(month.articles.count),
                    ])
                },
            ])
        }
        return r.document(
            template: "archive", values: ["title": "Lưu trữ tin bài", "years": years],
            head: HeadViewInput(title: "Lưu trữ tin bài", route: Routes.archiveIndex, kind: "archive"),
            breadcrumbs: [("Lưu trữ", nil)])
    }

    static func staticPage(_ page: Page, _ r: RenderContext) -> String {
        let view = ValuesView(["title": page.title, "summary": nonEmpty(page.summary), "body": page.html])
        return r.document(
            template: "page", values: ["page_content": view],
            head: HeadViewInput(title: page.title, route: page.route, kind: "page", description: page.summary),
            breadcrumbs: [(page.title, nil)])
    }

    static func notFound(_ r: RenderContext) -> String {
        r.document(
            template: "404", values: [:],
            head: HeadViewInput(title: "Không tìm thấy trang", route: Routes.notFound, kind: "notfound", noindex: true))
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
