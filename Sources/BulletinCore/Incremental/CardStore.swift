import Foundation

/// Each article's rendered cards with the fingerprint of everything they were rendered from:
/// the article's card values, its category (the card shows its name and link), the card
/// templates and, if they read `site`, the site-wide values they name. Unchanged cards are
/// reused; at 10,000 articles rendering all of them takes a quarter of a second.
final class CardStore: @unchecked Sendable {
    private var kept: [String: (key: Int, full: String, compact: String)] = [:]
    /// The fingerprint of each article's cards in the last build, by article id (page
    /// fingerprints include the cards they show).
    private(set) var keys: [Int] = []
    private(set) var rendered = 0

    static let templates = ["partials/card", "partials/card-compact"]

    func removeAll() {
        kept = [:]
        keys = []
    }

    func cards(
        site: Site, templates: TemplateSet, siteView: SiteView, deps: TemplateDeps, digests: ArticleDigests, globalKey: Int
    ) -> CardCache {
        let closure = deps.closure(CardStore.templates)
        var base = Digest()
        base.add(globalKey)
        base.add(closure.hash)
        // Cards are rendered with `site` in reach: what they name of it is part of them.
        var certain = closure.analysable
        if closure.mentions("site") {
            if let siteKey = ViewDigest.of(siteView, names: closure.names) { base.add(siteKey) } else { certain = false }
        }
        let baseKey = base.finish()
        let terms = TermDigests(site.categories, counts: closure.mentions("count"))
        let keys: [Int] = site.articles.map { article in
            var d = Digest()
            d.add(baseKey)
            d.add(digests.card[article.id])
            d.add(article.category.map { terms.digests[$0] } ?? 0)
            return d.finish()
        }
        let previous = kept
        let stale = site.articles.filter { article in
            !certain || previous[article.relativePath]?.key != keys[article.id]
        }
        let fresh: [(String, String)] = stale.parallelMap(chunkSize: 32) {
            CardCache.render($0, site: site, templates: templates, siteView: siteView)
        }
        var next: [String: (key: Int, full: String, compact: String)] = [:]
        next.reserveCapacity(site.articles.count)
        var full = [String](), compact = [String]()
        full.reserveCapacity(site.articles.count)
        compact.reserveCapacity(site.articles.count)
        var freshIndex = 0
        for article in site.articles {
            let cards: (String, String)
            if freshIndex < stale.count && stale[freshIndex].id == article.id {
                cards = fresh[freshIndex]
                freshIndex += 1
            } else {
                let old = previous[article.relativePath]!
                cards = (old.full, old.compact)
            }
            full.append(cards.0)
            compact.append(cards.1)
            next[article.relativePath] = (keys[article.id], cards.0, cards.1)
        }
        kept = next
        // An uncertain fingerprint must not match next time either.
        self.keys = certain ? keys : keys.map { _ in Int.random(in: Int.min...Int.max) }
        rendered = stale.count
        return CardCache(full: full, compact: compact)
    }
}

/// What a page can show of each category or tag: name and address, and the number of articles
/// when the templates name `count`.
struct TermDigests {
    let digests: [Int]

    init(_ terms: [Term], counts: Bool) {
        digests = terms.map { term in
            var d = Digest()
            d.add(term.name)
            d.add(term.slug)
            d.add(term.route)
            if counts { d.add(term.articles.count) }
            return d.finish()
        }
    }
}
