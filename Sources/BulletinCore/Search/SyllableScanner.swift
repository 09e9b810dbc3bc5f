/// Splits text into words (Vietnamese syllables) and computes the exact key of each, straight
/// from the UTF-8 bytes: the index reads about 50 MB of text at 10,000 articles, so this loop
/// works in a fixed buffer and allocates nothing per word. The folded key is only measured here
/// (for the length limit): it is derived from the exact key when a word is first met, since
/// folding the exact key gives the word's folded key. Results equal `SearchFolding.words`
/// (a test checks it).
final class SyllableScanner {
    /// Words longer than this (in folded bytes) are skipped: they are codes or garbage, not words.
    static let longestWord = 48
    private static let capacity = 512

    /// One word, valid only during the call that receives it.
    struct Word {
        /// Tone suffix included ("cai:3").
        let exact: UnsafeBufferPointer<UInt8>
        /// `KeyTable.hashScalars(exact)`, computed on the way.
        let exactHash: UInt64
        /// Only white space separates it from the previous word of the same text.
        let joined: Bool

        /// The folded key: the exact key without its tone suffix, folded.
        func folded() -> [UInt8] {
            var letters = Array(exact)
            if letters.count >= 2 && letters[letters.count - 2] == UInt8(ascii: ":") { letters.removeLast(2) }
            return Array(SearchFolding.fold(String(decoding: letters, as: UTF8.self)).utf8)
        }
    }

    private let exact = UnsafeMutablePointer<UInt8>.allocate(capacity: SyllableScanner.capacity)
    private let table = ScalarFoldTable.shared

    init() {}

    deinit {
        exact.deallocate()
    }

    /// Calls `body` once per word of `text`, in order.
    func scan(_ text: String, _ body: (Word) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in scan(bytes, body) }
    }

    /// Appends any text to a word's bytes, with one hashing step per scalar (see `scan`).
    @inline(never)
    private static func append(_ text: String, to exact: UnsafeMutablePointer<UInt8>, count: inout Int, hash: inout UInt64) {
        for scalar in text.unicodeScalars {
            for b in String(scalar).utf8 where count < capacity - 8 {
                exact[count] = b
                count += 1
            }
            hash = (hash ^ UInt64(scalar.value)) &* KeyTable.fnvPrime
        }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Void) {
        let capacity = SyllableScanner.capacity
        let exact = self.exact
        let table = self.table
        var foldedCount = 0, exactCount = 0
        var hash = KeyTable.fnvOffset
        var tone: UInt8 = 0
        var needsComposition = false
        var onlySpace = false
        var sawWord = false
        var inWord = false

        /// An ASCII byte, which is its own scalar.
        @inline(__always) func appendExact(_ b: UInt8) {
            if exactCount < capacity - 8 {
                exact[exactCount] = b
                exactCount += 1
                hash = (hash ^ UInt64(b)) &* KeyTable.fnvPrime
            }
        }
        /// Any text: its bytes, and one hashing step per scalar. The work is done on copies of
        /// the count and hash: a nested function that captured them would keep them in memory
        /// instead of registers for the whole loop (13% more instructions).
        @inline(__always) func appendExact(_ text: String) {
            var count = exactCount, wordHash = hash
            SyllableScanner.append(text, to: exact, count: &count, hash: &wordHash)
            exactCount = count
            hash = wordHash
        }
        @inline(__always) func finishWord() {
            defer {
                foldedCount = 0
                exactCount = 0
                hash = KeyTable.fnvOffset
                tone = 0
                needsComposition = false
                inWord = false
            }
            if foldedCount == 0 { return }  // a lone mark: no word
            if foldedCount > SyllableScanner.longestWord {
                onlySpace = false
                return
            }
            if needsComposition {
                let text = String(decoding: UnsafeBufferPointer(start: exact, count: exactCount), as: UTF8.self)
                exactCount = 0
                hash = KeyTable.fnvOffset
                appendExact(text.precomposedStringWithCanonicalMapping)
            }
            if tone != 0 {
                appendExact(UInt8(ascii: ":"))
                appendExact(UInt8(ascii: "0") + tone)
            }
            body(
                Word(
                    exact: UnsafeBufferPointer(start: exact, count: exactCount), exactHash: hash,
                    joined: onlySpace && sawWord))
            sawWord = true
            onlySpace = true
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            // ASCII: the common case, handled without the table.
            if b0 < 0x80 {
                i += 1
                if (b0 >= 0x61 && b0 <= 0x7A) || (b0 >= 0x30 && b0 <= 0x39) {
                    foldedCount += 1
                    appendExact(b0)
                    inWord = true
                } else if b0 >= 0x41 && b0 <= 0x5A {
                    foldedCount += 1
                    appendExact(b0 + 32)
                    inWord = true
                } else {
                    if inWord { finishWord() }
                    if !(b0 == 0x20 || (b0 >= 0x09 && b0 <= 0x0D)) { onlySpace = false }
                }
                continue
            }
            // Decode one scalar (the text is valid UTF-8: it is a Swift String).
            var value: UInt32
            let length: Int
            if b0 >= 0xF0 {
                value = UInt32(b0 & 0x07)
                length = 4
            } else if b0 >= 0xE0 {
                value = UInt32(b0 & 0x0F)
                length = 3
            } else {
                value = UInt32(b0 & 0x1F)
                length = 2
            }
            if i + length > n { break }
            for k in 1..<length { value = (value << 6) | UInt32(bytes[i + k] & 0x3F) }
            let start = i
            i += length

            if let entry = table.entry(value) {
                switch entry.kind {
                case .letter, .mark:
                    foldedCount += Int(entry.foldedCount)
                    if entry.exactScalar != 0 {
                        // One scalar: four bytes stored at once, one hashing step.
                        if exactCount < capacity - 8 {
                            UnsafeMutableRawPointer(exact + exactCount).storeBytes(of: entry.exactPacked.littleEndian, as: UInt32.self)
                            exactCount += Int(entry.exactCount)
                            hash = (hash ^ UInt64(entry.exactScalar)) &* KeyTable.fnvPrime
                        }
                    } else if entry.exactCount > 0 {
                        let e = Int(entry.exactStart)
                        appendExact(String(decoding: table.bytes[e..<(e + Int(entry.exactCount))], as: UTF8.self))
                    }
                    if entry.tone != 0 { tone = entry.tone }
                    if entry.needsComposition { needsComposition = true }
                    inWord = true
                case .space:
                    if inWord { finishWord() }
                case .punctuation:
                    if inWord { finishWord() }
                    onlySpace = false
                }
                continue
            }
            // Rare scalars (other scripts, typographic punctuation): the reference rules.
            guard let scalar = Unicode.Scalar(value) else {
                if inWord { finishWord() }
                onlySpace = false
                continue
            }
            if SearchFolding.isWordScalar(scalar) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                foldedCount += SearchFolding.fold(text).utf8.count
                let key = Array(SearchFolding.exactKey(text).utf8)
                if let colon = key.lastIndex(of: UInt8(ascii: ":")) {
                    appendExact(String(decoding: key[..<colon], as: UTF8.self))
                    tone = key[key.count - 1] - UInt8(ascii: "0")
                } else {
                    appendExact(String(decoding: key, as: UTF8.self))
                }
                needsComposition = true
                inWord = true
            } else {
                if inWord { finishWord() }
                if !scalar.properties.isWhitespace { onlySpace = false }
            }
        }
        if inWord { finishWord() }
    }
}
