/// Escaping for each place a value can land. Templates escape HTML by themselves; these are
/// for what Swift writes directly (JSON, XML, URLs) and for the template engine's escaper.
public enum Escape {
    /// HTML text and attribute values: & < > " ' (the same five the Mustache spec escapes).
    public static func html(_ text: String) -> String {
        guard contains(text, any: htmlBytes) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        appendHTML(text, to: &out)
        return out
    }

    /// Appends `text` HTML-escaped, as `html` does: what the template engine does for {{name}}.
    /// Runs without anything to escape are copied in one piece, and a text with nothing to
    /// escape (most of them) in one append after one scan of its bytes.
    static func appendHTML(_ text: String, to output: inout String) {
        guard contains(text, any: htmlBytes) else {
            output.append(text)
            return
        }
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let entity: String
            switch utf8[i] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                utf8.formIndex(after: &i)
                continue
            }
            if runStart != i { output.append(contentsOf: text[runStart..<i]) }
            output.append(entity)
            utf8.formIndex(after: &i)
            runStart = i
        }
        if runStart != utf8.endIndex { output.append(contentsOf: text[runStart..<utf8.endIndex]) }
    }

    /// XML text and attributes (feeds, sitemap): HTML's five plus removal of the control
    /// characters XML 1.0 forbids, which would make a whole feed unreadable.
    public static func xml(_ text: String) -> String {
        let utf8 = text.utf8
        guard contains(text, any: xmlBytes) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        for b in utf8 where !isForbiddenInXML(b) {
            appendXMLByte(b, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal, quotes included. '<', '>', '&' and "'" become \u escapes so that
    /// the JSON can sit inside an HTML <script> element: "</script>" cannot close it. Works on the
    /// UTF-8 bytes (only ASCII and U+2028/U+2029 are escaped), so Vietnamese text costs no more
    /// than ASCII.
    public static func json(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        appendJSON(text, to: &out)
        return out
    }

    /// `json(text)` appended to `out`.
    public static func appendJSON(_ text: String, to out: inout String) {
        out.append("\"")
        // Most values (titles, dates, addresses) need no escape: append them as they are.
        guard contains(text, any: jsonBytes) else {
            out.append(text)
            out.append("\"")
            return
        }
        // Runs without anything to escape are copied from `text` in one piece (they start and end
        // next to an ASCII byte or a whole U+2028/U+2029, so they are valid UTF-8 as they are).
        var run = 0
        ByteSearch.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var escape: String? = nil
                var length = 1
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C, 0x3E, 0x26, 0x27, 0..<0x20: escape = unicodeEscape(UInt32(b))
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)  // line and paragraph separators
                    length = 3
                default: break
                }
                if let escape {
                    ByteSearch.appendSlice(of: text, run..<i, to: &out)
                    out.append(escape)
                    run = i + length
                }
                i += length
            }
        }
        ByteSearch.appendSlice(of: text, run..<text.utf8.count, to: &out)
        out.append("\"")
    }

    /// "\u003c" for 0x3C: four lower-case hex digits.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A byte `json` escapes, or the first byte of U+2028 or U+2029 (0xE2 also starts other
    /// characters, such as "–" and "…"; they only take the slower path).
    @inline(__always) static func mayNeedJSONEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0x27 || b == 0xE2
    }

    /// An RFC 3986 unreserved character or '/': what a URL path holds without encoding.
    @inline(__always) static func isPlainPathByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "~") || b == UInt8(ascii: "/")
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters and '/'.
    public static func urlPath(_ path: String) -> String {
        let plain = isPlainPathByte
        guard !path.utf8.allSatisfy(plain) else { return path }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count * 3)
        for b in path.utf8 {
            if plain(b) {
                out.append(b)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The query and fragment of an address as typed ("?trang=2#mục 1"): characters with a
    /// meaning in URLs are kept, anything else (spaces, quotes, angle brackets, letters with
    /// marks) is percent-encoded, so the address is the same wherever it is pasted.
    public static func urlSuffix(_ text: String) -> String {
        let keep = Set("-._~!$&()*+,;=:@/?#%".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || keep.contains(b) {
                out.append(b)
            } else {
                out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isHTMLSpecial(_ b: UInt8) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
    }

    /// What each escaper looks for first, a flag per byte value: most values (titles, dates,
    /// addresses, summaries) have nothing to escape and are returned as they are.
    private static let htmlBytes = (0...255).map { isHTMLSpecial(UInt8($0)) }
    private static let xmlBytes = (0...255).map { isHTMLSpecial(UInt8($0)) || isForbiddenInXML(UInt8($0)) }
    private static let jsonBytes = (0...255).map { mayNeedJSONEscape(UInt8($0)) }

    /// Whether any byte of `text` is flagged in `table`: one load and test per byte over the
    /// string's own storage (`utf8.contains(where:)` walked the view at several times the cost).
    private static func contains(_ text: String, any table: [Bool]) -> Bool {
        ByteSearch.withBytes(text) { bytes in
            table.withUnsafeBufferPointer { flags in
                for b in bytes where flags[Int(b)] { return true }
                return false
            }
        }
    }

    @inline(__always)
    static func isForbiddenInXML(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D
    }

    /// One byte of `xml`'s output: the five entities, or the byte as it is.
    @inline(__always)
    static func appendXMLByte(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
        case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
        case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
        case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
        case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
        default: out.append(b)
        }
    }
}
