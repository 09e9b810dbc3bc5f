import Mustache

/// An article in a list: `title`, `url`, `date` (a DateView), `summary`, `image`, `image_alt`,
/// `category` ({name, url}), `views`, `featured`, and the pre-rendered `card` and `card_compact`
/// (partials/card and partials/card-compact, rendered once per article for every list it is in).
final class CardView: MustacheParent {
    let article: Article
    let site: Site
    let cards: CardCache?

    init(article: Article, site: Site, cards: CardCache?) {
        self.article = article
        self.site = site
        self.cards = cards
    }

    func child(named key: String) -> Any? {
        switch key {
        case "card": return cards?.full[article.id]
        case "card_compact": return cards?.compact[article.id]
        default: return ArticleFields.value(key, of: article, site: site)
        }
    }
}

/// The keys an article has wherever it appears.
enum ArticleFields {
    static func value(_ key: String, of article: Article, site: Site) -> Any? {
        switch key {
        case "title": return Text(article.title)
        case "url": return Text(site.url(article.route))
        case "absolute_url": return Text(site.absoluteURL(article.route))
        case "date": return DateView(article.date)
        case "updated": return article.updated.map(DateView.init)
        case "summary": return text(article.summary)
        case "image": return text(article.imageURL)
        case "image_alt": return Text(article.imageAlt ?? "")
        case "category": return article.category.map { TermLinkView(term: site.categories[$0], site: site) }
        case "views": return article.views.map { Text(VietnameseNumber.format($0)) }
        case "featured": return article.featured
        case "author": return text(article.author)
        case "source": return text(article.source)
        case "draft": return article.draft
        case "scheduled": return article.scheduled
        default: return nil
        }
    }
}

/// `{{article.…}}` on an article page: every card key plus `body` (HTML: use {{{article.body}}}),
/// `lead` (the explicit summary, shown in bold above the body), `tags` [{name, url}],
/// `related` and `others` (lists of cards: "Tin liên quan", "Các tin khác").
final class ArticlePageView: MustacheParent {
    let article: Article
    let site: Site
    let cards: CardCache
    let body: Text

    init(article: Article, site: Site, cards: CardCache, body: String) {
        self.article = article
        self.site = site
        self.cards = cards
        self.body = Text(body)
    }

    func child(named key: String) -> Any? {
        switch key {
        case "body": return body
        // Only a summary the editor wrote: the automatic one repeats the first paragraph.
        case "lead": return article.summaryIsExplicit ? text(article.summary) : nil
        case "tags":
            let tags = article.tags.map { TermLinkView(term: site.tags[$0], site: site) }
            return tags.isEmpty ? nil : tags
        case "related":
            let list = article.related.map { CardView(article: site.articles[$0], site: site, cards: cards) }
            return list.isEmpty ? nil : list
        case "others":
            let list = article.others.map { CardView(article: site.articles[$0], site: site, cards: cards) }
            return list.isEmpty ? nil : list
        case "card": return cards.full[article.id]
        case "card_compact": return cards.compact[article.id]
        default: return ArticleFields.value(key, of: article, site: site) ?? presence(key)
        }
    }
}

/// Each article's cards, rendered once and reused by every list that shows the article:
/// an article appears on about ten pages (home, category, tags, archives, others' related lists),
/// and a template lookup costs microseconds.
final class CardCache: @unchecked Sendable {
    let full: [Text]
    let compact: [Text]

    init(site: Site, templates: TemplateSet, siteView: SiteView) {
        let results: [(String, String)] = site.articles.parallelMap(chunkSize: 64) { article in
            let view = CardView(article: article, site: site, cards: nil)
            let context = ValuesView(["site": siteView, "article": view])
            return (
                templates.render("partials/card", ChainedView(first: view, then: context)),
                templates.render("partials/card-compact", ChainedView(first: view, then: context))
            )
        }
        self.full = results.map { Text($0.0) }
        self.compact = results.map { Text($0.1) }
    }
}

/// Looks a key up in `first`, then in `then`: a card's own keys at top level, with `site` and
/// `article` also reachable, so card templates can say either {{title}} or {{article.title}}.
final class ChainedView: MustacheParent {
    let first: MustacheParent
    let then: MustacheParent
    init(first: MustacheParent, then: MustacheParent) {
        self.first = first
        self.then = then
    }
    func child(named key: String) -> Any? { first.child(named: key) ?? then.child(named: key) }
}
