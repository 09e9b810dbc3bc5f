import Foundation
import Testing

@testable import BulletinCore

@Suite("Search: index and shards")
struct SearchIndexTests {
    /// A deterministic generator, so failures can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    static let vocabulary = [
        "cải", "cách", "hành", "chính", "hoà", "hòa", "hóa", "Đảng", "dang", "thuỷ", "thủy", "lợi", "năm", "2022",
        "CẢI", "tỉnh", "tình", "tinh", "giản", "biên", "chế",
        // Spans of more than 16 bytes, which the scanner reads each time rather than remembers:
        // a word, and one too long to index.
        "thủtụcthủtụchànhchính", String(repeating: "x", count: 60),
    ]

    static func randomDocuments(_ count: Int, seed: UInt64) -> [[String]] {
        var random = Generator(state: seed)
        let separators = [" ", " ", " ", ", ", ". ", "\n", " – "]
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...3, using: &random)).map { _ in
                var text = ""
                for i in 0..<Int.random(in: 0...40, using: &random) {
                    if i > 0 { text += separators.randomElement(using: &random)! }
                    var word = vocabulary.randomElement(using: &random)!
                    if Bool.random(using: &random) { word = word.decomposedStringWithCanonicalMapping }
                    text += word
                }
                return text
            }
        }
    }

    @Test("document lists round-trip through both encodings, and the shorter one is chosen")
    func listCode() {
        var random = Generator(state: 7)
        for density in [1, 2, 5, 30, 400] {
            var docs: [Int] = []
            var doc = Int.random(in: 0...50, using: &random)
            for _ in 0..<200 {
                docs.append(doc)
                doc += Int.random(in: 1...density, using: &random)
            }
            var gaps: [UInt8] = []
            for (a, b) in zip(docs, docs.dropFirst()) { ListCode.appendNumber(b - a - 1, to: &gaps) }
            let encoded = ListCode.encode(first: docs[0], last: docs[docs.count - 1], gaps: gaps)
            #expect(ListCode.decode(encoded) == docs, "density \(density)")
            #expect(encoded.first == (density <= 5 ? UInt8(ascii: "*") : UInt8(ascii: "+")), "density \(density)")
            let allowed = Set(ListCode.alphabet + Array("+*".utf8))
            #expect(encoded.allSatisfy { allowed.contains($0) })
        }
    }

    @Test(
        "the index holds, for every exact word and adjacent pair, exactly the documents it occurs in",
        arguments: [PairBuckets.bufferEntries, 64])
    func indexMatchesReference(pairBuffer: Int) {
        let documents = SearchIndexTests.randomDocuments(300, seed: 42)
        let index = SearchIndexBuilder.build(documentCount: documents.count, pairBuffer: pairBuffer) { documents[$0] }
        var words: [String: Set<Int>] = [:]
        var pairs: [String: Set<Int>] = [:]
        for (doc, fields) in documents.enumerated() {
            for field in fields {
                var previous: String? = nil
                for word in SearchFolding.words(field) {
                    words[word.exact, default: []].insert(doc)
                    if word.joined, let previous { pairs[previous + " " + word.folded, default: []].insert(doc) }
                    previous = word.folded
                }
            }
        }
        var foundWords: [String: [Int]] = [:]
        for word in index.words {
            foundWords[word.exact] = ListCode.decode(word.list)
            #expect(SearchFolding.fold(word.exact.split(separator: ":").first.map(String.init) ?? "") == index.folded[word.folded])
        }
        var foundPairs: [String: [Int]] = [:]
        for pair in index.pairs { foundPairs[index.folded[pair.first] + " " + index.folded[pair.second]] = ListCode.decode(pair.list) }
        #expect(foundWords.count == words.count)
        #expect(foundPairs.count == pairs.count)
        for (key, docs) in words { #expect(foundWords[key] == docs.sorted(), "\(key)") }
        for (key, docs) in pairs { #expect(foundPairs[key] == docs.sorted(), "\(key)") }
        // hoà and hòa are one exact word; cải and CẢI too.
        #expect(words["hoa:2"] != nil && foundWords["hoà"] == nil)
    }

    @Test("the files are the same whatever the number of cores the index was built on")
    func sameFilesOnAnyMachine() {
        // Many rare words, so that pairs first occur late, in another core's range.
        var random = Generator(state: 11)
        let rare = (0..<300).map { "từ\($0)" }
        let documents = (0..<2000).map { _ in
            [(0..<12).map { _ in rare.randomElement(using: &random)! }.joined(separator: " ")]
        }
        func files(workers: Int) -> [String] {
            let index = SearchIndexBuilder.build(documentCount: documents.count, pairBuffer: 512, workers: workers) {
                documents[$0]
            }
            let shards = SearchShards(index: index)
            return shards.wordShards.indices.map(shards.wordShard) + shards.pairShards.indices.map(shards.pairShard)
        }
        let one = files(workers: 1)
        #expect(one.count > 2)
        for workers in [2, 3, 8] { #expect(files(workers: workers) == one, "\(workers) workers") }
    }

    @Test("the cores get ranges of about the same amount of text, whatever the lengths of the documents")
    func rangesOfEqualText() {
        // The first half of the documents is ten times as long as the second.
        let documents = (0..<1000).map { [String(repeating: "chữ ", count: $0 < 500 ? 100 : 10)] }
        let bounds = SearchIndexBuilder.rangeBounds(documentCount: documents.count, workers: 2) { documents[$0] }
        #expect(bounds.first == 0 && bounds.last == 1000 && bounds.count == 3)
        let bytes = { (range: Range<Int>) in range.reduce(0) { $0 + documents[$1][0].utf8.count } }
        let (first, second) = (bytes(bounds[0]..<bounds[1]), bytes(bounds[1]..<bounds[2]))
        #expect(abs(first - second) <= 2 * documents[0][0].utf8.count, "\(first) vs \(second) bytes")
        // More cores than documents with text, and no documents at all.
        #expect(SearchIndexBuilder.rangeBounds(documentCount: 3, workers: 8) { _ in ["a"] }.count == 9)
        #expect(SearchIndexBuilder.rangeBounds(documentCount: 0, workers: 2) { _ in [] } == [0, 0, 0])
    }

    @Test("a patched index writes the same files as one built from scratch, and says which changed")
    func patchedIndex() throws {
        var random = Generator(state: 21)
        var documents = SearchIndexTests.randomDocuments(400, seed: 5)
        var shards = SearchShards(index: SearchIndexBuilder.build(documentCount: documents.count) { documents[$0] })
        func files(_ shards: SearchShards) -> (words: [String], pairs: [String]) {
            (shards.wordShards.indices.map(shards.wordShard), shards.pairShards.indices.map(shards.pairShard))
        }
        let scanner = SyllableScanner()
        var countsChanged = 0
        for round in 0..<40 {
            var edits: [(document: Int, old: DocumentTerms, new: DocumentTerms)] = []
            // Round 20 empties most documents, so that the numbers of shards change; other rounds
            // edit a few, sometimes with words no document had, sometimes leaving one empty.
            let edited =
                round == 20
                ? Array(0..<300)
                : (0..<Int.random(in: 1...4, using: &random)).map { _ in Int.random(in: 0..<documents.count, using: &random) }
            for doc in edited {
                var text = SearchIndexTests.randomDocuments(1, seed: random.next())[0]
                if round % 5 == 0 { text = text.map { $0 + " từmới\(round) cải từmới\(round)" } }
                if round % 7 == 0 || round == 20 { text = [] }
                edits.append((doc, DocumentTerms(fields: documents[doc], scanner: scanner), DocumentTerms(fields: text, scanner: scanner)))
                documents[doc] = text
            }
            let before = files(shards)
            let patched = shards.replace(edits)
            let touched = try #require(patched, "round \(round)")
            let fresh = SearchShards(index: SearchIndexBuilder.build(documentCount: documents.count) { documents[$0] })
            let after = files(shards), expected = files(fresh)
            #expect(after.words == expected.words, "round \(round): word shards")
            #expect(after.pairs == expected.pairs, "round \(round): pair shards")
            if before.words.count != after.words.count || before.pairs.count != after.pairs.count { countsChanged += 1 }
            if before.words.count == after.words.count {
                for i in after.words.indices where after.words[i] != before.words[i] {
                    #expect(touched.words.contains(i), "round \(round): w/\(i)")
                }
            }
            if before.pairs.count == after.pairs.count {
                for i in after.pairs.indices where after.pairs[i] != before.pairs[i] {
                    #expect(touched.pairs.contains(i), "round \(round): p/\(i)")
                }
            }
        }
        #expect(countsChanged > 0, "some round changed the number of shards")
    }

    @Test("documents added and removed: the lists renumbered and the new ones patched in, as built from scratch")
    func renumberedIndex() throws {
        var random = Generator(state: 33)
        let documents = SearchIndexTests.randomDocuments(300, seed: 8)
        var index = SearchIndexBuilder.build(documentCount: documents.count) { documents[$0] }
        // Three new documents first (as new articles take the first places), every tenth one
        // gone, and one with words no document had.
        let added = (0..<3).map { _ in SearchIndexTests.randomDocuments(1, seed: random.next())[0] }
        let addedLast = ["từlạ xuất hiện một lần"]
        var now = added
        var newID = [Int](repeating: -1, count: documents.count)
        for (old, fields) in documents.enumerated() where old % 10 != 0 {
            newID[old] = now.count
            now.append(fields)
        }
        now.append(addedLast)
        index.renumber(newID, documentCount: now.count)
        let scanner = SyllableScanner()
        var changes = SearchIndex.Changes()
        for (id, fields) in (added.enumerated().map { ($0.offset, $0.element) } + [(now.count - 1, addedLast)]) {
            #expect(
                index.replace(
                    document: id, old: DocumentTerms(fields: [], scanner: scanner), new: DocumentTerms(fields: fields, scanner: scanner),
                    changes: &changes))
        }
        let patched = SearchShards(index: index)
        let fresh = SearchShards(index: SearchIndexBuilder.build(documentCount: now.count) { now[$0] })
        #expect(patched.wordShards.indices.map(patched.wordShard) == fresh.wordShards.indices.map(fresh.wordShard))
        #expect(patched.pairShards.indices.map(patched.pairShard) == fresh.pairShards.indices.map(fresh.pairShard))
        #expect(patched.index.documentCount == now.count)
    }

    @Test("patching is refused when it would re-encode more lists than a scan costs")
    func patchCost() {
        let scanner = SyllableScanner()
        let before = DocumentTerms(fields: ["cải cách hành chính"], scanner: scanner)
        let after = DocumentTerms(fields: ["cách hành chính tỉnh"], scanner: scanner)
        #expect(before.keysMissing(from: after) == 2, "the word cải and the pair cải cách")
        #expect(after.keysMissing(from: before) == 2, "the word tỉnh and the pair chính tỉnh")
        #expect(SearchState.isCheapToPatch([(before, after)]))
        let rewritten = DocumentTerms(fields: [(0..<25_000).map { "từ\($0)" }.joined(separator: " ")], scanner: scanner)
        #expect(!SearchState.isCheapToPatch([(before, rewritten)]))
    }

    @Test("each key sits in the shard its hash names, and shard files are JSON the browser can read")
    func shards() throws {
        let documents = SearchIndexTests.randomDocuments(500, seed: 9)
        let index = SearchIndexBuilder.build(documentCount: documents.count) { documents[$0] }
        let shards = SearchShards(index: index)
        var seenFolded = Set<String>()
        for shard in shards.wordShards.indices {
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(shards.wordShard(shard).utf8)) as? [String: [[String]]])
            for (folded, forms) in json {
                #expect(Int(SearchShards.hash(folded)) & (shards.wordShards.count - 1) == shard)
                seenFolded.insert(folded)
                for form in forms { #expect(!ListCode.decode(Array(form[1].utf8)).isEmpty) }
            }
        }
        #expect(seenFolded == Set(index.folded))
        var pairCount = 0
        for shard in shards.pairShards.indices {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(shards.pairShard(shard).utf8)) as? [String: String])
            for (key, _) in json {
                let parts = key.split(separator: " ").map(String.init)
                #expect(Int(SearchShards.hash(parts[0], parts[1])) & (shards.pairShards.count - 1) == shard)
                #expect(SearchShards.hash(parts[0], parts[1]) == SearchShards.hash(key))
            }
            pairCount += json.count
        }
        #expect(pairCount == index.pairs.count)
    }

    @Test("the search page, manifest and document shards of a built site")
    func builtSite() throws {
        let site = try FeedTestSite()
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(try site.read("tim-kiem/chi-muc/manifest.json").utf8)) as? [String: Any])
        #expect(manifest["documents"] as? Int == FeedTestSite.newsCount + 2)
        #expect(manifest["categories"] as? [String] == ["Cải cách hành chính", "Tin tức"])
        let perShard = try #require(manifest["perShard"] as? Int)
        let first = try #require(
            try JSONSerialization.jsonObject(with: Data(try site.read("tim-kiem/chi-muc/d/0.json").utf8)) as? [[Any]])
        #expect(first.count == perShard)
        #expect(first[0][0] as? String == "tin-tuc/cai-cach-script-script-alert-x-script-hanh-chinh/")
        #expect(first[0][1] as? String == FeedTestSite.trickyTitle)
        #expect(first[0][2] as? String == "02/05/2023")
        #expect(first[0][3] as? Int == 0)
        let page = try site.read("tim-kiem/index.html")
        #expect(ByteSearch.contains(page, "data-index=\"/bantin/tim-kiem/chi-muc/\""))
        #expect(ByteSearch.contains(page, "<noscript>"))
    }

    @Test("the index's version stamp follows the content, not the clock")
    func stampFollowsContent() throws {
        func stamp(_ site: FeedTestSite) throws -> String? {
            let json = try JSONSerialization.jsonObject(with: Data(try site.read("tim-kiem/chi-muc/manifest.json").utf8))
            return (json as? [String: Any])?["stamp"] as? String
        }
        let first = try stamp(FeedTestSite())
        let later = try stamp(FeedTestSite(now: ISO8601DateFormatter().date(from: "2025-03-04T05:06:07Z")!))
        let withDrafts = try stamp(FeedTestSite(drafts: true))
        #expect(first != nil && !(first ?? "").isEmpty)
        #expect(first == later, "a rebuild of the same content at another time keeps the stamp")
        #expect(first != withDrafts, "one more article is a new index, so a new stamp")
    }
}
