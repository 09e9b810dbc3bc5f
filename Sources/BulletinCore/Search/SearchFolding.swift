import Foundation

/// How search compares Vietnamese words. Every word has two keys:
///
/// - the *folded* key: lower case, every diacritic removed, đ → d ("Hòa" → "hoa"). Queries and
///   the index meet on it, so "cai cach" finds "cải cách".
/// - the *exact* key: lower case, the letter shapes kept (ă â ê ô ơ ư đ), the tone mark taken off
///   its letter and written at the end (":1" sắc, ":2" huyền, ":3" hỏi, ":4" ngã, ":5" nặng).
///   "hoà" and "hòa" put the tone on different letters but both give "hoa:2"; "cải" gives "cai:3".
///   A document holding the exact key of an accented query word ranks first.
///
/// A word is a run of letters, digits and combining marks. NFC and NFD text give the same keys
/// because both keys are computed on the canonical decomposition. search.js computes the same two
/// keys in the browser (`fold` and `exactKey` there): the rules must stay identical.
public enum SearchFolding {
    /// The tone marks of Vietnamese, as combining characters, and their digit.
    static func tone(of scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x301: return 1  // sắc
        case 0x300: return 2  // huyền
        case 0x309: return 3  // hỏi
        case 0x303: return 4  // ngã
        case 0x323: return 5  // nặng
        default: return 0
        }
    }

    /// Whether a scalar belongs to a word (Unicode letters, numbers and marks: \p{L}\p{N}\p{M} in JS).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// The folded key of one word, by the reference rule (lower case, NFD, marks U+0300–U+036F
    /// removed, đ → d). The index uses a faster table built from this same rule.
    public static func fold(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.value >= 0x300 && scalar.value <= 0x36F { continue }
            out.append(scalar.value == 0x111 ? "d" : scalar)
        }
        return String(out)
    }

    /// The exact key of one word, by the reference rule: lower case, NFD, tone marks taken out,
    /// NFC again, then ":digit" for the (last) tone found.
    public static func exactKey(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        var toneDigit: UInt8 = 0
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let t = tone(of: scalar.value)
            if t != 0 {
                toneDigit = t
            } else {
                out.append(scalar)
            }
        }
        let letters = String(out).precomposedStringWithCanonicalMapping
        return toneDigit == 0 ? letters : letters + ":" + String(toneDigit)
    }

    /// Words of a text with both keys, by the reference rules (for queries and tests; the index
    /// uses `SyllableScanner`). `joined` is true when only white space separates a word from the
    /// one before it (so the two can form a phrase).
    public static func words(_ text: String) -> [(word: String, folded: String, exact: String, joined: Bool)] {
        var result: [(String, String, String, Bool)] = []
        var current = String.UnicodeScalarView()
        var onlySpaceSince = false
        func finish() {
            guard !current.isEmpty else { return }
            let word = String(current)
            current = String.UnicodeScalarView()
            let folded = fold(word)
            if folded.isEmpty { return }  // a lone mark: no word
            if folded.utf8.count > SyllableScanner.longestWord {
                onlySpaceSince = false
                return
            }
            result.append((word, folded, exactKey(word), onlySpaceSince && !result.isEmpty))
            onlySpaceSince = true
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else {
                finish()
                if !scalar.properties.isWhitespace { onlySpaceSince = false }
            }
        }
        finish()
        return result
    }
}

/// The keys of each scalar the index meets often (U+0000–U+036F, which holds ASCII, Latin-1,
/// Latin Extended A/B and the combining marks, and U+1E00–U+1EFF, the toned Vietnamese letters),
/// computed once from the reference rules so that the fast path cannot disagree with them.
struct ScalarFoldTable: Sendable {
    enum Kind: UInt8 {
        /// Not part of a word, and not white space: breaks a phrase.
        case punctuation = 0
        /// White space: separates words that may form a phrase.
        case space = 1
        /// A letter or a digit.
        case letter = 2
        /// A combining mark: part of the word before it.
        case mark = 3
    }

    /// Per scalar: kind, tone digit, the length of its folded form, and its exact form (the
    /// lower-case letter without tone): as one scalar packed in four bytes when it is one (nearly
    /// always), else through `bytes`.
    struct Entry: Sendable {
        var kind: Kind = .punctuation
        var tone: UInt8 = 0
        var foldedCount: UInt8 = 0
        var exactCount: UInt8 = 0
        /// The exact form's UTF-8 bytes, little-endian, when it is a single scalar.
        var exactPacked: UInt32 = 0
        /// That single scalar, or 0 when the exact form is several (see `exactStart`).
        var exactScalar: UInt32 = 0
        var exactStart: UInt16 = 0
        /// The exact bytes hold a combining mark: the word must be recomposed (NFC) at the end.
        var needsComposition = false
    }

    static let lowRange: UInt32 = 0x370
    static let highStart: UInt32 = 0x1E00
    static let highEnd: UInt32 = 0x1F00

    let entries: [Entry]
    let bytes: [UInt8]

    static let shared = ScalarFoldTable()

    private init() {
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        let values = Array(0..<ScalarFoldTable.lowRange) + Array(ScalarFoldTable.highStart..<ScalarFoldTable.highEnd)
        entries.reserveCapacity(values.count)
        for value in values {
            var entry = Entry()
            guard let scalar = Unicode.Scalar(value) else {
                entries.append(entry)
                continue
            }
            if SearchFolding.isWordScalar(scalar) {
                let isMark = value >= 0x300 && value < 0x370
                entry.kind = isMark ? .mark : .letter
                let text = String(scalar)
                entry.foldedCount = UInt8(SearchFolding.fold(text).utf8.count)
                // The exact key without its tone suffix: the letter with its shape marks.
                var letters = String.UnicodeScalarView()
                for s in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    let t = SearchFolding.tone(of: s.value)
                    if t != 0 { entry.tone = t } else { letters.append(s) }
                }
                let composed = String(letters).precomposedStringWithCanonicalMapping
                let exact = Array(composed.utf8)
                entry.needsComposition = isMark && !exact.isEmpty
                entry.exactStart = UInt16(bytes.count)
                entry.exactCount = UInt8(exact.count)
                bytes += exact
                if composed.unicodeScalars.count == 1 {
                    entry.exactScalar = composed.unicodeScalars.first!.value
                    for (k, b) in exact.enumerated() { entry.exactPacked |= UInt32(b) << (8 * k) }
                }
            } else {
                entry.kind = scalar.properties.isWhitespace ? .space : .punctuation
            }
            entries.append(entry)
        }
        self.entries = entries
        self.bytes = bytes
    }

    /// The entry for a scalar, or nil outside the table's ranges.
    @inline(__always)
    func entry(_ value: UInt32) -> Entry? {
        if value < ScalarFoldTable.lowRange { return entries[Int(value)] }
        if value >= ScalarFoldTable.highStart && value < ScalarFoldTable.highEnd {
            return entries[Int(ScalarFoldTable.lowRange + value - ScalarFoldTable.highStart)]
        }
        return nil
    }
}
