import Foundation

/// The index as files the browser fetches, each small, so that one query downloads only what it
/// needs (under 300 KB at 10,000 articles):
///
/// - `manifest.json`: counts, shard counts, category names, a build stamp for cache busting.
/// - `w/N.json`: words. `{"cai": [["cai:3", list], ["cai:1", list]], …}`: each folded key with
///   its exact forms and their document lists. A word goes to shard hash(folded) mod count.
/// - `p/N.json`: adjacent words. `{"cai cach": list, …}`, shard hash("cai cach") mod count.
/// - `d/N.json`: what a result shows, `documentsPerShard` documents a file, in id order (newest
///   first): `[[route, title, date, category, excerpt], …]`.
///
/// The shard counts are powers of two chosen from the index size, so shards stay near
/// `targetBytes` whatever the number of articles; lists use `ListCode`. search.js mirrors this.
struct SearchShards {
    static let folder = Routes.search + "chi-muc/"
    /// The layout of the files; part of the stamp, so that browsers do not mix files cached from
    /// an older layout with new ones.
    static let version = 1
    static let targetBytes = 6 * 1024
    static let documentsPerShard = 8
    /// Longest excerpt shown under a result, in characters.
    static let excerptLength = 240
    /// Distinct words of a query that are looked up; search.js ignores the rest (and says so).
    static let maximumQueryWords = 8

    private(set) var index: SearchIndex
    /// Folded ids of each word shard and pair ids of each pair shard, sorted by their text so
    /// that a file does not depend on the order keys were first met in (which a patched index
    /// does not keep). Keys with empty lists are left out.
    private(set) var wordShards: [[Int]] = []
    private(set) var pairShards: [[Int]] = []
    /// Every exact word of each folded key (those with empty lists too), sorted by their text.
    private var wordsOfFolded: [[Int]]
    /// What the words of each folded key take in a file (0: it occurs nowhere).
    private var foldedBytes: [Int]
    /// What all word entries and all pair entries take: these choose the numbers of shards.
    private var totalWordBytes = 0
    private var totalPairBytes = 0

    init(index: SearchIndex) {
        self.index = index
        var wordsOfFolded = [[Int]](repeating: [], count: index.folded.count)
        for (i, word) in index.words.enumerated() { wordsOfFolded[word.folded].append(i) }
        let words = index.words
        self.wordsOfFolded = wordsOfFolded.map { ids in ids.count < 2 ? ids : ids.sorted { words[$0].exact < words[$1].exact } }
        foldedBytes = [Int](repeating: 0, count: index.folded.count)
        for f in index.folded.indices {
            foldedBytes[f] = self.wordsOfFolded[f].reduce(0) { $0 + SearchShards.bytes(ofWord: words[$1]) }
            totalWordBytes += entryBytes(ofFolded: f)
        }
        totalPairBytes = index.pairs.reduce(0) { $0 + SearchShards.bytes(ofPairList: $1.list.count) }
        assignWords()
        assignPairs()
    }

    private static func bytes(ofWord word: (exact: String, folded: Int, list: [UInt8])) -> Int {
        word.list.isEmpty ? 0 : word.list.count + word.exact.utf8.count + 8
    }

    private static func bytes(ofPairList length: Int) -> Int { length == 0 ? 0 : length + 16 }

    private func entryBytes(ofFolded f: Int) -> Int {
        foldedBytes[f] == 0 ? 0 : foldedBytes[f] + index.folded[f].utf8.count + 6
    }

    /// Folded ids by their text.
    private func foldedOrder() -> [Int] {
        let folded = index.folded
        return folded.indices.sorted { folded[$0] < folded[$1] }
    }

    private mutating func assignWords() {
        let count = SearchShards.shardCount(forBytes: totalWordBytes)
        var shards = [[Int]](repeating: [], count: count)
        for f in foldedOrder() where foldedBytes[f] > 0 {
            shards[Int(SearchShards.hash(index.folded[f]) & UInt32(count - 1))].append(f)
        }
        wordShards = shards
    }

    private mutating func assignPairs() {
        let count = SearchShards.shardCount(forBytes: totalPairBytes)
        let folded = index.folded, pairs = index.pairs
        let shardOfPair: [Int] = pairs.parallelMap(chunkSize: 4096) { pair in
            pair.list.isEmpty ? -1 : Int(SearchShards.hash(folded[pair.first], folded[pair.second]) & UInt32(count - 1))
        }
        var shards = [[Int]](repeating: [], count: count)
        for (i, shard) in shardOfPair.enumerated() where shard >= 0 { shards[shard].append(i) }
        // Ranks of the folded keys by text, so that sorting compares numbers, not strings.
        var rank = [Int](repeating: 0, count: folded.count)
        for (position, f) in foldedOrder().enumerated() { rank[f] = position }
        pairShards = shards.parallelMap(chunkSize: 16) { shard in
            shard.sorted { a, b in (rank[pairs[a].first], rank[pairs[a].second]) < (rank[pairs[b].first], rank[pairs[b].second]) }
        }
    }

    /// Shards whose files a patch changed.
    struct Touched {
        var words: Set<Int> = []
        var pairs: Set<Int> = []
    }

    /// Patches the index for documents whose text changed (see `SearchIndex.replace`) and the
    /// shards with it. nil when the index cannot be patched (it was not built from `old`); the
    /// shards must then be built anew.
    mutating func replace(_ edits: [(document: Int, old: DocumentTerms, new: DocumentTerms)]) -> Touched? {
        let (wordCount, foldedCount) = (index.words.count, index.folded.count)
        var changes = SearchIndex.Changes()
        for edit in edits {
            guard index.replace(document: edit.document, old: edit.old, new: edit.new, changes: &changes) else { return nil }
        }
        wordsOfFolded += [[Int]](repeating: [], count: index.folded.count - foldedCount)
        foldedBytes += [Int](repeating: 0, count: index.folded.count - foldedCount)
        for w in wordCount..<index.words.count {
            let f = index.words[w].folded, exact = index.words[w].exact
            let words = index.words
            wordsOfFolded[f].insert(w, at: wordsOfFolded[f].lowerBound { words[$0].exact < exact })
        }
        var touched = Touched()
        let (wordMask, pairMask) = (UInt32(wordShards.count - 1), UInt32(pairShards.count - 1))
        for f in changes.folded {
            let before = entryBytes(ofFolded: f)
            foldedBytes[f] = wordsOfFolded[f].reduce(0) { $0 + SearchShards.bytes(ofWord: index.words[$1]) }
            let after = entryBytes(ofFolded: f)
            totalWordBytes += after - before
            let shard = Int(SearchShards.hash(index.folded[f]) & wordMask)
            touched.words.insert(shard)
            guard (before == 0) != (after == 0) else { continue }
            let folded = index.folded
            let at = wordShards[shard].lowerBound { folded[$0] < folded[f] }
            if after == 0 { wordShards[shard].remove(at: at) } else { wordShards[shard].insert(f, at: at) }
        }
        for (p, oldLength) in changes.pairs {
            let pair = index.pairs[p]
            let (before, after) = (SearchShards.bytes(ofPairList: oldLength), SearchShards.bytes(ofPairList: pair.list.count))
            totalPairBytes += after - before
            let shard = Int(SearchShards.hash(index.folded[pair.first], index.folded[pair.second]) & pairMask)
            touched.pairs.insert(shard)
            guard (before == 0) != (after == 0) else { continue }
            let folded = index.folded, pairs = index.pairs
            let key = (folded[pair.first], folded[pair.second])
            let at = pairShards[shard].lowerBound { (folded[pairs[$0].first], folded[pairs[$0].second]) < key }
            if after == 0 { pairShards[shard].remove(at: at) } else { pairShards[shard].insert(p, at: at) }
        }
        if SearchShards.shardCount(forBytes: totalWordBytes) != wordShards.count {
            assignWords()
            touched.words = Set(wordShards.indices)
        }
        if SearchShards.shardCount(forBytes: totalPairBytes) != pairShards.count {
            assignPairs()
            touched.pairs = Set(pairShards.indices)
        }
        return touched
    }

    static func shardCount(forBytes bytes: Int) -> Int {
        var count = 1
        while bytes / count > targetBytes { count <<= 1 }
        return count
    }

    /// FNV-1a, 32 bits, over UTF-8: the shard of a key (search.js has the same function).
    static func hash(_ key: String, _ second: String? = nil) -> UInt32 {
        var h: UInt32 = 0x811c_9dc5
        for b in key.utf8 {
            h ^= UInt32(b)
            h &*= 0x0100_0193
        }
        if let second {
            h ^= 0x20
            h &*= 0x0100_0193
            for b in second.utf8 {
                h ^= UInt32(b)
                h &*= 0x0100_0193
            }
        }
        return h
    }

    /// The exact words of folded key `f` that occur somewhere.
    private func presentWords(of f: Int) -> [Int] {
        wordsOfFolded[f].filter { !index.words[$0].list.isEmpty }
    }

    /// `{"cai":[["cai:3","*…"],…],…}`
    func wordShard(_ shard: Int) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (n, f) in wordShards[shard].enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out += Escape.json(index.folded[f]).utf8
            out += Array(":[".utf8)
            for (m, w) in presentWords(of: f).enumerated() {
                if m > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                out += Escape.json(index.words[w].exact).utf8
                out += Array(",\"".utf8)
                out += index.words[w].list
                out += Array("\"]".utf8)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A fingerprint of what `wordShard(shard)` writes: hashing the lists costs less than
    /// escaping and joining them.
    func wordDigest(_ shard: Int) -> Int {
        var d = Digest()
        for f in wordShards[shard] {
            d.add(index.folded[f])
            for w in presentWords(of: f) {
                d.add(index.words[w].exact)
                d.add(bytes: index.words[w].list)
            }
        }
        return d.finish()
    }

    /// A fingerprint of what `pairShard(shard)` writes.
    func pairDigest(_ shard: Int) -> Int {
        var d = Digest()
        for p in pairShards[shard] {
            let pair = index.pairs[p]
            d.add(index.folded[pair.first])
            d.add(index.folded[pair.second])
            d.add(bytes: pair.list)
        }
        return d.finish()
    }

    /// `{"cai cach":"+…",…}`
    func pairShard(_ shard: Int) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (n, p) in pairShards[shard].enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            let pair = index.pairs[p]
            out += Escape.json(index.folded[pair.first] + " " + index.folded[pair.second]).utf8
            out += Array(":\"".utf8)
            out += pair.list
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `[[route, title, date, category, excerpt],…]` for documents `shard * perShard …`.
    static func documentShard(_ shard: Int, site: Site) -> String {
        let low = shard * documentsPerShard, high = min(site.articles.count, low + documentsPerShard)
        // Categories are written as their position in the manifest's list.
        ReadRecorder.note(.articles(.all, low..<(low + documentsPerShard)))
        ReadRecorder.note(.terms(.category))
        var out = "["
        for id in low..<high {
            let article = site.articles[id]
            ReadRecorder.note(.values(article.relativePath))
            if id > low { out += "," }
            out += "[" + Escape.json(article.route) + "," + Escape.json(article.title) + ","
            out += Escape.json(article.date.numeric) + "," + String(article.category ?? -1) + ","
            out += Escape.json(excerpt(article.summary)) + "]"
        }
        return out + "]"
    }

    /// The lead, cut to `excerptLength` characters. Leads are seldom longer, and counting
    /// scalars (never fewer than characters) is far cheaper than counting characters.
    static func excerpt(_ summary: String) -> String {
        summary.unicodeScalars.count <= excerptLength ? summary : TextTools.truncate(summary, limit: excerptLength)
    }

    static func documentShardCount(_ site: Site) -> Int {
        (site.articles.count + documentsPerShard - 1) / documentsPerShard
    }

    func manifest(site: Site, stamp: String) -> String {
        let categories = site.categories.map { Escape.json($0.name) }.joined(separator: ",")
        return """
            {"version":\(SearchShards.version),"stamp":\(Escape.json(stamp)),"documents":\(index.documentCount),\
            "words":\(wordShards.count),"pairs":\(pairShards.count),"perShard":\(SearchShards.documentsPerShard),\
            "maxWords":\(SearchShards.maximumQueryWords),"categories":[\(categories)]}
            """
    }
}
