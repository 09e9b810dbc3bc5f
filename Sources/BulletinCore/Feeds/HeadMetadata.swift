/// What every page's <head> gets from the feeds feature, through {{{page.head_extra}}}:
/// links to the feeds, Open Graph and Twitter card tags for sharing, and on article pages a
/// JSON-LD NewsArticle. Attribute values go through `Escape.html`; JSON strings through
/// `Escape.json`, which writes < > & as \u escapes, so a title holding "</script>" cannot end
/// the script element.
struct HeadMetadata: @unchecked Sendable {
    let site: Site
    private let categoryBySlug: [String: Int]
    /// The site's feed links, the same on every page.
    private let siteFeeds: String
    private let locale: String
    /// The JSON-LD publisher (the agency), the same on every article.
    private let publisher: String
    /// og:site_name and og:locale, the same on every page that is indexed.
    private let siteMetas: String

    init(site: Site) {
        self.site = site
        var categories: [String: Int] = [:]
        for term in site.categories { categories[term.slug] = term.id }
        self.categoryBySlug = categories
        self.siteFeeds = HeadMetadata.feedLinks(
            title: site.config.title, rss: site.url(Routes.rss), atom: site.url(Routes.atom))
        self.locale = HeadMetadata.openGraphLocale(site.config.language)
        let agency = site.config.agency
        let name = nonEmpty(agency.name) ?? site.config.title
        let url = agency.websiteURL ?? site.config.baseURL
        self.publisher = "{\"@type\":\"GovernmentOrganization\",\"name\":\(Escape.json(name)),\"url\":\(Escape.json(url))}"
        self.siteMetas =
            "<meta property=\"og:site_name\" content=\"\(Escape.html(site.config.title))\">\n"
            + "<meta property=\"og:locale\" content=\"\(Escape.html(locale))\">\n"
    }

    /// "vi" → "vi_VN" (Open Graph wants language_TERRITORY).
    static func openGraphLocale(_ language: String) -> String {
        if language.lowercased() == "vi" { return "vi_VN" }
        return language.replacingOccurrences(of: "-", with: "_")
    }

    static func feedLinks(title: String, rss: String, atom: String) -> String {
        let name = Escape.html(title)
        return "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"\(name) (RSS)\" href=\"\(Escape.html(rss))\">\n"
            + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\(name) (Atom)\" href=\"\(Escape.html(atom))\">\n"
    }

    func markup(_ head: HeadViewInput) -> String {
        var out = siteFeeds
        out.reserveCapacity(4096)
        if let category = category(of: head) {
            let term = site.categories[category]
            out += HeadMetadata.feedLinks(
                title: "\(site.config.title) – \(term.name)", rss: site.url(Routes.categoryRSS(term.slug)),
                atom: site.url(Routes.categoryAtom(term.slug)))
        }
        if head.noindex { return out }
        let article = head.article.map { site.articles[$0] }
        let description = nonEmpty(head.description) ?? nonEmpty(site.config.description)
        let image = head.image.flatMap { nonEmpty($0) }.map(absolute)
        // `tag` is the start of the element up to its content's opening quote, written out whole:
        // three appends per element instead of seven (every page has a dozen of these).
        func meta(_ tag: String, _ value: String) {
            out += tag
            Escape.appendHTML(value, to: &out)
            out += "\">\n"
        }
        out += siteMetas
        meta("<meta property=\"og:type\" content=\"", head.type)
        meta("<meta property=\"og:title\" content=\"", head.title)
        if let description { meta("<meta property=\"og:description\" content=\"", description) }
        meta("<meta property=\"og:url\" content=\"", site.absoluteURL(head.route))
        if let image {
            meta("<meta property=\"og:image\" content=\"", image)
            if let alt = article?.imageAlt, !alt.isEmpty { meta("<meta property=\"og:image:alt\" content=\"", alt) }
        }
        out +=
            image == nil
            ? "<meta name=\"twitter:card\" content=\"summary\">\n" : "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
        meta("<meta name=\"twitter:title\" content=\"", head.title)
        if let description { meta("<meta name=\"twitter:description\" content=\"", description) }
        if let image { meta("<meta name=\"twitter:image\" content=\"", image) }
        if let article {
            meta("<meta property=\"article:published_time\" content=\"", article.date.iso8601)
            meta("<meta property=\"article:modified_time\" content=\"", FeedWriter.lastChange(of: article).iso8601)
            if let c = article.category { meta("<meta property=\"article:section\" content=\"", site.categories[c].name) }
            out += "<script type=\"application/ld+json\">"
            appendNewsArticle(article, image: image, to: &out)
            out += "</script>\n"
        }
        return out
    }

    /// The category whose feeds a page links to besides the site's: on the category's own pages.
    private func category(of head: HeadViewInput) -> Int? {
        guard head.kind == "list", head.route.hasPrefix(Routes.categoriesIndex) else { return nil }
        let rest = head.route.dropFirst(Routes.categoriesIndex.count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        return categoryBySlug[String(rest[..<slash])]
    }

    private func absolute(_ url: String) -> String {
        url.hasPrefix("/") ? site.config.origin + url : url
    }

    /// schema.org NewsArticle: headline, dates, author, publisher (the agency), image.
    /// Values are escaped straight into the page's head: a quoted copy of each, joined into the
    /// next, was about 40,000 instructions an article.
    func appendNewsArticle(_ article: Article, image: String?, to out: inout String) {
        out += "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\""
        /// `name` is written with its quotes and colon (",\"headline\":").
        func field(_ name: String, _ value: String) {
            out += name
            Escape.appendJSON(value, to: &out)
        }
        let url = site.absoluteURL(article.route)
        field(",\"headline\":", article.title)
        field(",\"datePublished\":", article.date.iso8601)
        field(",\"dateModified\":", FeedWriter.lastChange(of: article).iso8601)
        if let author = nonEmpty(article.author) {
            field(",\"author\":[{\"@type\":\"Person\",\"name\":", author)
            out += "}]"
        } else {
            out += ",\"author\":[" + publisher + "]"
        }
        out += ",\"publisher\":" + publisher
        field(",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":", url)
        out += "}"
        field(",\"url\":", url)
        field(",\"inLanguage\":", site.config.language)
        if !article.summary.isEmpty { field(",\"description\":", article.summary) }
        if let image {
            field(",\"image\":[", image)
            out += "]"
        }
        if let c = article.category { field(",\"articleSection\":", site.categories[c].name) }
        if !article.tags.isEmpty {
            field(",\"keywords\":", article.tags.map { site.tags[$0].name }.joined(separator: ", "))
        }
        out += "}"
    }
}
