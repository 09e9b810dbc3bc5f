/// Small text operations shared by the stages.
public enum TextTools {
    /// Cuts `text` to at most `limit` characters (grapheme clusters, so a toned letter is never
    /// split), on a word boundary when one is near, and adds "…". Runs on plain text, before any
    /// escaping, so an entity can never be cut in half.
    public static func truncate(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = text.index(text.startIndex, offsetBy: limit)
        if let space = text[..<cut].lastIndex(of: " "),
            text.distance(from: text.startIndex, to: space) > limit * 2 / 3
        {
            cut = space
        }
        var head = String(text[..<cut])
        while let last = head.last, last == " " || last == "," || last == ";" || last == ":" {
            head.removeLast()
        }
        return head + "…"
    }

    /// How many characters (code points) the UTF-8 bytes hold: what a column counts, since
    /// messages say "line 3, column 12" as an editor shows it, not in bytes.
    /// Counts the bytes that start a code point (all but 10xxxxxx), eight at a time: every link's
    /// column is counted this way, along the long lines of a paragraph.
    static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var continuations = 0
            var i = 0
            while i + 8 <= buffer.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Bit 7 of each byte set, bit 6 clear: a continuation byte.
                continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < buffer.count {
                if buffer[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return buffer.count - continuations
        }
    }

    /// `text` without spaces, tabs and line breaks at either end. Foundation's
    /// trimmingCharacters(in:) goes through NSString and costs far more on every front-matter value.
    public static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = utf8.lastIndex(where: { !isSpace($0) })!
        return String(text[start...end])
    }

    /// Splits on an ASCII separator, working on bytes (String.split compares Characters).
    public static func split(_ text: String, on separator: UInt8, keepEmpty: Bool = false) -> [String] {
        text.utf8.split(separator: separator, omittingEmptySubsequences: !keepEmpty).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Collapses runs of white space (including newlines) into single spaces and trims the ends.
    public static func collapseWhitespace(_ text: String) -> String {
        ByteSearch.withBytes(text) { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var space = false
                for b in bytes {
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                        space = count > 0
                    } else {
                        if space {
                            out[count] = 0x20
                            count += 1
                            space = false
                        }
                        out[count] = b
                        count += 1
                    }
                }
                return count
            }
        }
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit ("tilte" → "title"),
    /// for "did you mean" hints on misspelt keys. Inputs are short keys.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let length = word.count
        let limit = max(1, min(2, length / 3))
        let lower = word.lowercased()
        // The distance is at least the difference in length: skip the candidates that cannot be
        // close, so a hostile 100 000-character key costs nothing.
        let scored = candidates.filter { abs($0.count - length) <= limit }.map { ($0, editDistance(lower, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }
}
