import Foundation

/// Unicode normalisation of everything the build reads.
///
/// Vietnamese keyboards on Windows can type combining marks (ê + U+0301 instead of ế). Such text
/// looks the same but differs in bytes, hashes, file names and search indexes, so all input is
/// brought to NFC. Foundation's normaliser is slow on large inputs, and nearly all text is already
/// NFC, so a byte scan first proves the common case and skips the work.
public enum Normalization {
    public static func nfc(_ text: String) -> String {
        if isCertainlyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar lies in a range that NFC leaves alone: ASCII, Latin-1 to IPA
    /// (U+0080–U+02FF, which includes the Vietnamese ă â đ ê ô ơ ư), Latin Extended Additional
    /// (U+1E00–U+1EFF, the toned Vietnamese letters) and common punctuation (U+2010–U+20BF).
    /// Anything else is sent to the real normaliser, so a false "no" only costs time.
    static func isCertainlyNFC(_ text: String) -> Bool {
        // A String's bytes are valid UTF-8, so the check that also validates answers this alone.
        ByteSearch.withBytes(text) { isValidAndCertainlyNFC($0) }
    }

    /// Whether `bytes` are valid UTF-8 made only of the scalars `isCertainlyNFC` accepts: one
    /// pass instead of the standard library's UTF-8 check and then a scan of the scalars. Within those ranges
    /// a sequence is valid when its lead byte is followed by the right number of continuation
    /// bytes (10xxxxxx): none of them can be overlong or a surrogate. False for anything else,
    /// which then takes the full path.
    ///
    /// A table of states (`NFCAutomaton`) instead of branches: Vietnamese text switches between
    /// one-, two- and three-byte letters every few bytes, and a branch per byte guessed wrong
    /// so often that this check took a tenth of the load stage. The text is read as four
    /// streams at once, each starting at an ASCII byte, so that four lookups are under way
    /// together rather than each waiting for the one before.
    static func isValidAndCertainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        // Where each stream starts: at an ASCII byte at or after each quarter (or the end).
        var starts = [0, 0, 0, 0, n]
        for k in 1..<4 {
            var i = max(starts[k - 1], n * k / 4)
            while i < n && bytes[i] >= 0x80 { i += 1 }
            starts[k] = i
        }
        return NFCAutomaton.table.withUnsafeBufferPointer { table in
            var s0 = NFCAutomaton.start, s1 = NFCAutomaton.start, s2 = NFCAutomaton.start, s3 = NFCAutomaton.start
            let (a, b, c, d) = (starts[0], starts[1], starts[2], starts[3])
            let length = min(b - a, c - b, d - c, n - d)
            for i in 0..<length {
                s0 = table[Int(s0) << 8 | Int(bytes[a + i])]
                s1 = table[Int(s1) << 8 | Int(bytes[b + i])]
                s2 = table[Int(s2) << 8 | Int(bytes[c + i])]
                s3 = table[Int(s3) << 8 | Int(bytes[d + i])]
            }
            for i in (a + length)..<b { s0 = table[Int(s0) << 8 | Int(bytes[i])] }
            for i in (b + length)..<c { s1 = table[Int(s1) << 8 | Int(bytes[i])] }
            for i in (c + length)..<d { s2 = table[Int(s2) << 8 | Int(bytes[i])] }
            for i in (d + length)..<n { s3 = table[Int(s3) << 8 | Int(bytes[i])] }
            let start = NFCAutomaton.start
            return s0 == start && s1 == start && s2 == start && s3 == start
        }
    }
}

/// The states of `Normalization.isValidAndCertainlyNFC`, a byte at a time: `table[state << 8 | byte]`
/// is the next state. Text is accepted when it ends in `start`; `reject` never leaves.
enum NFCAutomaton {
    static let start: UInt8 = 0
    /// One continuation byte (80–BF) to go.
    static let lastByte: UInt8 = 1
    /// After E1: the second byte must be B8–BB (U+1E00–U+1EFF).
    static let afterE1: UInt8 = 2
    /// After E2: 80 (then 90–BF), 81 or 82 (then any continuation): U+2010–U+20BF.
    static let afterE2: UInt8 = 3
    /// After E2 80: 90–BF.
    static let afterE280: UInt8 = 4
    static let reject: UInt8 = 5

    static let table: [UInt8] = {
        var table = [UInt8](repeating: reject, count: 6 << 8)
        func set(_ state: UInt8, _ bytes: ClosedRange<Int>, _ next: UInt8) {
            for b in bytes { table[Int(state) << 8 | b] = next }
        }
        set(start, 0x00...0x7F, start)
        set(start, 0xC2...0xCB, lastByte)  // U+0080–U+02FF
        set(start, 0xE1...0xE1, afterE1)
        set(start, 0xE2...0xE2, afterE2)
        set(lastByte, 0x80...0xBF, start)
        set(afterE1, 0xB8...0xBB, lastByte)
        set(afterE2, 0x80...0x80, afterE280)
        set(afterE2, 0x81...0x82, lastByte)
        set(afterE280, 0x90...0xBF, start)
        return table
    }()
}
