import BulletinCore
import CMark
import Foundation

/// An old post's Markdown made Bulletin's. cmark reads it first, so that nothing in code (a
/// fenced example of a Liquid tag or a shortcode, Hugo's own documentation is full of them) is
/// touched: Liquid tags and Hugo shortcodes are converted where cmark saw text, and link, image
/// and raw-HTML addresses where cmark saw a link, an image or HTML.
struct BodyConverter {
    let kind: ImportKind
    let media: MediaMap
    /// Old addresses (with and without the trailing "/" or ".html"), Jekyll post names and Hugo
    /// content paths → the converted file, as a link from the content root ("/articles/…md").
    let content: [String: String]
    /// Prefixes of the old site's own addresses, taken off links ("https://old.vn/blog", "/blog").
    let ownPrefixes: [String]
    /// The old site's address ("https://old.vn/blog"), for links to what was not imported.
    var oldSite: String? = nil

    func convert(_ item: ImportedItem, notes: inout [Message]) -> String {
        let withTags = convertTags(item.body, item: item, notes: &notes)
        return rewriteAddresses(withTags, item: item, notes: &notes)
    }

    // MARK: Liquid tags and shortcodes

    private func convertTags(_ body: String, item: ImportedItem, notes: inout [Message]) -> String {
        let code = CodePlaces(body)
        var lines = body.components(separatedBy: "\n")
        for number in lines.indices where !code.isCodeLine(number + 1) {
            var line = lines[number]
            var searchFrom = line.startIndex
            while let open = line.range(of: "{", range: searchFrom..<line.endIndex) {
                let rest = line[open.lowerBound...]
                guard
                    let (length, replacement) = tag(
                        in: rest, item: item, alone: line.trimmingCharacters(in: .whitespaces).count, notes: &notes),
                    !code.isInCode(line: number + 1, byteColumn: line.utf8.distance(from: line.startIndex, to: open.lowerBound) + 1)
                else {
                    searchFrom = open.upperBound
                    continue
                }
                let end = line.index(open.lowerBound, offsetBy: length)
                line.replaceSubrange(open.lowerBound..<end, with: replacement)
                searchFrom = line.index(open.lowerBound, offsetBy: replacement.count, limitedBy: line.endIndex) ?? line.endIndex
            }
            lines[number] = line
        }
        return lines.joined(separator: "\n")
    }

    /// The tag that starts `text`, if it is one: its length in characters and what replaces it.
    private func tag(in text: Substring, item: ImportedItem, alone: Int, notes: inout [Message]) -> (Int, String)? {
        for (open, close) in [("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}"), ("{{", "}}")] where text.hasPrefix(open) {
            guard let closing = text.range(of: close, range: text.index(text.startIndex, offsetBy: open.count)..<text.endIndex) else {
                // A tag that goes on over several lines is left to a person; a Hugo shortcode
                // is escaped so that the site still builds.
                let start = String(text.prefix(40))
                notes.append(Message(.importTagOverLines, ["start": .text(start)]))
                return open == "{{<" && kind == .hugo ? (open.count, "\\" + open) : nil
            }
            let whole = String(text[text.startIndex..<closing.upperBound])
            let inner = String(text[text.index(text.startIndex, offsetBy: open.count)..<closing.lowerBound]).trimmingCharacters(
                in: .whitespaces)
            let isWholeLine = whole.count == alone
            let replacement =
                open == "{{<" || open == "{{%"
                ? shortcode(inner, whole: whole, percent: open == "{{%", line: isWholeLine, notes: &notes)
                : liquid(
                    inner, whole: whole, after: String(text[closing.upperBound...]), block: open == "{%", line: isWholeLine, notes: &notes)
            return (whole.count, replacement)
        }
        return nil
    }

    private func liquid(_ inner: String, whole: String, after rest: String, block: Bool, line: Bool, notes: inout [Message]) -> String {
        guard kind == .jekyll else { return whole }
        let words = inner.split(whereSeparator: \.isWhitespace).map(String.init)
        if !block {
            // The site's address in front of a path, as in ({{ site.baseurl }}/assets/a.png).
            if ["site.baseurl", "site.url"].contains(inner.replacingOccurrences(of: " ", with: "")),
                rest.hasPrefix("/") || rest.hasPrefix("{{")
            {
                return ""
            }
            // {{ "/assets/a.png" | relative_url }}: the path, as Jekyll writes it.
            if let quote = inner.first, quote == "\"" || quote == "'", let end = inner.dropFirst().firstIndex(of: quote),
                ["relative_url", "absolute_url", "prepend: site.baseurl"].contains(where: { inner.contains($0) })
            {
                return String(inner[inner.index(after: inner.startIndex)..<end])
            }
            notes.append(Message(.importLiquidValueKept, ["tag": .text(whole)]))
            return whole
        }
        switch words.first {
        case "post_url", "link":
            let name = ((words.dropFirst().first ?? "") as NSString).lastPathComponent
            let key = (name as NSString).deletingPathExtension
            if let target = content["post:" + key] { return target }
            notes.append(Message(.importNoSuchPost, ["tag": .text(whole)]))
            return whole
        case "highlight" where line: return "```" + (words.dropFirst().first ?? "")
        case "endhighlight" where line: return "```"
        case "raw", "endraw": return ""
        default:
            notes.append(Message(.importLiquidTagKept, ["tag": .text(whole)]))
            return whole
        }
    }

    private func shortcode(_ inner: String, whole: String, percent: Bool, line: Bool, notes: inout [Message]) -> String {
        guard kind == .hugo else { return whole }
        let call = ShortcodeText(inner)
        switch call.name {
        case "figure" where line:
            guard let source = call.value("src") else { break }
            let alt = call.value("alt") ?? call.value("caption") ?? ""
            let title = call.value("title").map { " \"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" } ?? ""
            // An address with spaces is written between < and >, as CommonMark needs it.
            let address = source.contains(" ") ? "<" + source + ">" : source
            var out = "![" + MarkdownText.escaped(alt) + "](" + address + title + ")"
            if let caption = call.value("caption"), !caption.isEmpty { out += "\n\n*" + MarkdownText.escaped(caption) + "*" }
            return out
        case "youtube":
            if let id = call.value("id") ?? call.positional.first {
                return "[Xem video trên YouTube](https://www.youtube.com/watch?v=\(id))"
            }
        case "ref", "relref":
            if let written = call.positional.first ?? call.value("path") {
                let fragment = written.firstIndex(of: "#").map { String(written[$0...]) } ?? ""
                var path = String(written.prefix { $0 != "#" })
                if path.hasPrefix("/") { path.removeFirst() }
                for name in [path, (path as NSString).deletingPathExtension, path.replacingOccurrences(of: "/index.md", with: "")] {
                    if let target = content["hugo:" + name] ?? content["name:" + name] { return target + fragment }
                }
                notes.append(Message(.importNoSuchPage, ["tag": .text(whole)]))
                return "\\" + whole
            }
        case "highlight" where line: return "```" + (call.positional.first ?? "")
        case "/highlight" where line: return "```"
        default: break
        }
        notes.append(Message(.importShortcodeKept, ["tag": .text(whole)]))
        // Escaped, so that Bulletin shows it as written rather than call a shortcode it lacks.
        return percent ? whole : "\\" + whole
    }

    // MARK: addresses

    private func rewriteAddresses(_ body: String, item: ImportedItem, notes: inout [Message]) -> String {
        var edits: [(range: Range<Int>, text: String)] = []
        let bytes = Array(body.utf8)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        guard let document = cmark_parse_document(body, body.utf8.count, CMARK_OPT_DEFAULT) else { return body }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return body }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            guard line >= 1, line <= lineStarts.count else { continue }
            let start = lineStarts[line - 1] + max(0, column - 1)
            var addresses: [String] = []
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                addresses = [String(cString: url)]
            } else if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(node) {
                addresses = BodyConverter.htmlAddresses(String(cString: literal))
            }
            for address in addresses {
                guard let mapped = map(address, item: item, notes: &notes), mapped != address else { continue }
                let found =
                    BodyConverter.find(Array(address.utf8), in: bytes, from: start)
                    ?? BodyConverter.findDefinition(Array(address.utf8), in: bytes)
                if let found, !edits.contains(where: { $0.range.overlaps(found) }) {
                    edits.append((found, mapped))
                } else if let found, edits.contains(where: { $0.range == found && $0.text == mapped }) {
                    continue  // a reference definition two links share, rewritten once
                } else {
                    notes.append(Message(.importAddressNotFound, ["address": .text(address), "new": .text(mapped)]))
                }
            }
        }
        var out = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The new address for an old one; nil when it is not the old site's.
    private func map(_ address: String, item: ImportedItem, notes: inout [Message]) -> String? {
        var path = address
        for prefix in ownPrefixes where !prefix.isEmpty && path.hasPrefix(prefix) {
            let rest = String(path.dropFirst(prefix.count))
            if rest.isEmpty || rest.hasPrefix("/") { path = rest.isEmpty ? "/" : rest }
        }
        if path.contains("://") || path.hasPrefix("mailto:") || path.hasPrefix("tel:") || path.hasPrefix("#") || path.hasPrefix("//") {
            return nil
        }
        let suffixStart = path.firstIndex { $0 == "#" || $0 == "?" } ?? path.endIndex
        let suffix = String(path[suffixStart...])
        var bare = String(path[..<suffixStart])
        if !bare.hasPrefix("/") {
            let base: String
            if let bundle = item.bundleFolder {
                base = "/" + bundle + "/"
            } else {
                let old = item.oldAddresses.first ?? "/"
                base = old.hasSuffix("/") ? old : (old as NSString).deletingLastPathComponent + "/"
            }
            bare = BodyConverter.resolve(bare, against: base)
        }
        let decoded = bare.removingPercentEncoding ?? bare
        // Written by the tag conversion just before: already Bulletin's.
        if bare.hasSuffix(".md") && (bare.hasPrefix("/articles/") || bare.hasPrefix("/pages/")) { return nil }
        if let target = media.byPath[decoded] ?? media.byPath[bare] { return target + suffix }
        for key in [bare, bare + "/", bare.hasSuffix("/index.html") ? String(bare.dropLast(10)) : bare] {
            if let target = content["address:" + key.lowercased()] { return target + suffix }
        }
        // A file that was not imported would be an error in the build: the link goes to the old
        // site instead, which a person can then check.
        if let oldSite, !(bare as NSString).pathExtension.isEmpty {
            notes.append(Message(.importLinkToOldSite, ["address": .text(address), "target": .text(oldSite + bare)]))
            return oldSite + bare + suffix
        }
        notes.append(Message(.importLinkToNothing, ["address": .text(address)]))
        return nil
    }

    static func resolve(_ relative: String, against base: String) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            if part == ".." { _ = parts.popLast() } else if part != "." && !part.isEmpty { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/") + (relative.hasSuffix("/") ? "/" : "")
    }

    /// `src`, `href` and `poster` values of raw HTML.
    static func htmlAddresses(_ html: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"(?i)\b(?:src|href|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')"#) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            for group in [1, 2] { if let range = Range(match.range(at: group), in: html) { return String(html[range]) } }
            return nil
        }
    }

    /// The address as written at or after `start`: after "](", "](<", "=\"", "='" (a link,
    /// an image, an HTML attribute); nil when it is not there as written.
    static func find(_ address: [UInt8], in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard !address.isEmpty else { return nil }
        var at = start
        let limit = min(bytes.count, start + 4096)
        while at + address.count <= limit {
            if bytes[at..<(at + address.count)].elementsEqual(address), at >= 1, [0x28, 0x3C, 0x22, 0x27, 0x20].contains(bytes[at - 1]) {
                return at..<(at + address.count)
            }
            at += 1
        }
        return nil
    }

    /// The address in a link reference definition ("[tên]: /duong-dan").
    static func findDefinition(_ address: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        let pattern = Array("]: ".utf8) + address
        var at = 0
        while at + pattern.count <= bytes.count {
            if bytes[at..<(at + pattern.count)].elementsEqual(pattern) { return (at + 3)..<(at + pattern.count) }
            at += 1
        }
        return nil
    }
}

/// Where cmark found code in a body: lines of code blocks, and code spans by line and column.
struct CodePlaces {
    var lines = Set<Int>()
    var spans: [Int: [ClosedRange<Int>]] = [:]

    init(_ body: String) {
        guard let document = cmark_parse_document(body, body.utf8.count, CMARK_OPT_DEFAULT) else { return }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK:
                if first <= last { lines.formUnion(first...last) }
            case CMARK_NODE_CODE:
                let from = Int(cmark_node_get_start_column(node)), to = Int(cmark_node_get_end_column(node))
                if first == last, from <= to { spans[first, default: []].append(from...to) }
            default: break
            }
        }
    }

    func isCodeLine(_ line: Int) -> Bool { lines.contains(line) }

    func isInCode(line: Int, byteColumn: Int) -> Bool {
        spans[line]?.contains { $0.contains(byteColumn) } ?? false
    }
}

/// A shortcode's inside ("figure src=\"a.png\" caption=\"…\""): its name, named and
/// positional values.
struct ShortcodeText {
    var name = ""
    var named: [String: String] = [:]
    var positional: [String] = []

    init(_ text: String) {
        var scanner = Substring(text)
        func word() -> String? {
            scanner = scanner.drop { $0 == " " || $0 == "\t" }
            guard let first = scanner.first else { return nil }
            if first == "\"" || first == "`" {
                let body = scanner.dropFirst()
                let end = body.firstIndex(of: first) ?? body.endIndex
                scanner = end < body.endIndex ? body[body.index(after: end)...] : ""
                return String(body[..<end])
            }
            let end = scanner.firstIndex { $0 == " " || $0 == "\t" || $0 == "=" } ?? scanner.endIndex
            defer { scanner = scanner[end...] }
            return String(scanner[..<end])
        }
        name = word() ?? ""
        while let key = word() {
            if scanner.first == "=" {
                scanner = scanner.dropFirst()
                named[key] = word() ?? ""
            } else {
                positional.append(key)
            }
        }
    }

    func value(_ key: String) -> String? { named[key] }
}

enum MarkdownText {
    /// Text with the marks that would start Markdown escaped (for alt texts and captions).
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>!#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
