import Foundation

/// Each article's rendered cards with the fingerprint of everything they were rendered from:
/// the article's card values, its category (the card shows its name and link), the card
/// templates and, if they read `site`, the site-wide values they name. Unchanged cards are
/// reused; at 10,000 articles rendering all of them takes a quarter of a second.
final class CardStore: @unchecked Sendable {
    /// Cards by article path, to find them again when articles move (ids change).
    private var byPath: [String: (key: Int, full: String, compact: String)] = [:]
    /// The last build's cards and fingerprints, by article id.
    private var full: [String] = []
    private var compact: [String] = []
    /// The fingerprint of each article's cards in the last build, by article id (page
    /// fingerprints include the cards they show).
    private(set) var keys: [Int] = []
    private var shared: (base: Int, terms: [Int])?
    private(set) var rendered = 0

    static let templates = ["partials/card", "partials/card-compact"]

    func removeAll() {
        byPath = [:]
        full = []
        compact = []
        keys = []
        shared = nil
    }

    /// `rebuilt`: ids of the articles rebuilt since the last build when the others kept their
    /// id; nil when ids may mean other articles now.
    func cards(
        site: Site, templates: TemplateSet, siteView: SiteView, deps: TemplateDeps, digests: ArticleDigests, globalKey: Int,
        rebuilt: [Int]?
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
        let current = (base: base.finish(), terms: TermDigests(site.categories, counts: closure.mentions("count")).digests)
        func key(_ article: Article) -> Int {
            var d = Digest()
            d.add(current.base)
            d.add(digests.card[article.id])
            d.add(article.category.map { current.terms[$0] } ?? 0)
            return d.finish()
        }
        defer { shared = certain ? current : nil }
        if let rebuilt, certain, let shared, shared.base == current.base, shared.terms == current.terms,
            keys.count == site.articles.count
        {
            rendered = 0
            for id in rebuilt {
                let article = site.articles[id]
                let fresh = key(article)
                guard fresh != keys[id] else { continue }
                (full[id], compact[id]) = CardCache.render(article, site: site, templates: templates, siteView: siteView)
                keys[id] = fresh
                byPath[article.relativePath] = (fresh, full[id], compact[id])
                rendered += 1
            }
            return CardCache(full: full, compact: compact)
        }
        let newKeys = site.articles.map(key)
        let previous = byPath
        let stale = site.articles.filter { !certain || previous[$0.relativePath]?.key != newKeys[$0.id] }
        let made: [(String, String)] = stale.parallelMap(chunkSize: 32) {
            CardCache.render($0, site: site, templates: templates, siteView: siteView)
        }
        var next: [String: (key: Int, full: String, compact: String)] = [:]
        next.reserveCapacity(site.articles.count)
        full = []
        compact = []
        full.reserveCapacity(site.articles.count)
        compact.reserveCapacity(site.articles.count)
        var madeIndex = 0
        for article in site.articles {
            let cards: (String, String)
            if madeIndex < stale.count && stale[madeIndex].id == article.id {
                cards = made[madeIndex]
                madeIndex += 1
            } else {
                let old = previous[article.relativePath]!
                cards = (old.full, old.compact)
            }
            full.append(cards.0)
            compact.append(cards.1)
            next[article.relativePath] = (newKeys[article.id], cards.0, cards.1)
        }
        byPath = next
        // An uncertain fingerprint must not match next time either.
        keys = certain ? newKeys : newKeys.map { _ in Int.random(in: Int.min...Int.max) }
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
