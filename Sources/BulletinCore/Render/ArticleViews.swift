/// An article in a list: `title`, `url`, `date` (a DateView), `summary`, `image`, `image_alt`,
/// `image_srcset`, `image_webp_srcset`, `image_width`, `image_height` (the cover's copies),
/// `category` ({name, url}), `views`, `featured`, and the pre-rendered `card` and `card_compact`
/// (partials/card and partials/card-compact, rendered once per article for every list it is in).
///
/// It keeps the article's id: lists and "Tin liên quan" make some 150,000 cards at 10,000
/// articles, nearly all asked only for `card` or `card_compact`.
final class CardView: TemplateNode {
    let id: Int
    let site: Site
    let cards: CardCache?

    init(id: Int, site: Site, cards: CardCache?) {
        self.id = id
        self.site = site
        self.cards = cards
    }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "card":
            ReadRecorder.note(.card(site.articles[id].relativePath))
            return (cards?.full[id]).map(TemplateValue.text)
        case "card_compact":
            ReadRecorder.note(.card(site.articles[id].relativePath))
            return (cards?.compact[id]).map(TemplateValue.text)
        default: return ArticleFields.value(key, of: site.articles[id], site: site)
        }
    }
}

/// The keys an article has wherever it appears.
enum ArticleFields {
    static func value(_ key: String, of article: Article, site: Site) -> TemplateValue? {
        ReadRecorder.note(.values(article.relativePath))
        switch key {
        case "title": return .text(article.title)
        case "url": return .text(site.url(article.route))
        case "absolute_url": return .text(site.absoluteURL(article.route))
        case "date": return .node(DateView(article.date))
        case "updated": return article.updated.map { .node(DateView($0)) }
        case "summary": return text(article.summary)
        case "image": return text(article.imageURL)
        case "image_alt": return .text(article.imageAlt ?? "")
        // The cover's resized copies and size (see ImageMarkup); absent for a cover on the web.
        case "image_srcset": return text(article.images.cover?.srcset)
        case "image_webp_srcset": return text(article.images.cover?.webpSrcset)
        case "image_width": return article.images.cover.map { .text(String($0.width)) }
        case "image_height": return article.images.cover.map { .text(String($0.height)) }
        case "category": return article.category.map { .node(TermLinkView(term: site.categories[$0], kind: .category, site: site)) }
        case "views": return article.views.map { .text(VietnameseNumber.format($0)) }
        case "featured": return .flag(article.featured)
        case "author": return text(article.author)
        case "source": return text(article.source)
        case "draft": return .flag(article.draft)
        case "scheduled": return .flag(article.scheduled)
        default: return nil
        }
    }
}

/// `{{article.…}}` on an article page: every card key plus `body` (HTML: use {{{article.body}}}),
/// `lead` (the explicit summary, shown in bold above the body), `tags` [{name, url}],
/// `related` and `others` (lists of cards: "Tin liên quan", "Các tin khác").
final class ArticlePageView: TemplateNode {
    let article: Article
    let site: Site
    let cards: CardCache
    let body: TemplateValue

    init(article: Article, site: Site, cards: CardCache, body: String) {
        self.article = article
        self.site = site
        self.cards = cards
        self.body = .text(body)
    }

    // The lists are made on their first lookup and kept: a template asks `has_related` (which
    // `presence` answers by looking `related` up) before it goes through `related`.
    private lazy var tagViews = Self.list(article.tags.map { TermLinkView(term: site.tags[$0], kind: .tag, site: site) })
    private lazy var relatedViews = Self.list(article.related.map { CardView(id: $0, site: site, cards: cards) })
    private lazy var otherViews = Self.list(article.others.map { CardView(id: $0, site: site, cards: cards) })

    private static func list<Node: TemplateNode>(_ views: [Node]) -> TemplateValue? {
        views.isEmpty ? nil : .nodes(views)
    }

    func child(named key: String) -> TemplateValue? {
        noteRead(key)
        switch key {
        case "body": return body
        // Only a summary the editor wrote: the automatic one repeats the first paragraph.
        case "lead": return article.summaryIsExplicit ? text(article.summary) : nil
        case "tags": return tagViews
        case "related": return relatedViews
        case "others": return otherViews
        case "card": return .text(cards.full[article.id])
        case "card_compact": return .text(cards.compact[article.id])
        default: return ArticleFields.value(key, of: article, site: site) ?? presence(key)
        }
    }

    /// What `key` shows of the site, for incremental rebuilds (the lists' cards note their own).
    private func noteRead(_ key: String) {
        guard ReadRecorder.isRecording else { return }
        let path = article.relativePath
        switch key {
        case "related", "has_related": ReadRecorder.note(.articles(.related(path), 0..<Int.max))
        case "others", "has_others": ReadRecorder.note(.articles(.others(path), 0..<Int.max))
        case "card", "card_compact": ReadRecorder.note(.card(path))
        default: ReadRecorder.note(.article(path))
        }
    }
}

/// Each article's cards, rendered once and reused by every list that shows the article:
/// an article appears on about ten pages (home, category, tags, archives, others' related lists),
/// and a template lookup costs microseconds.
final class CardCache: @unchecked Sendable {
    let full: [String]
    let compact: [String]

    init(site: Site, templates: TemplateSet, siteView: SiteView) {
        let results: [(String, String)] = site.articles.parallelMap(chunkSize: 64) { article in
            CardCache.render(article, site: site, templates: templates, siteView: siteView)
        }
        self.full = results.map(\.0)
        self.compact = results.map(\.1)
    }

    init(full: [String], compact: [String]) {
        self.full = full
        self.compact = compact
    }

    /// One article's two cards (partials/card and partials/card-compact).
    static func render(_ article: Article, site: Site, templates: TemplateSet, siteView: SiteView) -> (String, String) {
        let view = CardView(id: article.id, site: site, cards: nil)
        let context = ValuesView(["site": siteView, "article": view])
        return (
            templates.render("partials/card", ChainedView(first: view, then: context)),
            templates.render("partials/card-compact", ChainedView(first: view, then: context))
        )
    }
}
