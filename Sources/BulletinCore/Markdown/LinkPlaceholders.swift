/// Markers left in rendered HTML for what can only be filled in later: links to other Markdown
/// files (their URLs depend on their own front matter) and shortcodes (rendered from score data).
///
/// Each marker holds U+0001 around its number, written by the Markdown stage's own nodes
/// (`TreeEdits`). No author can make one: the Markdown stage refuses a body holding U+0001, so
/// raw HTML cannot carry it; cmark writes it from an entity (`&#1;`) only inside escaped text
/// or percent-encoded in an address, where the quote or angle bracket around it cannot appear.
public enum LinkPlaceholders {
    private static let mark = "\u{1}"
    static let markerByte = mark.utf8.first!
    static func linkMarker(_ index: Int) -> String { mark + String(index) + mark }
    static func shortcodeMarker(_ index: Int) -> String { "<" + mark + "shortcode " + String(index) + mark + ">" }

    /// Replaces every link marker N with `urls[N]` (already attribute-safe).
    public static func fillLinks(_ html: String, with urls: [String]) -> String {
        replaceMarkers(in: html, prefix: "href=\"" + mark, suffix: mark + "\"") { index in
            index < urls.count ? "href=\"" + urls[index] + "\"" : nil
        }
    }

    /// The address of each link of a body, in order, for `fillLinks`: the target's route under
    /// `basePath` with the link's ?query and #fragment (percent-encoded once), attribute-safe; ""
    /// for a target that is not published (validation has reported it). Articles, pages and documents all fill their links this way.
    public static func addresses(of links: [ContentLink], targets: [String: String], basePath: String) -> [String] {
        links.map { link in
            guard let route = targets[link.target] else { return "" }
            return Escape.html(basePath + route + link.suffix)
        }
    }

    /// Replaces every shortcode marker with its rendered HTML.
    public static func fillShortcodes(_ html: String, with blocks: [String]) -> String {
        replaceMarkers(in: html, prefix: "<" + mark + "shortcode ", suffix: mark + ">") { index in
            index < blocks.count ? blocks[index] : nil
        }
    }

    static func replaceMarkers(in html: String, prefix: String, suffix: String, replacement: (Int) -> String?) -> String {
        var out = ""
        var replaced = false
        // Read in place (not copied to an array: a body is read once per page that shows it).
        ByteSearch.withBytes(html) { bytes in
            let hits = ByteSearch.offsets(of: Array(prefix.utf8), in: bytes)
            if hits.isEmpty { return }
            replaced = true
            let prefixLength = prefix.utf8.count
            let suffixBytes = Array(suffix.utf8)
            out.reserveCapacity(bytes.count + 256)
            var last = 0
            for hit in hits where hit >= last {
                var i = hit + prefixLength
                var index = 0
                var digits = 0
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 9 {
                    index = index * 10 + Int(bytes[i] - 0x30)
                    i += 1
                    digits += 1
                }
                guard digits > 0, i + suffixBytes.count <= bytes.count,
                    bytes[i..<(i + suffixBytes.count)].elementsEqual(suffixBytes), let value = replacement(index)
                else { continue }
                // The marker is ASCII, so both ends of each copied slice fall between characters.
                ByteSearch.appendSlice(of: html, last..<hit, to: &out)
                out.append(value)
                last = i + suffixBytes.count
            }
            ByteSearch.appendSlice(of: html, last..<bytes.count, to: &out)
        }
        return replaced ? out : html
    }
}
