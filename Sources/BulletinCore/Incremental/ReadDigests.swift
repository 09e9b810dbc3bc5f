/// The digest each `Dependency` has in this build: a page whose reads all have the digests they
/// had when it was made would come out the same, and is not made again.
///
/// Digests only need to differ when what was read differs; they are compared within one
/// process, never stored.
final class ReadDigests: @unchecked Sendable {
    let lookup: SiteLookup
    let templates: TemplateSet
    let siteView: SiteView
    let articles: ArticleDigests
    /// Digest of each article's two cards' text, by id (empty while the cards are being made).
    var cardTexts: [Int] = []
    /// The render context, for the fragments and the shortcodes' output (nil while cards are made).
    var context: RenderContext?
    /// Every name any template mentions, split at its dots: all a template can look up in a value.
    private let names: Set<String>

    /// What a read of something that no longer exists gives.
    static let missing = Digest.of("\u{0}missing")

    init(lookup: SiteLookup, templates: TemplateSet, siteView: SiteView, articles: ArticleDigests) {
        self.lookup = lookup
        self.templates = templates
        self.siteView = siteView
        self.articles = articles
        var names = Set<String>()
        for template in templates.templates.values {
            for reference in template.names {
                for part in reference.name.split(separator: ".") {
                    names.insert(String(part))
                    if part.hasPrefix("has_") { names.insert(String(part.dropFirst(4))) }
                }
            }
        }
        self.names = names
    }

    var site: Site { lookup.site }

    func digest(_ read: Dependency) -> Int {
        var d = Digest()
        switch read {
        case .template(let name):
            return templates.templates[name]?.digest ?? Self.missing
        case .siteValue(let key):
            var walker = ViewDigest(names: names)
            walker.add(siteView.child(named: key))
            // A value too deep to follow counts as changed every time.
            return walker.certain ? walker.digest.finish() : Int.random(in: Int.min...Int.max)
        case .fragment(let name):
            return context?.fragment(name).map(Digest.of) ?? Self.missing
        case .card(let path):
            guard let id = lookup.article(path), id < cardTexts.count else { return Self.missing }
            d.add(cardTexts[id])
            d.add(articles.card[id])
        case .values(let path):
            guard let id = lookup.article(path) else { return Self.missing }
            d.add(articles.card[id])
            d.add(articles.terms[id])
        case .article(let path):
            guard let id = lookup.article(path) else { return Self.missing }
            d.add(articles.page[id])
            d.add(articles.terms[id])
            d.add(context?.shortcodeBodies[id])
        case .term(let kind, let slug):
            guard let term = lookup.term(kind, slug) else { return Self.missing }
            d.add(term.name)
            d.add(term.route)
        case .termCount(let kind, let slug):
            return lookup.term(kind, slug)?.articles.count ?? Self.missing
        case .terms(let kind):
            for term in lookup.terms(kind) { d.add(term.slug) }
        case .articles(let list, let range):
            guard let ids = lookup.ids(list) else { return Self.missing }
            let shown = ids[range.clamped(to: ids.indices)]
            d.add(shown.count)
            for id in shown { d.add(articles.path[id]) }
        case .count(let list):
            return lookup.ids(list)?.count ?? Self.missing
        case .archive:
            for year in site.years {
                d.add(year.year)
                d.add(year.articles.count)
                for month in year.months {
                    d.add(month.month)
                    d.add(month.articles.count)
                }
            }
        case .page(let path):
            guard let id = lookup.page(path) else { return Self.missing }
            let page = site.pages[id]
            d.add(page.title)
            d.add(page.summary)
            d.add(page.route)
            d.add(page.html)
        case .named(let name):
            return lookup.namedDigest(name) ?? Self.missing
        }
        return d.finish()
    }
}
