import CBulletinSystem

/// Substring search and replace on UTF-8 bytes. Foundation's `range(of:)` and
/// `replacingOccurrences` compare Unicode-aware (decomposing every character) and cost more
/// than parsing the Markdown; markers and tags are plain ASCII, so a byte search is exact.
public enum ByteSearch {
    /// Offsets of every occurrence of `needle` in `haystack` (non-overlapping).
    public static func offsets(of needle: String, in haystack: String) -> [Int] {
        var found: [Int] = []
        withBytes(haystack) { hay in found = offsets(of: Array(needle.utf8), in: hay) }
        return found
    }

    /// Byte offsets of the non-overlapping occurrences of `needle` in `haystack`.
    static func offsets(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        needle.withUnsafeBufferPointer { pin in
            guard pin.count > 0, hay.count >= pin.count else { return }
            var start = 0
            while start <= hay.count - pin.count,
                let hit = bulletin_memmem(hay.baseAddress! + start, hay.count - start, pin.baseAddress!, pin.count)
            {
                let offset = hay.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(offset)
                start = offset + pin.count
            }
        }
        return found
    }

    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        var result = false
        withBytes(haystack) { hay in
            withBytes(needle) { pin in
                guard pin.count > 0, hay.count >= pin.count else { return }
                result = bulletin_memmem(hay.baseAddress!, hay.count, pin.baseAddress!, pin.count) != nil
            }
        }
        return result
    }

    /// A String of `bytes` with every `needle` replaced, for text that is not a String yet and is
    /// known to be UTF-8 (cmark's output, see `KnownUTF8`): the bytes are copied once into a
    /// buffer and once into the String, and not checked again.
    static func string(of bytes: UnsafeBufferPointer<UInt8>, replacing needle: String, with replacement: String) -> String {
        let pin = Array(needle.utf8), put = Array(replacement.utf8)
        let hits = offsets(of: pin, in: bytes)
        if hits.isEmpty { return KnownUTF8.string(bytes) }
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + hits.count * max(0, put.count - pin.count))
        defer { out.deallocate() }
        var written = 0, last = 0
        func copy<C: Collection<UInt8>>(_ part: C) {
            written += UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(fromContentsOf: part)
        }
        for hit in hits {
            copy(bytes[last..<hit])
            copy(put)
            last = hit + pin.count
        }
        copy(bytes[last...])
        return KnownUTF8.string(UnsafeBufferPointer(rebasing: out[..<written]))
    }

    public static func replace(_ needle: String, with replacement: String, in haystack: String) -> String {
        let hits = offsets(of: needle, in: haystack)
        if hits.isEmpty { return haystack }
        var out = ""
        out.reserveCapacity(haystack.utf8.count + hits.count * max(0, replacement.utf8.count - needle.utf8.count))
        var last = 0
        for hit in hits {
            appendSlice(of: haystack, last..<hit, to: &out)
            out.append(replacement)
            last = hit + needle.utf8.count
        }
        appendSlice(of: haystack, last..<haystack.utf8.count, to: &out)
        return out
    }

    /// Appends the UTF-8 bytes `range` of `text` to `out`. Both ends must fall between Unicode
    /// scalars (next to an ASCII marker, here). A slice of a String is known to be valid UTF-8,
    /// so this is a copy; `String(decoding:)` of the same bytes would check them all again.
    @inline(__always) static func appendSlice(of text: String, _ range: Range<Int>, to out: inout String) {
        guard !range.isEmpty else { return }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        out.append(contentsOf: text[from..<to])
    }

    /// Calls `body` with the UTF-8 bytes of `text`: its own storage when it has one (native and
    /// small strings), without the copy, retain and release that `var copy = text;
    /// copy.withUTF8` costs (about a million of each per 10,000-article build).
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }
}
