import Foundation

/// Each article's rendered cards, with what they read while they were rendered (the article's
/// values, its category, the card templates, `site` values). A card is rendered again only when
/// one of those changed; at 10,000 articles rendering all of them takes a quarter of a second.
///
/// The cards are kept as the arrays the render context is given, by article id, and patched in
/// place where cards were made again: a one-article edit neither copies nor rebuilds them.
final class CardStore: @unchecked Sendable {
    /// What one card was made from. A class: arrays of these are looked through every rebuild.
    private final class Made {
        let global: Int
        let reads: ReadTable.Record

        init(global: Int, reads: ReadTable.Record) {
            self.global = global
            self.reads = reads
        }
    }

    /// The last build's cards by article id, with each article's path: ids change meaning when
    /// articles are added, and a card is found again by its path then.
    private var paths: [String] = []
    private var made: [Made?] = []
    private var full: [String] = []
    private var compact: [String] = []
    /// Digest of each article's two cards' text, by id: what pages that show a card read of it.
    private(set) var texts: [Int] = []
    /// The ids of the cards the last call made again.
    private(set) var renderedIDs: [Int] = []

    func removeAll() {
        paths = []
        made = []
        full = []
        compact = []
        texts = []
        renderedIDs = []
    }

    /// Every article's cards: those whose reads are unchanged since they were made are kept.
    func cards(
        site: Site, templates: TemplateSet, siteView: SiteView, global: Int, table: ReadTable, digests: ReadDigests
    )
        -> CardCache
    {
        lineUp(site)
        let stale = site.articles.indices.filter { id in
            guard let made = made[id], made.global == global else { return true }
            return !table.isCurrent(made.reads, with: digests)
        }
        let cards: [(full: String, compact: String, reads: [Dependency])] = stale.parallelMap(chunkSize: 32) { id in
            let recorder = ReadRecorder()
            let (full, compact) = recorder.recording {
                CardCache.render(site.articles[id], site: site, templates: templates, siteView: siteView)
            }
            return (full, compact, recorder.reads)
        }
        for (id, card) in zip(stale, cards) {
            var text = Digest()
            text.add(card.full)
            text.add(card.compact)
            full[id] = card.full
            compact[id] = card.compact
            texts[id] = text.finish()
            made[id] = Made(global: global, reads: table.record(card.reads, with: digests))
        }
        renderedIDs = stale
        return CardCache(full: full, compact: compact)
    }

    /// Puts the last build's cards at this build's ids: in place while ids mean the same articles
    /// (the same paths in the same order), found by path otherwise.
    private func lineUp(_ site: Site) {
        let articles = site.articles
        if articles.count == paths.count && articles.indices.allSatisfy({ articles[$0].relativePath == paths[$0] }) { return }
        var byPath: [String: Int] = [:]
        byPath.reserveCapacity(paths.count)
        for (id, path) in paths.enumerated() where byPath[path] == nil { byPath[path] = id }
        let old = (made: made, full: full, compact: compact, texts: texts)
        made = articles.map { byPath[$0.relativePath].flatMap { old.made[$0] } }
        full = articles.map { byPath[$0.relativePath].map { old.full[$0] } ?? "" }
        compact = articles.map { byPath[$0.relativePath].map { old.compact[$0] } ?? "" }
        texts = articles.map { byPath[$0.relativePath].map { old.texts[$0] } ?? 0 }
        paths = articles.map(\.relativePath)
    }
}
