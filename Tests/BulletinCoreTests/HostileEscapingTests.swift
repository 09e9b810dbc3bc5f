import Foundation
import Testing

@testable import BulletinCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A site whose every value is an XSS payload (Fixtures/xss: front matter, site.yaml, page and
/// menu labels, Markdown), built with the real theme and every standard feature. Every file
/// written, whatever its kind (HTML, XML, JSON, JS, text), is searched for a payload that
/// survived unescaped, so the pages and files new features add are covered when they merge.
@Suite("Hostile input: escaping")
struct HostileEscapingTests {
    /// What a payload looks like when it was NOT escaped for where it landed (case ignored), and
    /// the kinds of file the pattern applies to (none: every file).
    static let unescaped: [(name: String, pattern: String, kinds: Set<String>)] = [
        ("a script element from a value", #"<script>\s*alert\("#, []),
        ("an img element from a value", #"<img src=x"#, []),
        ("a quote closing an attribute before a handler", #"[^\\]"\s*onerror\s*="#, []),
        (
            "a script URL in an attribute", #"(href|src|action|formaction|srcset|poster|data)\s*=\s*["']?\s*(javascript|vbscript)\s*:"#,
            []
        ),
        ("a script URL in CSS or a meta refresh", #"url\s*[(=]\s*["']?\s*(javascript|vbscript)\s*:"#, []),
        ("a script URL as a JSON value", #":\s*"\s*(javascript|vbscript)\s*:"#, ["json", "js", "html"]),
        ("a script URL as XML text", #">\s*(javascript|vbscript)\s*:"#, ["xml", "rss", "atom"]),
    ]

    /// Fields the default theme shows: each payload must reach some output file, escaped, so the
    /// test cannot pass by a field being dropped.
    static let shownFields = [
        "title", "summary", "category", "tag", "author", "default-author", "source", "image_alt", "page-title",
        "site-title", "agency-name", "menu-label", "heading", "body", "link-title", "unit-name", "index-name",
        "group-name",
    ]

    /// Builds Fixtures/xss with the repository's theme; returns the site and every output file.
    func buildPayloadSite() throws -> (TestSite, [String: String]) {
        let site = try TestSite("xss")
        try? FileManager.default.removeItem(atPath: site.templates)
        try FileManager.default.copyItem(
            at: TestSite.repository.appendingPathComponent("templates"), to: URL(fileURLWithPath: site.templates))
        // A media file whose name is a payload too (not committed: such names trouble some systems).
        try site.writeBytes(
            "media/\"><img src=x onerror=alert('XSS-media-name')>.svg",
            Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        let report = site.build()
        #expect(report.succeeded, "\(report.errorLines)")
        var files: [String: String] = [:]
        for (path, data) in site.snapshot() {
            let ext = (path as NSString).pathExtension.lowercased()
            if ["png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2", "pdf"].contains(ext) { continue }
            // Bulletin's list of the files it wrote (names as they are; no page links to it).
            if path == PublishedManifest.fileName { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return (site, files)
    }

    @Test("no payload survives unescaped in any output file")
    func noPayloadSurvives() throws {
        let (site, files) = try buildPayloadSite()
        defer { site.cleanUp() }
        #expect(files.count > 10)
        let patterns = try Self.unescaped.map { ($0.name, try Regex($0.pattern).ignoresCase(), $0.kinds) }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let kind = (path as NSString).pathExtension.lowercased()
            // Downloads for spreadsheets hold the text as it is; see csvDownloads.
            if kind == "csv" { continue }
            for (name, regex, kinds) in patterns where kinds.isEmpty || kinds.contains(kind) {
                if let match = text.firstMatch(of: regex) {
                    let start = text.index(match.range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
                    let end = text.index(match.range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
                    Issue.record("\(path): \(name): …\(text[start..<end])…")
                }
            }
        }
    }

    @Test("no tag of any HTML file has a handler or script address that came from a value")
    func attributes() throws {
        let (site, files) = try buildPayloadSite()
        defer { site.cleanUp() }
        let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href"]
        var tags = 0
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            for (tag, name, value) in TagScanner.attributes(in: text) {
                tags += 1
                if name.hasPrefix("on") && value.contains("alert") {
                    Issue.record("\(path): <\(tag) \(name)=\"\(value)\">: a handler from a value (unquoted or unescaped attribute)")
                }
                // Browsers ignore white space and control characters inside a scheme ("java\tscript:").
                let address = value.lowercased().filter { !$0.isWhitespace && ($0.asciiValue ?? 0x20) >= 0x20 }
                if urlAttributes.contains(name), address.hasPrefix("javascript:") || address.hasPrefix("vbscript:") {
                    Issue.record("\(path): <\(tag) \(name)=\"\(value)\">: a script address")
                }
            }
        }
        #expect(tags > 100, "the scanner must have seen the pages' tags")
    }

    @Test("CSV downloads read back, and no value in them starts a spreadsheet formula")
    func csvDownloads() throws {
        let (site, files) = try buildPayloadSite()
        defer { site.cleanUp() }
        let downloads = files.filter { $0.key.hasSuffix(".csv") }
        #expect(!downloads.isEmpty)
        for (path, text) in downloads {
            guard case .success(let decoded) = SourceText.decode(Array(text.utf8)),
                case .success(let table) = CSVTable.read(decoded, file: path)
            else {
                Issue.record("\(path) does not read back as CSV")
                continue
            }
            for field in table.header + table.rows.flatMap(\.fields) {
                guard let first = field.utf8.first, "=+-@".utf8.contains(first) else { continue }
                #expect(ScoreNumber.parse(field) != nil, "\(path): \(field) would run as a formula")
            }
        }
        #expect(downloads.values.contains { $0.contains("'=HYPERLINK(") }, "the formula is kept as text")
    }

    @Test("every shown field reached the output, escaped, and templates in values stay text")
    func payloadsAreEscapedNotDropped() throws {
        let (site, files) = try buildPayloadSite()
        defer { site.cleanUp() }
        let all = files.values.joined(separator: "\n")
        for field in Self.shownFields {
            // The quote after the name tells "title" from "title-2", however it was escaped.
            let found = ["'", "&#39;", "&#x27;", "&apos;", "\\u0027"].contains { all.contains("XSS-\(field)" + $0) }
            #expect(found, "the payload of '\(field)' is in no output file")
        }
        let article = try #require(files.first { $0.key.hasPrefix("tin-tuc/bai-mot") && $0.key.hasSuffix("index.html") }?.value)
        #expect(article.contains("&lt;script&gt;alert(&#39;XSS-title&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x"))
        // Values are never templates: the braces an editor types come out as typed.
        #expect(article.contains("{{site.title}}"))
        #expect(article.contains("&lt;%site.title%&gt;") || article.contains("<%site.title%>"))
        // Safe mode drops raw HTML and script links from Markdown.
        #expect(article.contains("<!-- raw HTML omitted -->"))
        #expect(article.contains("<a href=\"\">liên kết</a>"))
    }

    @Test("JSON files and JSON-LD blocks parse, XML files are well-formed: no payload broke their structure")
    func structuredFilesParse() throws {
        let (site, files) = try buildPayloadSite()
        defer { site.cleanUp() }
        for (path, text) in files {
            if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(path) is not valid JSON")
            }
            if path.hasSuffix(".xml") {
                #expect(XMLParser(data: Data(text.utf8)).parse(), "\(path) is not well-formed XML")
            }
            if path.hasSuffix(".html") {
                for block in Self.jsonLD(in: text) {
                    #expect(!block.contains("</"), "\(path): JSON-LD must not contain '</'")
                    #expect((try? JSONSerialization.jsonObject(with: Data(block.utf8))) != nil, "\(path): JSON-LD does not parse")
                }
            }
        }
    }

    /// The contents of every `<script type="application/ld+json">` element.
    static func jsonLD(in html: String) -> [String] {
        var blocks: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<script type=\"application/ld+json\">") {
            guard let close = rest[open.upperBound...].range(of: "</script>") else { break }
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return blocks
    }
}

/// Reads the attributes of every tag in an HTML or XML text as a browser would split them:
/// quoted values may hold anything, unquoted ones end at white space. Comments, and the
/// contents of script and style elements, are skipped.
enum TagScanner {
    static func attributes(in text: String) -> [(tag: String, name: String, value: String)] {
        let bytes = Array(text.utf8)
        var found: [(String, String, String)] = []
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        func word(_ stop: (UInt8) -> Bool) -> String {
            let start = i
            while i < bytes.count && !stop(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
                i += 1
                continue
            }
            if bytes[i + 1] == UInt8(ascii: "!") {  // a comment or doctype
                while i < bytes.count && bytes[i] != UInt8(ascii: ">") { i += 1 }
                continue
            }
            guard (bytes[i + 1] | 0x20) >= UInt8(ascii: "a") && (bytes[i + 1] | 0x20) <= UInt8(ascii: "z") else {
                i += 1
                continue
            }
            i += 1
            let tag = word { isSpace($0) || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "/") }
            while i < bytes.count && bytes[i] != UInt8(ascii: ">") {
                if isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") {
                    i += 1
                    continue
                }
                let name = word { isSpace($0) || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") }
                var value = ""
                while i < bytes.count && isSpace(bytes[i]) { i += 1 }
                if i < bytes.count && bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < bytes.count && isSpace(bytes[i]) { i += 1 }
                    if i < bytes.count && (bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")) {
                        let quote = bytes[i]
                        i += 1
                        value = word { $0 == quote }
                        i += 1
                    } else {
                        value = word { isSpace($0) || $0 == UInt8(ascii: ">") }
                    }
                }
                if !name.isEmpty { found.append((tag, name, value)) }
            }
            if tag == "script" || tag == "style" {  // skip to the closing tag
                let close = Array("</\(tag)".utf8)
                while i + close.count <= bytes.count && Array(bytes[i..<(i + close.count)]) != close { i += 1 }
            }
        }
        return found
    }
}
