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
    static let targetBytes = 6 * 1024
    static let documentsPerShard = 8
    /// Longest excerpt shown under a result, in characters.
    static let excerptLength = 240
    /// Distinct words of a query that are looked up; search.js ignores the rest (and says so).
    static let maximumQueryWords = 8

    let index: SearchIndex
    let wordShards: [[Int]]
    let pairShards: [[Int]]
    private let wordsOfFolded: [[Int]]

    init(index: SearchIndex) {
        self.index = index
        var wordsOfFolded = [[Int]](repeating: [], count: index.folded.count)
        var foldedBytes = [Int](repeating: 0, count: index.folded.count)
        for (i, word) in index.words.enumerated() {
            wordsOfFolded[word.folded].append(i)
            foldedBytes[word.folded] += word.list.count + word.exact.utf8.count + 8
        }
        self.wordsOfFolded = wordsOfFolded
        var total = 0
        for (i, key) in index.folded.enumerated() { total += foldedBytes[i] + key.utf8.count + 6 }
        let wordCount = SearchShards.shardCount(forBytes: total)
        var wordShards = [[Int]](repeating: [], count: wordCount)
        for (i, key) in index.folded.enumerated() {
            wordShards[Int(SearchShards.hash(key) & UInt32(wordCount - 1))].append(i)
        }
        self.wordShards = wordShards

        let pairBytes = index.pairs.reduce(0) { $0 + $1.list.count + 16 }
        let pairCount = SearchShards.shardCount(forBytes: pairBytes)
        let folded = index.folded
        let shardOfPair: [Int] = index.pairs.parallelMap(chunkSize: 4096) { pair in
            Int(SearchShards.hash(folded[pair.first], folded[pair.second]) & UInt32(pairCount - 1))
        }
        var pairShards = [[Int]](repeating: [], count: pairCount)
        for (i, shard) in shardOfPair.enumerated() { pairShards[shard].append(i) }
        // Pair ids follow the order the cores' ranges were merged in, which depends on how many
        // cores there are; word ids (first occurrence in document order) do not. Sorting each
        // shard by its words' ids makes the files the same on every machine.
        let pairs = index.pairs
        self.pairShards = pairShards.parallelMap(chunkSize: 16) { shard in
            shard.sorted { a, b in
                (pairs[a].first, pairs[a].second) < (pairs[b].first, pairs[b].second)
            }
        }
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

    /// `{"cai":[["cai:3","*…"],…],…}`
    func wordShard(_ shard: Int) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (n, f) in wordShards[shard].enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            out += Escape.json(index.folded[f]).utf8
            out += Array(":[".utf8)
            for (m, w) in wordsOfFolded[f].enumerated() {
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

    /// What `wordShard(shard)` writes, for its fingerprint: hashing the lists costs less than
    /// escaping and joining them.
    func addWordShard(_ shard: Int, to d: inout InputDigest) {
        for f in wordShards[shard] {
            d.add(index.folded[f])
            for w in wordsOfFolded[f] {
                d.add(index.words[w].exact)
                d.add(bytes: index.words[w].list)
            }
        }
    }

    /// What `pairShard(shard)` writes, for its fingerprint.
    func addPairShard(_ shard: Int, to d: inout InputDigest) {
        for p in pairShards[shard] {
            let pair = index.pairs[p]
            d.add(index.folded[pair.first])
            d.add(index.folded[pair.second])
            d.add(bytes: pair.list)
        }
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
        var out = "["
        for id in low..<high {
            let article = site.articles[id]
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
            {"version":1,"stamp":\(Escape.json(stamp)),"documents":\(index.documentCount),\
            "words":\(wordShards.count),"pairs":\(pairShards.count),"perShard":\(SearchShards.documentsPerShard),\
            "maxWords":\(SearchShards.maximumQueryWords),"categories":[\(categories)]}
            """
    }
}
