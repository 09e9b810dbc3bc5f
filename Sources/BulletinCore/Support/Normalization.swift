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
        var utf8 = text.utf8
        if let answer = utf8.withContiguousStorageIfAvailable({ scan($0) }) {
            return answer
        }
        utf8 = String(text).utf8
        return Array(utf8).withUnsafeBufferPointer { scan($0) }
    }

    /// Whether `bytes` are valid UTF-8 made only of the scalars `isCertainlyNFC` accepts: one
    /// pass instead of the standard library's UTF-8 check and then `scan`. Within those ranges
    /// a sequence is valid when its lead byte is followed by the right number of continuation
    /// bytes (10xxxxxx): none of them can be overlong or a surrogate. False for anything else,
    /// which then takes the full path.
    static func isValidAndCertainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                guard i + 1 < n, isContinuation(bytes[i + 1]) else { return false }
                i += 2  // U+0080–U+02FF
            } else if b == 0xE1 {
                guard i + 2 < n, bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB, isContinuation(bytes[i + 2]) else { return false }
                i += 3  // U+1E00–U+1EFF
            } else if b == 0xE2 {
                guard i + 2 < n, isContinuation(bytes[i + 2]),
                    (bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90) || bytes[i + 1] == 0x81 || bytes[i + 1] == 0x82
                else { return false }
                i += 3  // U+2010–U+20BF
            } else {
                return false
            }
        }
        return true
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                i += 2  // U+0080–U+02FF
            } else if b == 0xE1 && i + 1 < n && bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB {
                i += 3  // U+1E00–U+1EFF
            } else if b == 0xE2 && i + 2 < n
                && ((bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90) || bytes[i + 1] == 0x81 || bytes[i + 1] == 0x82)
            {
                i += 3  // U+2010–U+20BF
            } else {
                return false
            }
        }
        return true
    }
}
