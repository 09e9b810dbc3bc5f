import Foundation

/// Each article's rendered cards, with what they read while they were rendered (the article's
/// values, its category, the card templates, `site` values). A card is rendered again only when
/// one of those changed; at 10,000 articles rendering all of them takes a quarter of a second.
final class CardStore: @unchecked Sendable {
    /// A class: arrays of these are copied every rebuild, a struct's five references each time.
    private final class Kept {
        let full: String
        let compact: String
        /// Digest of both texts, what pages that show the card read of it.
        let text: Int
        let global: Int
        let reads: ReadTable.Record

        init(full: String, compact: String, text: Int, global: Int, reads: ReadTable.Record) {
            self.full = full
            self.compact = compact
            self.text = text
            self.global = global
            self.reads = reads
        }
    }

    /// The last build's cards by article id, with each article's path: ids change meaning when
    /// articles are added, and a card is found again by its path then.
    private var kept: [Kept?] = []
    private var paths: [String] = []
    /// Digest of each article's cards in the current build, by id.
    private(set) var texts: [Int] = []
    /// The ids of the cards the last call made again.
    private(set) var renderedIDs: [Int] = []

    func removeAll() {
        kept = []
        renderedIDs = []
        paths = []
        texts = []
    }

    /// Every article's cards: those whose reads are unchanged since they were made are kept.
    func cards(
        site: Site, templates: TemplateSet, siteView: SiteView, global: Int, table: ReadTable, digests: ReadDigests
    )
        -> CardCache
    {
        let kept = previous(site).map { $0.flatMap { $0.global == global ? $0 : nil } }
        table.prepare(kept.map { $0?.reads }, with: digests)
        let stale = site.articles.indices.filter { id in kept[id].map { !table.isCurrent($0.reads, with: digests) } ?? true }
        let made: [(full: String, compact: String, reads: [Dependency])] = stale.parallelMap(chunkSize: 32) { id in
            let recorder = ReadRecorder()
            let (full, compact) = recorder.recording {
                CardCache.render(site.articles[id], site: site, templates: templates, siteView: siteView)
            }
            return (full, compact, recorder.reads)
        }
        var current = kept
        for (id, card) in zip(stale, made) {
            var text = Digest()
            text.add(card.full)
            text.add(card.compact)
            current[id] = Kept(
                full: card.full, compact: card.compact, text: text.finish(), global: global,
                reads: table.record(card.reads, with: digests))
        }
        var full: [String] = [], compact: [String] = []
        full.reserveCapacity(site.articles.count)
        compact.reserveCapacity(site.articles.count)
        texts = []
        texts.reserveCapacity(site.articles.count)
        for article in site.articles {
            let card = current[article.id]!
            full.append(card.full)
            compact.append(card.compact)
            texts.append(card.text)
        }
        self.kept = current
        paths = site.articles.map(\.relativePath)
        renderedIDs = stale
        return CardCache(full: full, compact: compact)
    }

    /// The last build's card of each article, by id: in place while ids mean the same articles,
    /// found by path otherwise.
    private func previous(_ site: Site) -> [Kept?] {
        let articles = site.articles
        if articles.count == paths.count && articles.indices.allSatisfy({ articles[$0].relativePath == paths[$0] }) {
            return kept
        }
        let byPath = Dictionary(zip(paths, kept), uniquingKeysWith: { first, _ in first })
        return articles.map { byPath[$0.relativePath] ?? nil }
    }
}
