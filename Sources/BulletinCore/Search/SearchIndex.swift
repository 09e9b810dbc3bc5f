/// The search index: for every word (by exact key, grouped under its folded key) and every pair
/// of adjacent words (by folded keys, for phrases), the documents it occurs in.
///
/// `bulletin serve` keeps the index between rebuilds and patches it when articles change
/// (`replace(document:…)`): a key whose list becomes empty stays with an empty list, which the
/// shard files leave out, as a clean build would not have it.
struct SearchIndex {
    private(set) var documentCount: Int
    /// Folded keys by id.
    var folded: [String] = []
    /// Exact keys with the id of their folded key and their encoded document list.
    var words: [(exact: String, folded: Int, list: [UInt8])] = []
    /// Adjacent folded keys ("cai", "cach") and their encoded document list. Their order depends
    /// on how many cores built the index; `SearchShards` sorts each file's pairs by their text,
    /// so the files do not.
    var pairs: [(first: Int, second: Int, list: [UInt8])] = []
    /// Ids by key: folded keys by `KeyTable.hash` of their bytes, words by
    /// `KeyTable.hashScalars` of their exact text, pairs by their two folded ids.
    var foldedIDs = KeyTable(capacity: 16)
    var wordIDs = KeyTable(capacity: 16)
    var pairIDs = KeyTable(capacity: 16)

    static func pairKey(_ first: Int, _ second: Int) -> UInt64 { UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)) }

    /// Keys whose lists a patch changed: folded keys (of the words that changed), and pairs with
    /// the length their list had before (0: none).
    struct Changes {
        var folded: Set<Int> = []
        var pairs: [Int: Int] = [:]
    }

    /// Replaces what document `doc` contributed (`old`) by what it now holds (`new`): the document
    /// is taken out of the lists of the keys it lost and put into those of the keys it gained.
    /// False when `old` names a key the index does not have (it was not built from `old`).
    mutating func replace(document doc: Int, old: DocumentTerms, new: DocumentTerms, changes: inout Changes) -> Bool {
        for (hash, _) in old.words where new.words[hash] == nil {
            guard let id = wordIDs.find(hash) else { return false }
            words[id].list = ListCode.removing(doc, from: words[id].list)
            changes.folded.insert(words[id].folded)
        }
        for (hash, word) in new.words where old.words[hash] == nil {
            var isNew = false
            let id = wordIDs.id(for: hash, isNew: &isNew)
            if isNew { words.append((word.exact, foldedID(word.folded), [])) }
            words[id].list = ListCode.inserting(doc, into: words[id].list)
            changes.folded.insert(words[id].folded)
        }
        for pair in old.pairs where !new.pairs.contains(pair) {
            guard let first = foldedIDs.find(pair.first), let second = foldedIDs.find(pair.second),
                let id = pairIDs.find(SearchIndex.pairKey(first, second))
            else { return false }
            if changes.pairs[id] == nil { changes.pairs[id] = pairs[id].list.count }
            pairs[id].list = ListCode.removing(doc, from: pairs[id].list)
        }
        for pair in new.pairs where !old.pairs.contains(pair) {
            let first = foldedID(new.folded[pair.first]!), second = foldedID(new.folded[pair.second]!)
            var isNew = false
            let id = pairIDs.id(for: SearchIndex.pairKey(first, second), isNew: &isNew)
            if isNew { pairs.append((first, second, [])) }
            if changes.pairs[id] == nil { changes.pairs[id] = pairs[id].list.count }
            pairs[id].list = ListCode.inserting(doc, into: pairs[id].list)
        }
        return true
    }

    /// Gives every document its new number, `newID[old]` (-1: the document is gone). New
    /// numbers must keep the documents' order, so lists stay sorted.
    mutating func renumber(_ newID: [Int], documentCount: Int) {
        self.documentCount = documentCount
        func renumbered(_ list: [UInt8]) -> [UInt8] {
            ListCode.encode(documents: ListCode.decode(list).compactMap { $0 < newID.count && newID[$0] >= 0 ? newID[$0] : nil })
        }
        let wordLists = words.parallelMap(chunkSize: 64) { renumbered($0.list) }
        for i in words.indices { words[i].list = wordLists[i] }
        let pairLists = pairs.parallelMap(chunkSize: 256) { renumbered($0.list) }
        for i in pairs.indices { pairs[i].list = pairLists[i] }
    }

    /// The id of a folded key, added when new.
    private mutating func foldedID(_ bytes: [UInt8]) -> Int {
        var isNew = false
        let id = foldedIDs.id(for: KeyTable.hash(bytes), isNew: &isNew)
        if isNew { folded.append(String(decoding: bytes, as: UTF8.self)) }
        return id
    }
}

/// The keys of one document as the index holds them, each once.
struct DocumentTerms {
    struct Pair: Hashable {
        let first: UInt64
        let second: UInt64
    }

    /// By exact hash: the exact text and its folded key's bytes.
    var words: [UInt64: (exact: String, folded: [UInt8])] = [:]
    /// Adjacent words by the hashes of their folded keys.
    var pairs: Set<Pair> = []
    /// Folded keys' bytes by hash.
    var folded: [UInt64: [UInt8]] = [:]

    /// How many of this document's words and pairs `other` does not have.
    func keysMissing(from other: DocumentTerms) -> Int {
        words.keys.reduce(0) { other.words[$1] == nil ? $0 + 1 : $0 } + pairs.reduce(0) { other.pairs.contains($1) ? $0 : $0 + 1 }
    }

    /// Scans the fields as `IndexCollector.add` does: pairs do not cross from one field to the next.
    init(fields: [String], scanner: SyllableScanner) {
        for text in fields {
            var previous: UInt64?
            scanner.scan(text) { word in
                let foldedHash: UInt64
                if let known = words[word.exactHash] {
                    foldedHash = KeyTable.hash(known.folded)
                } else {
                    let bytes = word.folded()
                    foldedHash = KeyTable.hash(bytes)
                    words[word.exactHash] = (String(decoding: word.exact, as: UTF8.self), bytes)
                    folded[foldedHash] = bytes
                }
                if word.joined, let previous { pairs.insert(Pair(first: previous, second: foldedHash)) }
                previous = foldedHash
            }
        }
    }
}
