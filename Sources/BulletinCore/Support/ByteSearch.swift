import CBulletinSystem

/// Substring search and replace on UTF-8 bytes. Foundation's `range(of:)` and
/// `replacingOccurrences` compare Unicode-aware (decomposing every character) and cost more
/// than parsing the Markdown; markers and tags are plain ASCII, so a byte search is exact.
public enum ByteSearch {
    /// Offsets of every occurrence of `needle` in `haystack` (non-overlapping).
    public static func offsets(of needle: String, in haystack: String) -> [Int] {
        var found: [Int] = []
        withBytes(haystack) { hay in
            withBytes(needle) { pin in
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

    public static func replace(_ needle: String, with replacement: String, in haystack: String) -> String {
        let hits = offsets(of: needle, in: haystack)
        if hits.isEmpty { return haystack }
        var out: [UInt8] = []
        out.reserveCapacity(haystack.utf8.count + hits.count * max(0, replacement.utf8.count - needle.utf8.count))
        withBytes(haystack) { hay in
            var last = 0
            for hit in hits {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[last..<hit]))
                out.append(contentsOf: replacement.utf8)
                last = hit + needle.utf8.count
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[last..<hay.count]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func withBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { body($0) }
    }
}
