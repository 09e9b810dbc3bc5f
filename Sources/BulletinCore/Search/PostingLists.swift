import Foundation

/// Document lists by key id, merged from the collectors of consecutive ranges of documents:
/// ascending ids stored as the gaps between them in the index's encoding (`ListCode`), so
/// merging is an append.
struct PostingLists {
    /// First and last document of each key (-1 while it has none).
    private var ends: [(first: Int32, last: Int32)] = []
    /// Encoded gaps after the first document.
    private var gaps: [[UInt8]] = []

    mutating func addKey() {
        ends.append((-1, -1))
        gaps.append([])
    }

    /// Appends a list whose documents all come after those already held for `key`.
    mutating func append(first: Int32, last: Int32, gaps more: [UInt8], to key: Int) {
        if ends[key].last < 0 {
            ends[key].first = first
            gaps[key] = more
        } else {
            ListCode.appendNumber(Int(first - ends[key].last - 1), to: &gaps[key])
            gaps[key].append(contentsOf: more)
        }
        ends[key].last = last
    }

    /// Every list as the browser reads it (gaps or a bitmap, whichever is shorter), by key.
    /// Each key's gaps are released as soon as it is encoded, so the index is not held twice
    /// (at 100,000 articles it is about 100 MB). Runs on all cores; each key is touched by one.
    mutating func takeEncoded() -> [[UInt8]] {
        let count = ends.count
        var result = [[UInt8]](repeating: [], count: count)
        let ends = self.ends
        let chunk = 512
        result.withUnsafeMutableBufferPointer { out in
            gaps.withUnsafeMutableBufferPointer { lists in
                let (out, lists) = (out, lists)
                DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                    for key in (c * chunk)..<min(count, (c + 1) * chunk) {
                        out[key] = ListCode.encode(first: Int(ends[key].first), last: Int(ends[key].last), gaps: lists[key])
                        lists[key] = []
                    }
                }
            }
        }
        return result
    }
}

/// The text encoding of document lists in the search index: characters of the URL-safe base64
/// alphabet, so that lists sit in JSON strings with no escaping.
///
/// - `+` then numbers: the first document, then each gap minus one. A number is written in 5-bit
///   groups, most significant first; every group but the last has 32 added.
/// - `*` then a number (the first document) then a bitmap: 6 documents per character, bit k of
///   character j standing for document first + 6j + k.
///
/// search.js decodes both (`decodeList`).
enum ListCode {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    static let value: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    /// The character for a 6-bit value (what `alphabet[value]` holds, without an array access).
    @inline(__always)
    static func character(_ value: Int) -> UInt8 {
        if value < 26 { return UInt8(truncatingIfNeeded: 65 + value) }  // A–Z
        if value < 52 { return UInt8(truncatingIfNeeded: 71 + value) }  // a–z
        if value < 62 { return UInt8(truncatingIfNeeded: value - 4) }  // 0–9
        return value == 62 ? 45 : 95  // - _
    }

    static func appendNumber(_ number: Int, to out: inout [UInt8]) {
        if number < 32 {
            out.append(character(number))
            return
        }
        var groups = 1
        while number >> (5 * groups) != 0 { groups += 1 }
        for g in stride(from: groups - 1, through: 0, by: -1) {
            out.append(character((number >> (5 * g)) & 31 | (g > 0 ? 32 : 0)))
        }
    }

    /// Built in one array: the first document, then the gaps as they are or decoded straight
    /// into the bitmap (a million lists at 10,000 articles; arrays joined with + and a decoded
    /// list of documents cost three allocations each).
    static func encode(first: Int, last: Int, gaps: [UInt8]) -> [UInt8] {
        let bitmapLength = (last - first) / 6 + 1
        let useBitmap = bitmapLength < gaps.count
        var out: [UInt8] = []
        out.reserveCapacity(8 + (useBitmap ? bitmapLength : gaps.count))
        out.append(useBitmap ? UInt8(ascii: "*") : UInt8(ascii: "+"))
        appendNumber(first, to: &out)
        guard useBitmap else {
            out.append(contentsOf: gaps)
            return out
        }
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: bitmapLength))
        out.withUnsafeMutableBufferPointer { bits in
            bits[start] = 1  // the first document
            forEachDocument(after: first, gaps: gaps) { doc in
                let offset = doc - first
                bits[start + offset / 6] |= UInt8(1 << (offset % 6))
            }
            for k in start..<bits.count { bits[k] = character(Int(bits[k])) }
        }
        return out
    }

    /// The list of `documents` (ascending), as a clean build writes it; empty for none.
    static func encode(documents: [Int]) -> [UInt8] {
        guard let first = documents.first, let last = documents.last else { return [] }
        var gaps: [UInt8] = []
        for (a, b) in zip(documents, documents.dropFirst()) { appendNumber(b - a - 1, to: &gaps) }
        return encode(first: first, last: last, gaps: gaps)
    }

    /// `list` with `doc` added (a patch of the index: see SearchIndex.replace).
    static func inserting(_ doc: Int, into list: [UInt8]) -> [UInt8] {
        var documents = decode(list)
        let at = documents.lowerBound { $0 < doc }
        if at < documents.count && documents[at] == doc { return list }
        documents.insert(doc, at: at)
        return encode(documents: documents)
    }

    /// `list` without `doc`.
    static func removing(_ doc: Int, from list: [UInt8]) -> [UInt8] {
        var documents = decode(list)
        let at = documents.lowerBound { $0 < doc }
        guard at < documents.count && documents[at] == doc else { return list }
        documents.remove(at: at)
        return encode(documents: documents)
    }

    /// The document ids of a gap list.
    static func documents(first: Int, gaps: [UInt8]) -> [Int] {
        var result = [first]
        forEachDocument(after: first, gaps: gaps) { result.append($0) }
        return result
    }

    /// Calls `body` with each document of a gap list after `first`, in order.
    @inline(__always)
    static func forEachDocument(after first: Int, gaps: [UInt8], _ body: (Int) -> Void) {
        var current = first, number = 0
        for c in gaps {
            let v = Int(value[Int(c)])
            number = (number << 5) | (v & 31)
            if v & 32 == 0 {
                current += number + 1
                body(current)
                number = 0
            }
        }
    }

    /// Decodes either form (for tests; the browser has its own decoder).
    static func decode(_ text: [UInt8]) -> [Int] {
        guard let kind = text.first else { return [] }
        var i = 1, number = 0
        while i < text.count {
            let v = Int(value[Int(text[i])])
            i += 1
            number = (number << 5) | (v & 31)
            if v & 32 == 0 { break }
        }
        if kind == UInt8(ascii: "+") { return documents(first: number, gaps: Array(text[i...])) }
        var result: [Int] = []
        for (j, c) in text[i...].enumerated() {
            let bits = Int(value[Int(c)])
            for k in 0..<6 where bits & (1 << k) != 0 { result.append(number + 6 * j + k) }
        }
        return result
    }
}

extension Array {
    /// The first index whose element is not `isBelow` what is sought, in an array sorted so that
    /// every element `isBelow` comes before every other (binary search).
    func lowerBound(_ isBelow: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isBelow(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
