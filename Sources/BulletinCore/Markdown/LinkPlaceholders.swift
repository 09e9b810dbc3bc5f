/// Markers left in rendered HTML for what can only be filled in later: links to other Markdown
/// files (their URLs depend on their own front matter) and shortcodes (rendered from score data).
///
/// A link marker is a link's whole address, `href="bulletin-link:N"`. Text an editor types can
/// never produce that: cmark escapes quotes in text as &quot;, so only cmark writes `href="`,
/// and an address starting with `bulletin-link:` is refused (Reference.allowedSchemes). The
/// `href=` matters: an image description "bulletin-link:0" comes out as `alt="bulletin-link:0"`.
public enum LinkPlaceholders {
    static func link(_ index: Int) -> String { "bulletin-link:\(index)" }
    static func shortcode(_ index: Int) -> String { "<!--bulletin-shortcode:\(index)-->" }

    /// Replaces every `href="bulletin-link:N"` with `href="<urls[N]>"` (already attribute-safe).
    public static func fillLinks(_ html: String, with urls: [String]) -> String {
        replaceMarkers(in: html, prefix: "href=\"bulletin-link:", suffix: "\"") { index in
            index < urls.count ? "href=\"" + urls[index] + "\"" : nil
        }
    }

    /// The address of each link of a body, in order, for `fillLinks`: the target's route under
    /// `basePath` with the link's #fragment, attribute-safe; "" for a target that is not published
    /// (validation has reported it). Articles, pages and documents all fill their links this way.
    public static func addresses(of links: [ContentLink], targets: [String: String], basePath: String) -> [String] {
        links.map { link in
            guard let route = targets[link.target] else { return "" }
            return Escape.html(basePath + route + (link.fragment.map { "#" + Escape.urlPath($0) } ?? ""))
        }
    }

    /// Replaces every shortcode marker with its rendered HTML.
    public static func fillShortcodes(_ html: String, with blocks: [String]) -> String {
        replaceMarkers(in: html, prefix: "<!--bulletin-shortcode:", suffix: "-->") { index in
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
