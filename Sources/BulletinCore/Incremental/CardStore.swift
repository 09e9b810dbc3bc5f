import Foundation

/// Each article's rendered cards, with what they read while they were rendered (the article's
/// values, its category, the card templates, `site` values). A card is rendered again only when
/// one of those changed; at 10,000 articles rendering all of them takes a quarter of a second.
final class CardStore: @unchecked Sendable {
    private struct Kept {
        let full: String
        let compact: String
        /// Digest of both texts, what pages that show the card read of it.
        let text: Int
        let global: Int
        let reads: ReadTable.Record
    }

    /// Cards by article path: ids change meaning when articles are added.
    private var byPath: [String: Kept] = [:]
    /// Digest of each article's cards in the current build, by id.
    private(set) var texts: [Int] = []
    private(set) var rendered = 0

    func removeAll() {
        byPath = [:]
        texts = []
    }

    /// Every article's cards: those whose reads are unchanged since they were made are kept.
    func cards(
        site: Site, templates: TemplateSet, siteView: SiteView, global: Int, table: ReadTable, digests: ReadDigests
    )
        -> CardCache
    {
        let kept: [Kept?] = site.articles.map { article in
            byPath[article.relativePath].flatMap { $0.global == global ? $0 : nil }
        }
        table.prepare(kept.map { $0?.reads }, with: digests)
        let stale = site.articles.indices.filter { id in kept[id].map { !table.isCurrent($0.reads) } ?? true }
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
        var next: [String: Kept] = [:]
        next.reserveCapacity(site.articles.count)
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
            next[article.relativePath] = card
        }
        byPath = next
        rendered = stale.count
        return CardCache(full: full, compact: compact)
    }
}
