/// Reads the words of one span (bytes between ASCII spaces and punctuation: letters, digits and
/// any non-ASCII scalars) by the index's rules, and computes each word's exact key from the
/// UTF-8 bytes. `SyllableScanner` calls it once per different span and remembers the result,
/// so this is the reference path, kept close to `SearchFolding.words`.
final class SpanReader {
    private static let capacity = 512

    /// The word being read: its exact bytes, in a fixed buffer (no allocation per word).
    private let exact = UnsafeMutablePointer<UInt8>.allocate(capacity: SpanReader.capacity)
    private let table = ScalarFoldTable.shared

    deinit {
        exact.deallocate()
    }

    /// Appends any text to a word's bytes, with one hashing step per scalar.
    private static func append(_ text: String, to exact: UnsafeMutablePointer<UInt8>, count: inout Int, hash: inout UInt64) {
        for scalar in text.unicodeScalars {
            for b in String(scalar).utf8 where count < capacity - 8 {
                exact[count] = b
                count += 1
            }
            hash = (hash ^ UInt64(scalar.value)) &* KeyTable.fnvPrime
        }
    }

    /// Appends the span's words and breaks to `log`. The span ends words at both ends: it lies
    /// between ASCII bytes that are not letters or digits (or the text's ends).
    func read(_ bytes: UnsafeBufferPointer<UInt8>, into log: EventLog) {
        let capacity = SpanReader.capacity
        let exact = self.exact
        let table = self.table
        var foldedCount = 0, exactCount = 0
        var hash = KeyTable.fnvOffset
        var tone: UInt8 = 0
        var needsComposition = false
        var inWord = false

        /// An ASCII byte, which is its own scalar.
        func appendExact(_ b: UInt8) {
            if exactCount < capacity - 8 {
                exact[exactCount] = b
                exactCount += 1
                hash = (hash ^ UInt64(b)) &* KeyTable.fnvPrime
            }
        }
        /// Any text: its bytes, and one hashing step per scalar.
        func appendExact(_ text: String) {
            SpanReader.append(text, to: exact, count: &exactCount, hash: &hash)
        }
        func finishWord() {
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
                log.appendBreak()
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
            log.appendWord(UnsafeBufferPointer(start: exact, count: exactCount), hash: hash)
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                // Inside a span, an ASCII byte is a letter or a digit.
                i += 1
                foldedCount += 1
                appendExact(b0 >= 0x41 && b0 <= 0x5A ? b0 + 32 : b0)
                inWord = true
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
                    log.appendBreak()
                }
                continue
            }
            // Rare scalars (other scripts, typographic punctuation): the reference rules.
            guard let scalar = Unicode.Scalar(value) else {
                if inWord { finishWord() }
                log.appendBreak()
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
                if !scalar.properties.isWhitespace { log.appendBreak() }
            }
        }
        if inWord { finishWord() }
    }
}
