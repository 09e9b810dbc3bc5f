import Foundation

/// The model stage: turns validated content into the Site every page is rendered from.
/// All lists (categories, tags, archives, related) are built by one pass over the articles,
/// newest first, so the cost grows linearly with the number of articles.
public struct SiteBuilder {
    let diagnostics: Diagnostics
    let options: BuildOptions
    /// Longest automatic lead, in characters.
    static let summaryLength = 220
    /// What the previous build made that still holds (incremental rebuilds); nil makes everything.
    var reuse: ModelReuse?

    public init(diagnostics: Diagnostics, options: BuildOptions) {
        self.diagnostics = diagnostics
        self.options = options
    }

    public func build(_ validated: ValidatedContent) -> Site {
        let content = validated.content
        let config = content.config
        let zone = config.timeZone
        let sources = validated.articles

        var categories = TermCollector(kind: .category, diagnostics: diagnostics)
        categories.nearMatches = true
        categories.declared = Set(validated.content.config.declaredCategories.map { Slug.make($0) })
        var tags = TermCollector(kind: .tag, diagnostics: diagnostics)
        for entry in sources {
            if let name = entry.source.category { categories.note(name, at: entry.source.location(of: "category")) }
            for name in entry.source.tags { tags.note(name, at: entry.source.location(of: "tags")) }
        }
        let categoryIDs = categories.finish()
        let tagIDs = tags.finish()

        var articles: [Article] = sources.indices.parallelMap { index in
            let entry = sources[index]
            let category = entry.source.category.flatMap { categoryIDs.id(for: $0) }
            let tags = uniqued(entry.source.tags.compactMap { tagIDs.id(for: $0) })
            return reuse?.article(id: index, entry: entry, category: category, tags: tags, validated: validated)
                ?? SiteBuilder.makeArticle(id: index, entry: entry, category: category, tags: tags, validated: validated)
        }

        var categoryTerms = categoryIDs.terms(route: { Routes.category($0) })
        var tagTerms = tagIDs.terms(route: { Routes.tag($0) })
        var years: [ArchiveYear] = []
        var featured: [Int] = []
        for i in articles.indices {
            let id = articles[i].id
            if let c = articles[i].category { categoryTerms[c].articles.append(id) }
            for t in articles[i].tags { tagTerms[t].articles.append(id) }
            if articles[i].featured { featured.append(id) }
            let (y, m) = (articles[i].date.year, articles[i].date.month)
            if years.last?.year != y { years.append(ArchiveYear(year: y, months: [], articles: [])) }
            if years[years.count - 1].months.last?.month != m {
                years[years.count - 1].months.append(ArchiveMonth(year: y, month: m, articles: []))
            }
            years[years.count - 1].articles.append(id)
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].articles.append(id)
        }

        if !(reuse?.related(&articles, categories: categoryTerms, tags: tagTerms) ?? false) {
            RelatedArticles.assign(to: &articles, categories: categoryTerms, tags: tagTerms)
        }

        let pages = validated.pages.compactMap { SiteBuilder.makePage($0, validated: validated) }

        return Site(
            config: config, articles: articles, categories: categoryTerms, tags: tagTerms, years: years, pages: pages,
            featured: featured, media: content.media, staticFiles: content.staticFiles, images: validated.images,
            buildDate: LocalDate(options.now, in: zone))
    }

    /// One article of the site, given its place (`id`) and its terms' ids; everything else comes from
    /// its source alone (incremental rebuilds call this for the articles that changed).
    static func makeArticle(
        id: Int, entry: (source: ArticleSource, slug: String, scheduled: Bool), category: Int?, tags: [Int],
        validated: ValidatedContent
    ) -> Article {
        let (source, slug, scheduled) = entry
        let config = validated.content.config
        let linkURLs = LinkPlaceholders.addresses(
            of: source.body.links, targets: validated.linkTargets, basePath: config.basePath)
        var summary = source.summary ?? ""
        if summary.isEmpty {
            summary = TextTools.truncate(source.body.firstParagraph, limit: SiteBuilder.summaryLength)
        }
        var imageURL: String? = nil
        var coverPath: String? = nil
        switch source.image {
        case .asset(let path, let url)?:
            imageURL = url
            coverPath = path
        case .external(let url)?: imageURL = url
        default: break
        }
        let zone = config.timeZone
        return Article(
            id: id, file: source.file, relativePath: source.relativePath, title: source.title, slug: slug,
            route: Routes.article(slug), date: LocalDate(source.date, in: zone),
            updated: source.updated.map { LocalDate($0, in: zone) }, category: category, tags: tags,
            author: source.author ?? config.defaultAuthor, source: source.source, summary: summary,
            summaryIsExplicit: source.summary != nil, imageURL: imageURL, imageAlt: source.imageAlt, featured: source.featured,
            views: source.views, draft: source.draft, scheduled: scheduled,
            bodyHTML: source.body.html, linkURLs: linkURLs, shortcodes: source.body.shortcodes,
            siteLinks: source.body.siteLinks, plainText: source.body.plainText, aliases: source.aliases,
            images: ArticleImages(
                cover: validated.images.markup(of: coverPath, basePath: config.basePath),
                body: source.body.images.map { validated.images.markup(of: $0, basePath: config.basePath) },
                sizes: config.images.bodySizes))
    }

    /// A static page; nil when validation gave it no address.
    static func makePage(_ page: PageSource, validated: ValidatedContent) -> Page? {
        guard let route = validated.linkTargets[page.relativePath] else { return nil }
        let urls = LinkPlaceholders.addresses(
            of: page.body.links, targets: validated.linkTargets, basePath: validated.content.config.basePath)
        let config = validated.content.config
        let html = ImageMarkers.fill(
            LinkPlaceholders.fillLinks(page.body.html, with: urls),
            with: page.body.images.map { validated.images.markup(of: $0, basePath: config.basePath) }, sizes: config.images.bodySizes)
        return Page(
            file: page.file, relativePath: page.relativePath, title: page.title, summary: page.summary, route: route,
            html: html, siteLinks: page.body.siteLinks, aliases: page.aliases)
    }

    private func uniqued(_ ids: [Int]) -> [Int] {
        var seen = Set<Int>()
        return ids.filter { seen.insert($0).inserted }
    }
}

/// Gathers category or tag names. Names that give the same slug ("Tin tức - Sự kiện" and
/// "Tin tức – Sự kiện") are one term; the spelling used most often is shown, and the others are
/// reported so that editors can make them consistent.
struct TermCollector {
    enum Kind {
        case category, tag

        /// "category" or "tag", in the reader's language.
        var name: MessageValue { .message(Message(self == .category ? .termCategory : .termTag)) }
    }

    let kind: Kind
    let diagnostics: Diagnostics
    /// Names are keyed by their bytes (`BytesKey`): hashing a Vietnamese String normalises it
    /// first, and with four lookups per use this was most of the model's time on one thread.
    private var spellings: [String: [BytesKey: (count: Int, first: SourceLocation)]] = [:]
    /// Each name's slug, made once: a site has a few hundred names and tens of thousands of uses.
    private var slugs: [BytesKey: String] = [:]
    /// Whether a name close to a more used one is reported as a probable misspelling.
    var nearMatches = false
    /// Slugs of the names the site declares (site.yaml's `categories:`): never misspellings.
    var declared: Set<String> = []

    init(kind: Kind, diagnostics: Diagnostics) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// `location` is only worked out for a name's first use (this runs on one thread).
    mutating func note(_ name: String, at location: @autoclosure () -> SourceLocation) {
        let key = BytesKey(name)
        let slug: String
        if let known = slugs[key] {
            slug = known
        } else {
            slug = Slug.make(name)
            slugs[key] = slug
        }
        guard !slug.isEmpty else { return }  // reported by the validator
        // Changed in place: a copy of the inner table, changed and stored back, was a new
        // table for every use of a name.
        if let seen = spellings[slug]?[key] {
            spellings[slug]![key] = (seen.count + 1, seen.first)
        } else {
            spellings[slug, default: [:]][key] = (1, location())
        }
    }

    /// "Cải cách hành chánh" beside "Cải cách hành chính": a name whose slug is one or two
    /// letters from a more used one's, and that site.yaml does not declare, is probably a typo
    /// that would make a category of its own.
    private func reportNearMatches(_ names: [(name: String, slug: String)]) {
        let uses = spellings.mapValues { $0.values.reduce(0) { $0 + $1.count } }
        for entry in names where !declared.contains(entry.slug) && entry.slug.count >= 6 {
            let count = uses[entry.slug] ?? 0
            let closer = names.filter { other in
                other.slug != entry.slug && (uses[other.slug] ?? 0) > count && abs(other.slug.count - entry.slug.count) <= 2
                    && TextTools.editDistance(other.slug, entry.slug) <= 2
            }
            guard let best = closer.max(by: { (uses[$0.slug] ?? 0) < (uses[$1.slug] ?? 0) }),
                let first = spellings[entry.slug]?.values.map(\.first).min()
            else { continue }
            let values: [String: MessageValue] = [
                "kind": kind.name, "name": .text(entry.name), "other": .text(best.name), "count": .number(uses[best.slug] ?? 0),
            ]
            diagnostics.warning(.termCloseToAnother, values, at: first)
        }
    }

    struct IDs {
        /// Every name noted, in any spelling.
        let byName: [BytesKey: Int]
        let names: [(name: String, slug: String)]

        func id(for name: String) -> Int? { byName[BytesKey(name)] }

        func terms(route: (String) -> String) -> [Term] {
            names.enumerated().map { i, entry in
                Term(id: i, name: entry.name, slug: entry.slug, route: route(entry.slug), articles: [])
            }
        }
    }

    func finish() -> IDs {
        var chosen: [(name: String, slug: String)] = []
        for (slug, variants) in spellings {
            let ranked = variants.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.value.first < b.value.first
            }
            let name = ranked[0].key.text
            for other in ranked.dropFirst() {
                diagnostics.warning(
                    .termSpelledDifferently, ["kind": kind.name, "name": .text(other.key.text), "chosen": .text(name)],
                    at: other.value.first)
            }
            chosen.append((name, slug))
        }
        if nearMatches { reportNearMatches(chosen) }
        chosen = VietnameseCollation.sorted(chosen) { $0.name }
        var bySlug: [String: Int] = [:]
        for (i, entry) in chosen.enumerated() { bySlug[entry.slug] = i }
        return IDs(byName: slugs.compactMapValues { bySlug[$0] }, names: chosen)
    }
}
