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
        jobs.append(OutputJob(path: Routes.outputPath(Routes.home), reuse: .whenReadsUnchanged, role: .overview) { home(r) })
        for id in site.articles.indices {
            jobs.append(
                OutputJob(path: site.articles[id].outputPath, reuse: .whenReadsUnchanged, role: .article(id)) {
                    articlePage(r.site.articles[id], r)
                })
        }
        for article in site.articles where !article.aliases.isEmpty {
            jobs += redirectJobs(article.aliases, title: article.title, route: article.route, r)
        }
        for (index, list) in site.pagedLists.enumerated() { jobs += listJobs(r, list, index: index) }
        jobs.append(
            OutputJob(path: Routes.outputPath(Routes.tagsIndex), reuse: .whenReadsUnchanged, role: .overview) {
                termsIndex(r, kind: .tag, title: "Thẻ", route: Routes.tagsIndex)
            })
        jobs.append(
            OutputJob(path: Routes.outputPath(Routes.categoriesIndex), reuse: .whenReadsUnchanged, role: .overview) {
                termsIndex(r, kind: .category, title: "Chuyên mục", route: Routes.categoriesIndex)
            })
        jobs.append(
            OutputJob(path: Routes.outputPath(Routes.archiveIndex), reuse: .whenReadsUnchanged, role: .overview) { archiveIndex(r) })
        for page in site.pages {
            jobs.append(OutputJob(path: Routes.outputPath(page.route), reuse: .whenReadsUnchanged) { staticPage(page, r) })
            jobs += redirectJobs(page.aliases, title: page.title, route: page.route, r)
        }
        jobs.append(OutputJob(path: Routes.notFound, reuse: .whenReadsUnchanged, role: .unlisted) { notFound(r) })
        return jobs
    }

    static func home(_ r: RenderContext) -> String {
        let site = r.site
        let sections: [ValuesView] = r.terms(.category).compactMap { term in
            let list = ArticleList.category(term.slug)
            let cards = r.cardViews(r.articles(list, 0..<homeSectionCount))
            guard !cards.isEmpty else { return nil }
            ReadRecorder.note(.term(.category, term.slug))
            return ValuesView([
                "name": term.name, "url": site.url(term.route), "count": VietnameseNumber.format(r.count(list)),
                "articles": cards, "first": cards.first, "more": cards.count > 1 ? Array(cards.dropFirst()) : nil,
            ])
        }
        var values: [String: (any TemplateValueConvertible)?] = [
            "featured": r.cardViews(r.articles(.featured, 0..<homeFeaturedCount)),
            "latest": r.cardViews(r.articles(.all, 1..<(1 + homeLatestCount))),
            // The lead's companions at the top of the page, and the latest after them.
            "highlights": r.cardViews(r.articles(.all, 1..<(1 + homeHighlightCount))),
            "latest_after_highlights": r.cardViews(
                r.articles(.all, (1 + homeHighlightCount)..<(1 + homeHighlightCount + homeLatestCount))),
            "sections": sections,
        ]
        if let first = r.articles(.all, 0..<1).first { values["lead"] = r.cardViews([first])[0] }
        return r.document(
            template: "home", values: values,
            head: HeadViewInput(title: site.config.title, route: Routes.home, kind: "home", description: site.config.description))
    }

    static func articlePage(_ article: Article, _ r: RenderContext) -> String {
        let site = r.site
        // The head and the breadcrumbs show the article's own values.
        ReadRecorder.note(.article(article.relativePath))
        let body = r.shortcodeBodies[article.id] ?? article.html
        let view = ArticlePageView(article: article, site: site, cards: r.cards, body: body)
        var crumbs: [(String, String?)] = []
        var section: String? = nil
        if let c = article.category {
            let category = r.term(.category, c)
            crumbs.append((category.name, site.url(category.route)))
            section = r.section(for: category.route)
        }
        crumbs.append((article.title, nil))
        return r.document(
            template: "article", values: ["article": view],
            head: HeadViewInput(
                title: article.title, route: article.route, kind: "article", description: article.summary, type: "article",
                image: article.images.cover?.widest ?? article.imageURL, noindex: article.draft || article.scheduled, article: article.id),
            section: section ?? r.section(for: article.route), breadcrumbs: crumbs)
    }

    /// One job per page of a paginated list, the list being `site.pagedLists[index]`.
    static func listJobs(_ r: RenderContext, _ list: PagedList, index: Int) -> [OutputJob] {
        let site = r.site
        let total = list.pageCount
        let name = SiteLookup.list(of: list, in: site)
        return (1...total).map { number in
            OutputJob(
                path: Routes.outputPath(list.route(number, in: site)), reuse: .whenReadsUnchanged,
                role: .listPage(list: index, number: number)
            ) {
                let (kind, title, description, crumbs) = describe(list, r)
                let count = r.count(name)
                let first = (number - 1) * list.pageSize
                let view = ListView(
                    kind: kind, title: title, description: description,
                    articles: r.cardViews(r.articles(name, first..<(first + list.pageSize))), count: count, page: number)
                let pager = PagerView(current: number, total: list.pageCount(of: count), url: { site.url(list.route($0, in: site)) })
                let pageTitle = number > 1 ? "\(title) (trang \(number))" : title
                return r.document(
                    template: "list", values: ["list": view, "pager": pager],
                    head: HeadViewInput(title: pageTitle, route: list.route(number, in: site), kind: "list", description: description),
                    breadcrumbs: crumbs)
            }
        }
    }

    /// A list's kind, title, description and breadcrumbs.
    private static func describe(_ list: PagedList, _ r: RenderContext) -> (ListView.Kind, String, String?, [(String, String?)]) {
        let site = r.site
        switch list.kind {
        case .category(let id):
            let name = r.term(.category, id).name
            return (.category, name, "Tin bài trong chuyên mục \(name)", [("Chuyên mục", site.url(Routes.categoriesIndex)), (name, nil)])
        case .tag(let id):
            let name = r.term(.tag, id).name
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

    static func termsIndex(_ r: RenderContext, kind: TermKind, title: String, route: String) -> String {
        let views = r.terms(kind).map { TermLinkView(term: $0, kind: kind, site: r.site) }
        return r.document(
            template: "terms", values: ["title": title, "terms": views],
            head: HeadViewInput(title: title, route: route, kind: "terms"), breadcrumbs: [(title, nil)])
    }

    static func archiveIndex(_ r: RenderContext) -> String {
        let site = r.site
        ReadRecorder.note(.archive)
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
        ReadRecorder.note(.page(page.relativePath))
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
