/// The `<img>` tags and the `<figcaption>` text in a piece of raw HTML, read the way CommonMark
/// reads a tag: a name, then attributes (`name`, `name=value`, `name='value'`, `name="value"`).
/// Only what `RawHTML` needs to keep; everything else in the HTML is dropped anyway.
enum HTMLTags {
    struct Image {
        var source: [UInt8]
        var alt: [UInt8]?
        var title: [UInt8]?
        /// Where the tag starts: its line within the HTML (0 for the first) and byte column
        /// (0-based) within that line.
        var line: Int
        var column: Int
    }

    /// Every `<img>` with a `src`, in order.
    static func images(in html: [UInt8]) -> [Image] {
        var images: [Image] = []
        var index = 0
        // Lines counted on from the previous tag, so that a block of many images stays linear.
        var line = 0, lineStart = 0, counted = 0
        while let start = find("<img", in: html, from: index) {
            for offset in counted..<start where html[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            counted = start
            let (attributes, end) = readAttributes(html, from: start + 4)
            index = end
            guard let source = attributes["src"], !source.isEmpty else { continue }
            images.append(
                Image(source: source, alt: attributes["alt"], title: attributes["title"], line: line, column: start - lineStart))
        }
        return images
    }

    /// The text of the first `<figcaption>`, its own tags taken out and its spaces collapsed.
    static func caption(in html: [UInt8]) -> [UInt8]? {
        guard let open = find("<figcaption", in: html, from: 0) else { return nil }
        let (_, start) = readAttributes(html, from: open + 11)
        let end = findClosing("</figcaption", in: html, from: start) ?? html.count
        var text: [UInt8] = []
        var inTag = false
        for byte in html[start..<end] {
            if byte == 0x3C { inTag = true }
            if !inTag {
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if isSpace {
                    if let last = text.last, last != 0x20 { text.append(0x20) }
                } else {
                    text.append(byte)
                }
            }
            if byte == 0x3E { inTag = false }
        }
        while text.last == 0x20 { text.removeLast() }
        return text
    }

    /// The first `<name` (any case) from `index` that is followed by a space, `/` or `>`.
    private static func find(_ opening: String, in html: [UInt8], from index: Int) -> Int? {
        let pattern = Array(opening.utf8)
        var at = index
        while at + pattern.count <= html.count {
            if html[at] == 0x3C, matches(pattern, html, at) {
                let next = at + pattern.count < html.count ? html[at + pattern.count] : 0x3E
                if [0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(next) { return at }
            }
            at += 1
        }
        return nil
    }

    private static func findClosing(_ closing: String, in html: [UInt8], from index: Int) -> Int? {
        let pattern = Array(closing.utf8)
        var at = index
        while at + pattern.count <= html.count {
            if html[at] == 0x3C, matches(pattern, html, at) { return at }
            at += 1
        }
        return nil
    }

    /// Whether `pattern` (lowercase ASCII) is at `at`, in any case.
    private static func matches(_ pattern: [UInt8], _ html: [UInt8], _ at: Int) -> Bool {
        for (offset, byte) in pattern.enumerated() where html[at + offset] | 0x20 != byte | 0x20 { return false }
        return true
    }

    /// The attributes of a tag from just after its name to its `>`, by lowercase name (the
    /// first of each name counts), and the index just past the tag.
    static func readAttributes(_ html: [UInt8], from start: Int) -> (attributes: [String: [UInt8]], end: Int) {
        var attributes: [String: [UInt8]] = [:]
        var index = start
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        while index < html.count {
            while index < html.count, isSpace(html[index]) || html[index] == 0x2F { index += 1 }
            guard index < html.count else { break }
            if html[index] == 0x3E { return (attributes, index + 1) }
            let nameStart = index
            while index < html.count, !isSpace(html[index]), ![0x3D, 0x3E, 0x2F].contains(html[index]) { index += 1 }
            let name = String(decoding: html[nameStart..<index], as: UTF8.self).lowercased()
            while index < html.count, isSpace(html[index]) { index += 1 }
            var value: [UInt8] = []
            if index < html.count, html[index] == 0x3D {
                index += 1
                while index < html.count, isSpace(html[index]) { index += 1 }
                if index < html.count, html[index] == 0x22 || html[index] == 0x27 {
                    let quote = html[index]
                    let valueStart = index + 1
                    index = html[valueStart...].firstIndex(of: quote) ?? html.count
                    value = Array(html[valueStart..<index])
                    index = min(html.count, index + 1)
                } else {
                    let valueStart = index
                    while index < html.count, !isSpace(html[index]), html[index] != 0x3E { index += 1 }
                    value = Array(html[valueStart..<index])
                }
            }
            if !name.isEmpty, attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, html.count)
    }
}
