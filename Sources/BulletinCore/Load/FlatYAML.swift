/// The fields Yams would give for the YAML nearly every front matter is: one `key: value` per
/// line, each value a plain scalar, a double-quoted one without escapes, or a list in brackets of
/// such scalars. Anything else (nested keys, block lists, single quotes, escapes, comments after a
/// value, anchors, tags, duplicate keys, a character YAML treats specially) gives nil, and Yams
/// reads the text as always, with its error messages.
///
/// Why: composing a front matter of seven keys through Yams cost about 210,000 instructions (an
/// object per event, a tag per node, a String of every scalar through Foundation, a hashed
/// duplicate check), a tenth of a whole build. Reading these lines directly costs a few thousand.
/// A test checks every shape accepted here against Yams: same texts, quoting, lines and columns.
enum FlatYAML {
    /// More keys than this go to Yams (the duplicate check here compares every pair).
    static let maximumKeys = 48
    /// Longer keys go to Yams, which refuses keys of over 1,024 characters.
    static let maximumKeyLength = 64

    static func fields(_ yaml: String) -> [(String, Field)]? {
        ByteSearch.withBytes(yaml) { fields(Bytes(base: $0)) }
    }

    /// The text's bytes. Slices are cut next to ASCII characters, so they are whole UTF-8 and
    /// become Strings without being checked again.
    private struct Bytes {
        let base: UnsafeBufferPointer<UInt8>
        subscript(_ i: Int) -> UInt8 { base[i] }
        func string(_ range: Range<Int>) -> String { KnownUTF8.string(UnsafeBufferPointer(rebasing: base[range])) }
        func equal(_ a: Range<Int>, _ b: Range<Int>) -> Bool { base[a].elementsEqual(base[b]) }
        func contains(_ byte: UInt8, in range: Range<Int>) -> Bool { base[range].contains(byte) }
    }

    private static func fields(_ bytes: Bytes) -> [(String, Field)]? {
        var fields: [(String, Field)] = []
        fields.reserveCapacity(12)
        var keys: [Range<Int>] = []
        keys.reserveCapacity(12)
        let count = bytes.base.count
        var lineStart = 0
        var lineNumber = 0
        while lineStart < count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }  // blank or a comment
            guard let (key, value) = keyAndValue(bytes, lineStart..<lineEnd) else { return nil }
            guard keys.count < maximumKeys, !keys.contains(where: { bytes.equal($0, key) }) else { return nil }
            keys.append(key)
            fields.append((bytes.string(key), Field(line: lineNumber, column: 1, value: value, node: nil)))
        }
        return fields.isEmpty ? nil : fields
    }

    /// `key: value`, the key an ASCII name at the start of the line.
    private static func keyAndValue(_ bytes: Bytes, _ line: Range<Int>) -> (Range<Int>, FieldValue)? {
        guard isKeyStart(bytes[line.lowerBound]) else { return nil }
        var i = line.lowerBound + 1
        while i < line.upperBound && isKeyByte(bytes[i]) { i += 1 }
        guard i < line.upperBound, bytes[i] == UInt8(ascii: ":"), i - line.lowerBound <= maximumKeyLength else { return nil }
        let key = line.lowerBound..<i
        i += 1
        guard i < line.upperBound, bytes[i] == 0x20 else { return nil }
        while i < line.upperBound && bytes[i] == 0x20 { i += 1 }
        guard i < line.upperBound else { return nil }  // `key:` alone may open a block below
        guard let value = self.value(bytes, i..<line.upperBound) else { return nil }
        return (key, value)
    }

    private static func value(_ bytes: Bytes, _ range: Range<Int>) -> FieldValue? {
        guard hasOnlyPlainCharacters(bytes, range) else { return nil }
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "\""):
            guard let content = quoted(bytes, range) else { return nil }
            return .scalar(bytes.string(content), isPlain: false)
        case UInt8(ascii: "["):
            return list(bytes, range)
        default:
            guard isPlain(bytes, range, inFlow: false) else { return nil }
            return .scalar(bytes.string(range), isPlain: true)
        }
    }

    /// `"text"` with no quote or backslash inside (so no escapes); what is inside, or nil.
    private static func quoted(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int>? {
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: "\"") else { return nil }
        let inside = (range.lowerBound + 1)..<(range.upperBound - 1)
        guard !bytes.contains(UInt8(ascii: "\""), in: inside), !bytes.contains(UInt8(ascii: "\\"), in: inside) else {
            return nil
        }
        return inside
    }

    /// `[a, "b", c]`, the whole rest of the line.
    private static func list(_ bytes: Bytes, _ range: Range<Int>) -> FieldValue? {
        guard bytes[range.upperBound - 1] == UInt8(ascii: "]") else { return nil }
        let close = range.upperBound - 1
        var items: [FieldValue] = []
        var itemStart = range.lowerBound + 1
        func skipSpaces() {
            while itemStart < close && bytes[itemStart] == 0x20 { itemStart += 1 }
        }
        skipSpaces()
        if itemStart == close { return .list([]) }
        while true {
            var end = itemStart
            while end < close && bytes[end] != UInt8(ascii: ",") { end += 1 }
            var last = end
            while last > itemStart && bytes[last - 1] == 0x20 { last -= 1 }
            guard last > itemStart else { return nil }  // an empty item
            let item = itemStart..<last
            if bytes[itemStart] == UInt8(ascii: "\"") {
                guard let content = quoted(bytes, item) else { return nil }
                items.append(.scalar(bytes.string(content), isPlain: false))
            } else {
                guard isPlain(bytes, item, inFlow: true) else { return nil }
                items.append(.scalar(bytes.string(item), isPlain: true))
            }
            if end == close { break }
            itemStart = end + 1
            skipSpaces()
            guard itemStart < close else { return nil }  // a comma before the bracket
        }
        return .list(items)
    }

    /// A plain scalar that YAML reads as written: it does not start with an indicator, holds no
    /// `: ` or ` #` (a key or a comment), does not end in a space or colon; in a list, holds none
    /// of `,[]{}:#` at all.
    private static func isPlain(_ bytes: Bytes, _ range: Range<Int>, inFlow: Bool) -> Bool {
        guard !range.isEmpty else { return false }
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
            return false
        default:
            break
        }
        let last = bytes[range.upperBound - 1]
        if last == 0x20 || last == UInt8(ascii: ":") { return false }
        var previous: UInt8 = 0
        for i in range {
            let b = bytes[i]
            if inFlow {
                switch b {
                case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                    UInt8(ascii: ":"), UInt8(ascii: "#"):
                    return false
                default: break
                }
            } else if (previous == UInt8(ascii: ":") && b == 0x20) || (previous == 0x20 && b == UInt8(ascii: "#")) {
                return false
            }
            previous = b
        }
        return true
    }

    /// No tab, control character or byte-order mark, and none of the characters YAML counts as
    /// line breaks (U+0085, U+2028, U+2029): text Yams would read differently or refuse.
    private static func hasOnlyPlainCharacters(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for i in range {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return false }
            // U+0080–U+009F: C2 80–9F.
            if previous == 0xC2 && b < 0xA0 { return false }
            // U+2028, U+2029: E2 80 A8, E2 80 A9.
            if beforePrevious == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9) { return false }
            // U+FEFF (EF BB BF), U+FFFE, U+FFFF (EF BF BE, EF BF BF).
            if beforePrevious == 0xEF && ((previous == 0xBB && b == 0xBF) || (previous == 0xBF && b >= 0xBE)) {
                return false
            }
            beforePrevious = previous
            previous = b
        }
        return true
    }

    private static func isKeyStart(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || b == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        isKeyStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
