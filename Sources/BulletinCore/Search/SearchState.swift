/// The search index of one build with what it was made from. `bulletin serve` keeps it between
/// rebuilds (`FeatureMemory`): after an edit only the edited articles are scanned again and the
/// index patched, instead of scanning every article (most of a one-article rebuild otherwise).
final class SearchState {
    /// What the index holds of an article, and what its version stamp is made from.
    struct Entry: Equatable {
        let fields: [String]
        let route: String
        /// The date a result shows (day, month, year).
        let date: [Int]
        let summary: String
        let category: Int

        init(_ article: Article, site: Site) {
            fields = SearchFeature.fields(of: article, site: site)
            route = article.route
            date = [article.date.day, article.date.month, article.date.year]
            summary = article.summary
            category = article.category ?? -1
        }

        /// Whether `Entry(article, site: site)` would equal this one, without making it (a
        /// rebuild asks this of every article).
        func matches(_ article: Article, site: Site) -> Bool {
            let day = article.date.day, month = article.date.month, year = article.date.year
            guard route == article.route, summary == article.summary,
                category == (article.category ?? -1), date.count == 3, date[0] == day, date[1] == month, date[2] == year
            else { return false }
            return matchesFields(article, site: site)
        }

        private func matchesFields(_ article: Article, site: Site) -> Bool {
            var next = 0
            func same(_ text: String) -> Bool {
                defer { next += 1 }
                return next < fields.count && fields[next] == text
            }
            guard same(article.title), !article.summaryIsExplicit || same(article.summary) else {
                return false
            }
            for tag in article.tags where !same(site.tags[tag].name) { return false }
            return same(article.plainText) && next == fields.count
        }

        var hash: String {
            var hash = StableHash()
            for field in fields { hash.add(field) }
            hash.add(route)
            for part in date { hash.add(part) }
            hash.add(summary)
            hash.add(category)
            return hash.text
        }
    }

    private(set) var shards: SearchShards
    private var entries: [Entry]
    private var hashes: [String]
    /// A version of the index for the browser's cache (`?v=` on every shard): a hash of what the
    /// shards are made from, so it changes with them and a rebuild of the same site keeps it.
    private(set) var stamp = ""
    /// Fingerprints of each shard file, kept when the state is (see `wordDigest`).
    private var wordDigests: [Int]?
    private var pairDigests: [Int]?

    /// Builds the index of every article. `keepsDigests`: the state is kept for rebuilds, which
    /// ask for every shard's fingerprint.
    init(site: Site, keepsDigests: Bool) {
        let entries = site.articles.parallelMap(chunkSize: 256) { Entry($0, site: site) }
        let index = SearchIndexBuilder.build(documentCount: entries.count) { entries[$0].fields }
        self.entries = entries
        shards = SearchShards(index: index)
        // Each article is hashed on its own, on all cores, and the hashes combined in article
        // order, so the stamp does not depend on the number of cores.
        hashes = entries.parallelMap(chunkSize: 64) { $0.hash }
        stamp = SearchState.stamp(hashes, site: site)
        if keepsDigests { refreshDigests(nil) }
    }

    /// Brings the index up to `site` by patching it; false when that cannot be done cheaply (the
    /// articles moved or many changed), and a new state should be built.
    func update(to site: Site) -> Bool {
        guard wordDigests != nil, pairDigests != nil else { return false }  // only a state kept for rebuilds
        guard site.articles.count == entries.count else { return renumber(to: site) }
        var changed: [Int] = []
        for (id, article) in site.articles.enumerated() where !entries[id].matches(article, site: site) {
            changed.append(id)
            if changed.count > SearchState.mostPatched { return false }
        }
        if changed.isEmpty {
            // The stamp covers the category names too, which no entry holds.
            stamp = SearchState.stamp(hashes, site: site)
            return true
        }
        var fresh: [Int: Entry] = [:]
        for id in changed { fresh[id] = Entry(site.articles[id], site: site) }
        let scanner = SyllableScanner()
        var edits: [(document: Int, old: DocumentTerms, new: DocumentTerms)] = []
        for id in changed where fresh[id]!.fields != entries[id].fields {
            edits.append(
                (
                    id, DocumentTerms(fields: entries[id].fields, scanner: scanner),
                    DocumentTerms(fields: fresh[id]!.fields, scanner: scanner)
                ))
        }
        guard SearchState.isCheapToPatch(edits.map { ($0.old, $0.new) }) else { return false }
        // The shards are patched in place: `self.shards` must be their only owner then.
        var shards = self.shards
        self.shards = SearchShards(index: SearchIndex(documentCount: 0))
        guard let touched = shards.replace(edits) else { return false }
        self.shards = shards
        for id in changed {
            entries[id] = fresh[id]!
            hashes[id] = entries[id].hash
        }
        stamp = SearchState.stamp(hashes, site: site)
        refreshDigests(touched)
        return true
    }

    /// Computes the fingerprints of the shards `touched` names, keeping the others; of every
    /// shard when `touched` is nil or the number of shards changed.
    private func refreshDigests(_ touched: SearchShards.Touched?) {
        let shards = self.shards
        func digests(_ kept: [Int]?, _ count: Int, _ touched: Set<Int>?, _ digest: (Int) -> Int) -> [Int] {
            guard let touched, var digests = kept, digests.count == count else {
                return (0..<count).parallelMap(chunkSize: 16, digest)
            }
            for shard in touched { digests[shard] = digest(shard) }
            return digests
        }
        wordDigests = digests(wordDigests, shards.wordShards.count, touched?.words, shards.wordDigest)
        pairDigests = digests(pairDigests, shards.pairShards.count, touched?.pairs, shards.pairDigest)
    }

    /// Articles came or went (a new article takes the first place and every other one's number
    /// goes up by one): every list is renumbered, the articles that are new or changed are
    /// scanned and patched in, and the shards are laid out again. False when articles changed
    /// order (a date edit) or too many are new.
    private func renumber(to site: Site) -> Bool {
        var oldID: [String: Int] = [:]
        oldID.reserveCapacity(entries.count)
        for (id, entry) in entries.enumerated() { oldID[entry.route] = id }
        var newID = [Int](repeating: -1, count: entries.count)
        var fresh: [Int: Entry] = [:]
        var last = -1
        for id in site.articles.indices {
            guard let old = oldID[site.articles[id].route] else {
                fresh[id] = Entry(site.articles[id], site: site)
                if fresh.count > SearchState.mostPatched { return false }
                continue
            }
            guard old > last else { return false }  // the order changed
            last = old
            newID[old] = id
            if !entries[old].matches(site.articles[id], site: site) {
                fresh[id] = Entry(site.articles[id], site: site)
                if fresh.count > SearchState.mostPatched { return false }
            }
        }
        var kept = [Int](repeating: -1, count: site.articles.count)
        for (old, id) in newID.enumerated() where id >= 0 { kept[id] = old }
        let scanner = SyllableScanner()
        let edits = fresh.map { id, entry in
            let before = kept[id] >= 0 ? entries[kept[id]].fields : []
            return (id, DocumentTerms(fields: before, scanner: scanner), DocumentTerms(fields: entry.fields, scanner: scanner))
        }
        guard SearchState.isCheapToPatch(edits.map { ($0.1, $0.2) }) else { return false }
        var index = shards.index
        self.shards = SearchShards(index: SearchIndex(documentCount: 0))  // `index` is the only owner
        index.renumber(newID, documentCount: site.articles.count)
        var changes = SearchIndex.Changes()
        for (id, old, new) in edits {
            guard index.replace(document: id, old: old, new: new, changes: &changes) else { return false }
        }
        entries = site.articles.indices.map { fresh[$0] ?? entries[kept[$0]] }
        hashes = site.articles.indices.map { fresh[$0]?.hash ?? hashes[kept[$0]] }
        stamp = SearchState.stamp(hashes, site: site)
        shards = SearchShards(index: index)
        refreshDigests(nil)
        return true
    }

    /// Whether patching costs less than scanning every article: each key a document gains or
    /// loses has its whole list decoded and encoded again, so the number of such keys is capped
    /// (a few articles' worth of new words; a text appended to costs a handful).
    static func isCheapToPatch(_ edits: [(old: DocumentTerms, new: DocumentTerms)]) -> Bool {
        var keys = 0
        for edit in edits {
            keys += edit.old.keysMissing(from: edit.new) + edit.new.keysMissing(from: edit.old)
            if keys > mostKeyChanges { return false }
        }
        return true
    }

    /// See `isCheapToPatch`.
    static let mostKeyChanges = 20_000

    /// Past this many changed articles, scanning every article costs less than patching.
    static let mostPatched = 64

    func wordDigest(_ shard: Int) -> Int { wordDigests?[shard] ?? shards.wordDigest(shard) }
    func pairDigest(_ shard: Int) -> Int { pairDigests?[shard] ?? shards.pairDigest(shard) }

    private static func stamp(_ hashes: [String], site: Site) -> String {
        var hash = StableHash()
        hash.add(SearchShards.version)
        hash.add(hashes.count)
        for text in hashes { hash.add(text) }
        for category in site.categories { hash.add(category.name) }
        return hash.text
    }
}
