/// Fingerprints of each article's own values, by article id: what its cards show, and what its
/// page shows of it. Kept between builds and recomputed only for rebuilt articles (hashing every
/// body again would cost tens of milliseconds at 10,000 articles).
struct ArticleDigests {
    private(set) var card: [Int] = []
    private(set) var page: [Int] = []
    /// The slugs of its category and tags (their names and counts are read apart).
    private(set) var terms: [Int] = []
    /// Its content path: which article it is, wherever it is in the lists.
    private(set) var path: [Int] = []

    /// `changed`: ids rebuilt since the last update, when ids still mean the same articles;
    /// nil recomputes everything.
    mutating func update(_ site: Site, changed: [Int]?) {
        if let changed, card.count == site.articles.count {
            for id in changed { (card[id], page[id], terms[id], path[id]) = ArticleDigests.all(site.articles[id], site) }
            return
        }
        set(site.articles.parallelMap(chunkSize: 64) { ArticleDigests.all($0, site) })
    }

    private mutating func set(_ all: [(Int, Int, Int, Int)]) {
        card = all.map(\.0)
        page = all.map(\.1)
        terms = all.map(\.2)
        path = all.map(\.3)
    }

    private static func all(_ article: Article, _ site: Site) -> (Int, Int, Int, Int) {
        var terms = Digest()
        terms.add(article.category.map { site.categories[$0].slug })
        terms.add(article.tags.count)
        for tag in article.tags { terms.add(site.tags[tag].slug) }
        return (card(article), page(article), terms.finish(), Digest.of(article.relativePath))
    }

    /// After the model ran in full: articles taken over from the previous build (`movedFrom[id]`
    /// is their previous id) keep their digests; the others are computed.
    mutating func update(_ site: Site, movedFrom: [Int]) {
        guard movedFrom.count == site.articles.count else { return update(site, changed: nil) }
        let old = self
        set(
            site.articles.indices.parallelMap(chunkSize: 256) { id in
                let was = movedFrom[id]
                if was >= 0 && was < old.card.count { return (old.card[was], old.page[was], old.terms[was], old.path[was]) }
                return ArticleDigests.all(site.articles[id], site)
            })
    }

    /// The values a card can show (ArticleFields), terms aside.
    static func card(_ a: Article) -> Int {
        var d = Digest()
        d.add(a.title)
        d.add(a.route)
        d.add(a.date.instant.timeIntervalSince1970)
        d.add(a.updated?.instant.timeIntervalSince1970 ?? -1)
        d.add(a.summary)
        d.add(a.imageURL)
        d.add(a.imageAlt)
        if let cover = a.images.cover {
            d.add(cover.srcset)
            d.add(cover.webpSrcset)
            d.add(cover.width)
            d.add(cover.height)
            d.add(cover.widest)
        }
        d.add(a.views)
        d.add(a.featured)
        d.add(a.author)
        d.add(a.source)
        d.add(a.draft)
        d.add(a.scheduled)
        return d.finish()
    }

    /// Everything else its own page shows: the body, the lead, the head's description and image.
    static func page(_ a: Article) -> Int {
        var d = Digest()
        d.add(card(a))
        d.add(a.file)
        d.add(a.relativePath)
        d.add(a.slug)
        d.add(a.summaryIsExplicit)
        // The body as made and its links' addresses: all `html` is filled from.
        d.add(a.bodyHTML)
        d.add(a.linkURLs.count)
        for url in a.linkURLs { d.add(url) }
        for image in a.images.body {
            d.add(image?.srcset)
            d.add(image?.webpSrcset)
            d.add(image?.width ?? -1)
            d.add(image?.height ?? -1)
        }
        for call in a.shortcodes {
            d.add(call.name)
            for argument in call.arguments {
                d.add(argument.key)
                d.add(argument.value)
            }
        }
        return d.finish()
    }
}
