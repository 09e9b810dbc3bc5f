import Foundation

/// Builds the index in one pass over the text, in time linear in its length: the documents are
/// split into as many contiguous ranges as there are cores, each range is collected on its own
/// (lists come out in ascending order with no sorting), and the collections are then merged in
/// range order by appending lists.
enum SearchIndexBuilder {
    /// `fields(doc)` gives the texts of document `doc` (title, lead, tags, body); words at the
    /// end of one field and the start of the next do not form a phrase. `pairBuffer`: see
    /// `PairBuckets` (smaller in tests, to exercise emptying the buckets).
    /// `workers`: how many ranges (by default one per core); the files written do not depend on it.
    static func build(
        documentCount: Int, pairBuffer: Int = PairBuckets.bufferEntries, workers: Int? = nil,
        fields: @escaping (Int) -> [String]
    ) -> SearchIndex {
        let workers = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, 8, documentCount / 64 + 1))
        let bounds = rangeBounds(documentCount: documentCount, workers: workers, fields: fields)
        var parts = [IndexCollector.Collected?](repeating: nil, count: workers)
        parts.withUnsafeMutableBufferPointer { out in
            let slots = out
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let collector = IndexCollector(pairBuffer: pairBuffer)
                for doc in bounds[w]..<bounds[w + 1] { collector.add(document: Int32(doc), fields: fields(doc)) }
                slots[w] = collector.collected()
            }
        }
        var merged = MergedIndex()
        for i in parts.indices {
            merged.merge(parts[i]!)
            parts[i] = nil  // its lists are in `merged` now
        }
        return merged.finish(documentCount: documentCount)
    }

    /// Where each worker's range starts (and the last one ends): ranges of about the same
    /// amount of text rather than the same number of documents, since the time goes into the
    /// text and one range's articles could be twice as long as another's, leaving a core idle.
    static func rangeBounds(documentCount: Int, workers: Int, fields: (Int) -> [String]) -> [Int] {
        var ends: [Int] = []  // running total of bytes after each document
        ends.reserveCapacity(documentCount)
        var total = 0
        for doc in 0..<documentCount {
            for text in fields(doc) { total += text.utf8.count + 1 }
            ends.append(total)
        }
        var bounds = [0]
        var doc = 0
        for w in 1..<max(1, workers) {
            let target = total / workers * w + total % workers * w / workers
            while doc < documentCount && ends[doc] < target { doc += 1 }
            bounds.append(max(doc, bounds[bounds.count - 1]))
        }
        bounds.append(documentCount)
        return bounds
    }
}

/// The words and pairs of one range of documents.
///
/// Words go straight into their table: a few thousand keys, which stay in the cache. Pairs of
/// adjacent words are ten times as many keys, and looking each up as it comes would miss the
/// cache nearly every time; so pairs are first dealt into `PairBuckets` by hash and then added
/// one bucket at a time, each bucket with its own table small enough to stay in the cache.
final class IndexCollector {
    /// What a collector found: keys by id with their lists.
    struct Collected {
        var folded: [[UInt8]] = []
        var wordExact: [[UInt8]] = []
        var wordFolded: [Int32] = []
        var wordLists: [(first: Int32, last: Int32, gaps: [UInt8])] = []
        var pairParts: [(Int32, Int32)] = []
        var pairLists: [(first: Int32, last: Int32, gaps: [UInt8])] = []
    }

    private let scanner = SyllableScanner()
    private var foldedIDs = KeyTable(capacity: 4096)
    private var found = Collected()
    private let words = PostingTable(expectedKeys: 1024)
    private let pairs: PairBuckets
    /// Word id by `WordRef.event`, -1 until met.
    private var idOfEvent = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
    private var idCapacity = 0

    init(pairBuffer: Int) {
        pairs = PairBuckets(bufferEntries: pairBuffer)
    }

    func add(document doc: Int32, fields: [String]) {
        // The folded ids are read once per word: from a local array, not the class's property,
        // which costs a run-time exclusivity check on every access (2% of a whole build).
        var wordFolded = found.wordFolded
        found.wordFolded = []
        defer { found.wordFolded = wordFolded }
        let words = words, pairs = pairs, scanner = scanner
        for text in fields {
            let refs = scanner.words(of: text)
            if scanner.rememberedCount > idCapacity { growIDs(scanner.rememberedCount) }
            let idOfEvent = idOfEvent
            var previous: Int32 = -1
            for ref in refs {
                // A word of a remembered span is looked up by its hash once; after that its id
                // is known by its place (`WordRef.event`).
                var id = ref.event >= 0 ? Int(idOfEvent[Int(ref.event)]) : -1
                if id >= 0 {
                    words.add(id: id, doc: doc)
                } else {
                    let word = scanner.word(ref)
                    let (added, isNew) = words.add(word.exactHash, doc: doc)
                    id = added
                    if isNew {
                        found.wordExact.append(Array(word.exact))
                        wordFolded.append(Int32(foldedID(word.folded())))
                    }
                    if ref.event >= 0 { idOfEvent[Int(ref.event)] = Int32(id) }
                }
                let folded = wordFolded[id]
                if ref.joined && previous >= 0 { pairs.add(previous, folded, doc: doc) }
                previous = folded
            }
        }
    }

    private func growIDs(_ needed: Int) {
        var capacity = max(1024, idCapacity)
        while capacity < needed { capacity *= 2 }
        idOfEvent = idOfEvent.reallocated(keeping: idCapacity, capacity: capacity)
        (idOfEvent + idCapacity).initialize(repeating: -1, count: capacity - idCapacity)
        idCapacity = capacity
    }

    deinit {
        idOfEvent.deallocate()
    }

    private func foldedID(_ folded: [UInt8]) -> Int {
        var isNew = false
        let id = foldedIDs.id(for: KeyTable.hash(folded), isNew: &isNew)
        if isNew { found.folded.append(folded) }
        return id
    }

    func collected() -> Collected {
        var result = found
        result.wordLists = words.lists()
        (result.pairParts, result.pairLists) = pairs.lists()
        return result
    }
}

/// Pairs of adjacent words, dealt by hash into buckets that are added to their own tables
/// whenever the buffer fills (documents stay in ascending order within each bucket).
final class PairBuckets {
    static let bucketCount = 32
    /// Entries held before the buckets are emptied into their tables (16 bytes each).
    static let bufferEntries = 1 << 18

    private struct Entry {
        var key: UInt64
        var doc: Int32
    }

    private let capacity: Int
    private let buffer: UnsafeMutablePointer<Entry>
    private let counts = UnsafeMutablePointer<Int>.allocate(capacity: PairBuckets.bucketCount)
    private var tables = (0..<PairBuckets.bucketCount).map { _ in PostingTable(expectedKeys: 256) }
    private var parts = [[(Int32, Int32)]](repeating: [], count: PairBuckets.bucketCount)

    init(bufferEntries: Int) {
        capacity = max(1, bufferEntries / PairBuckets.bucketCount)
        buffer = .allocate(capacity: capacity * PairBuckets.bucketCount)
        counts.initialize(repeating: 0, count: PairBuckets.bucketCount)
    }

    deinit {
        buffer.deallocate()
        counts.deallocate()
    }

    @inline(__always)
    func add(_ first: Int32, _ second: Int32, doc: Int32) {
        let key = UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))
        let bucket = Int(truncatingIfNeeded: KeyTable.mix(key) >> 59)
        let n = counts[bucket]
        buffer[bucket * capacity + n] = Entry(key: key, doc: doc)
        counts[bucket] = n + 1
        if n + 1 == capacity { empty(bucket) }
    }

    private func empty(_ bucket: Int) {
        let table = tables[bucket]
        let base = buffer + bucket * capacity
        for i in 0..<counts[bucket] {
            let entry = base[i]
            if table.add(entry.key, doc: entry.doc).isNew {
                parts[bucket].append((Int32(truncatingIfNeeded: entry.key >> 32), Int32(truncatingIfNeeded: entry.key & 0xFFFF_FFFF)))
            }
        }
        counts[bucket] = 0
    }

    /// Every pair (as the folded ids of its two words) with its list.
    func lists() -> ([(Int32, Int32)], [(first: Int32, last: Int32, gaps: [UInt8])]) {
        var allParts: [(Int32, Int32)] = []
        var allLists: [(first: Int32, last: Int32, gaps: [UInt8])] = []
        for bucket in 0..<PairBuckets.bucketCount {
            empty(bucket)
            allParts += parts[bucket]
            allLists += tables[bucket].lists()
            tables[bucket] = PostingTable(expectedKeys: 1)  // frees its arena now, not at the end
        }
        return (allParts, allLists)
    }
}

/// The collections of consecutive document ranges, merged in order.
struct MergedIndex {
    private var foldedIDs = KeyTable(capacity: 4096)
    private var foldedText: [[UInt8]] = []
    private var wordIDs = KeyTable(capacity: 8192)
    private var wordExact: [[UInt8]] = []
    private var wordFolded: [Int32] = []
    private var wordLists = PostingLists()
    private var pairIDs = KeyTable(capacity: 65536)
    private var pairParts: [(Int32, Int32)] = []
    private var pairLists = PostingLists()

    mutating func merge(_ part: IndexCollector.Collected) {
        var isNew = false
        let foldedMap = part.folded.map { text -> Int32 in
            let id = foldedIDs.id(for: KeyTable.hash(text), isNew: &isNew)
            if isNew { foldedText.append(text) }
            return Int32(id)
        }
        for (i, exact) in part.wordExact.enumerated() {
            let id = wordIDs.id(for: KeyTable.hashScalars(exact), isNew: &isNew)
            if isNew {
                wordExact.append(exact)
                wordFolded.append(foldedMap[Int(part.wordFolded[i])])
                wordLists.addKey()
            }
            let list = part.wordLists[i]
            wordLists.append(first: list.first, last: list.last, gaps: list.gaps, to: id)
        }
        for (i, parts) in part.pairParts.enumerated() {
            let a = foldedMap[Int(parts.0)], b = foldedMap[Int(parts.1)]
            let id = pairIDs.id(for: UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), isNew: &isNew)
            if isNew {
                pairParts.append((a, b))
                pairLists.addKey()
            }
            let list = part.pairLists[i]
            pairLists.append(first: list.first, last: list.last, gaps: list.gaps, to: id)
        }
    }

    /// The index, its lists encoded for the browser (the merged lists are used up).
    mutating func finish(documentCount: Int) -> SearchIndex {
        var index = SearchIndex(documentCount: documentCount)
        index.folded = foldedText.map { String(decoding: $0, as: UTF8.self) }
        let encodedWords = wordLists.takeEncoded()
        index.words = (0..<wordExact.count).map { i in
            (String(decoding: wordExact[i], as: UTF8.self), Int(wordFolded[i]), encodedWords[i])
        }
        let encodedPairs = pairLists.takeEncoded()
        index.pairs = pairParts.enumerated().map { i, parts in (Int(parts.0), Int(parts.1), encodedPairs[i]) }
        index.foldedIDs = foldedIDs
        index.wordIDs = wordIDs
        index.pairIDs = pairIDs
        return index
    }
}
