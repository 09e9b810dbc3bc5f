/// One feed (the whole site, or one category) in RSS 2.0 and Atom 1.0. Written here rather than
/// in the theme: feeds are a fixed format that readers parse, not a matter of look.
///
/// Every address is absolute (from `base_url`), every date carries the site's offset (+07:00),
/// and every item's guid / entry id is the article's absolute address, unique in the feed.
struct FeedWriter {
    /// Items in a feed: the latest articles.
    static let itemCount = 50

    let site: Site
    let title: String
    let description: String
    /// The HTML page the feed belongs to (home or the category's page).
    let pageRoute: String
    let rssRoute: String
    let atomRoute: String
    /// Newest first, drafts and scheduled articles already left out.
    let articles: [Article]

    /// Articles a feed may list: those a reader can be sent to (no drafts, nothing scheduled).
    /// `consumed`: how many of `ids` were looked at to find them.
    static func published(_ ids: [Int], in site: Site) -> (articles: [Article], consumed: Int) {
        var result: [Article] = []
        var consumed = 0
        for id in ids where result.count < itemCount {
            consumed += 1
            let article = site.articles[id]
            if !article.draft && !article.scheduled { result.append(article) }
        }
        return (result, consumed)
    }

    /// When an article last changed: its `updated:` date, or its date.
    static func lastChange(of article: Article) -> LocalDate {
        if let updated = article.updated, updated > article.date { return updated }
        return article.date
    }

    /// The feed's own date: the latest change among its items (the build date when empty),
    /// so that an unchanged site gives an unchanged feed.
    var updated: LocalDate {
        articles.map(FeedWriter.lastChange).max() ?? site.buildDate
    }

    func rss() -> String {
        var out = XMLText()
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw(
            "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        out.raw("<channel>\n")
        out.element("title", title)
        out.element("link", site.absoluteURL(pageRoute))
        out.element("description", description)
        out.element("language", site.config.language)
        out.element("lastBuildDate", updated.rfc822)
        out.element("generator", "Bulletin")
        out.raw("<atom:link href=\"\(Escape.xml(site.absoluteURL(rssRoute)))\" rel=\"self\" type=\"application/rss+xml\"/>\n")
        for article in articles {
            let url = site.absoluteURL(article.route)
            out.raw("<item>\n")
            out.element("title", article.title)
            out.element("link", url)
            out.raw("<guid isPermaLink=\"true\">\(Escape.xml(url))</guid>\n")
            out.element("pubDate", article.date.rfc822)
            if let author = article.author, !author.isEmpty { out.element("dc:creator", author) }
            if let c = article.category { out.element("category", site.categories[c].name) }
            for t in article.tags { out.element("category", site.tags[t].name) }
            if !article.summary.isEmpty { out.element("description", article.summary) }
            out.raw("</item>\n")
        }
        out.raw("</channel>\n</rss>\n")
        return out.text
    }

    func atom() -> String {
        var out = XMLText()
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escape.xml(site.config.language))\">\n")
        out.element("id", site.absoluteURL(pageRoute))
        out.element("title", title)
        out.element("subtitle", description)
        out.element("updated", updated.iso8601)
        out.raw("<link rel=\"self\" type=\"application/atom+xml\" href=\"\(Escape.xml(site.absoluteURL(atomRoute)))\"/>\n")
        out.raw("<link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.xml(site.absoluteURL(pageRoute)))\"/>\n")
        out.raw("<author><name>\(Escape.xml(publisher))</name></author>\n")
        out.element("generator", "Bulletin")
        for article in articles {
            let url = site.absoluteURL(article.route)
            out.raw("<entry>\n")
            out.element("id", url)
            out.element("title", article.title)
            out.raw("<link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.xml(url))\"/>\n")
            out.element("published", article.date.iso8601)
            out.element("updated", FeedWriter.lastChange(of: article).iso8601)
            if let author = article.author, !author.isEmpty { out.raw("<author><name>\(Escape.xml(author))</name></author>\n") }
            if let c = article.category {
                let term = site.categories[c]
                out.raw("<category term=\"\(Escape.xml(term.slug))\" label=\"\(Escape.xml(term.name))\"/>\n")
            }
            if !article.summary.isEmpty { out.element("summary", article.summary) }
            out.raw("</entry>\n")
        }
        out.raw("</feed>\n")
        return out.text
    }

    /// The agency's name, or the site's title when site.yaml names no agency.
    private var publisher: String {
        nonEmpty(site.config.agency.name) ?? site.config.title
    }
}

/// A small XML builder: every text and attribute passes through `Escape.xml`.
struct XMLText {
    private(set) var text = ""

    init() { text.reserveCapacity(16 * 1024) }

    mutating func raw(_ markup: String) { text += markup }

    /// `<name>escaped text</name>` on its own line.
    mutating func element(_ name: String, _ value: String) {
        text += "<" + name + ">" + Escape.xml(value) + "</" + name + ">\n"
    }
}
