import Foundation
import Testing

@testable import BulletinCore

/// GitHub's tables, strikethrough and tag filter, as GitHub's own examples expect them: each
/// table, strikethrough and tag-filter example of `../shared/commonmark/gfm-extensions.json`
/// becomes an article of a site built through the whole pipeline (with `unsafe_html: true`, as
/// the examples' HTML is cmark-gfm's with raw HTML allowed), and the article's body is compared
/// with the example's HTML. The only differences allowed are Bulletin's documented rules
/// (docs/markdown.md), undone in `undoingRules`.
@Suite("GitHub extensions against cmark-gfm")
struct GitHubExtensionsSpecTests {
    struct Example: Decodable {
        let source: String
        let number: Int
        let `extension`: String
        let markdown: String
        let html: String
    }

    static let examplesFile = TestSite.repository.deletingLastPathComponent().appendingPathComponent(
        "shared/commonmark/gfm-extensions.json")

    /// Every example but those of the extensions Bulletin does not make (autolinks of bare
    /// addresses, task lists, footnotes).
    static func examples() throws -> [Example] {
        let all = try JSONDecoder().decode([Example].self, from: Data(contentsOf: examplesFile))
        let left: Set<String> = ["autolink", "Autolinks", "Task lists", "disabled", "Footnotes"]
        return all.filter { !left.contains($0.extension) }
    }

    /// Undoes the documented rules in our HTML: a table sits in a region that scrolls sideways,
    /// header cells say they head a column, alignment is a style rather than the obsolete `align`.
    static func undoingRules(_ html: String) -> String {
        var text = html.replacingOccurrences(
            of: #"<div class="table-scroll" role="region" aria-label="Bảng \d+" tabindex="0">\n"#, with: "",
            options: .regularExpression)
        text = text.replacingOccurrences(of: "</table>\n</div>", with: "</table>")
        text = text.replacingOccurrences(of: "<th scope=\"col\"", with: "<th")
        text = text.replacingOccurrences(
            of: #" style="text-align: (left|center|right)""#, with: " align=\"$1\"", options: .regularExpression)
        return text
    }

    /// Bare addresses (`www.…`, `https://…`) stay text: the expected HTML's autolinks are undone.
    static func undoingAutolinks(_ html: String) -> String {
        html.replacingOccurrences(
            of: #"<a href="(?:https?://)?([^"]+)">((?:https?://)?\1)</a>"#, with: "$2", options: .regularExpression)
    }

    @Test("every table, strikethrough and tag-filter example comes out as cmark-gfm writes it")
    func examplesMatch() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 25)
        let site = try TestSite()
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config + "unsafe_html: true\n")
        for example in examples {
            let name = "gfm-\(example.source.hasPrefix("spec") ? "spec" : "ext")-\(example.number)"
            try site.write(
                "articles/2023/05/\(name).md",
                "---\ntitle: \"\(name)\"\ndate: 2023-05-01\ncategory: Cải cách hành chính\n---\n" + example.markdown)
        }
        let report = site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
        var failures: [String] = []
        for example in examples {
            let name = "gfm-\(example.source.hasPrefix("spec") ? "spec" : "ext")-\(example.number)"
            let page = try site.page("tin-tuc/\(name)/index.html")
            guard let start = page.range(of: "<div class=\"body\">"), let end = page.range(of: "</div><p>Tác giả:") else {
                failures.append("\(name): no body in the page")
                continue
            }
            let ours = Self.undoingRules(String(page[start.upperBound..<end.lowerBound]))
            let theirs = example.extension == "Interop" ? Self.undoingAutolinks(example.html) : example.html
            if ours != theirs { failures.append("\(name)\n--- ours\n\(ours)--- cmark-gfm\n\(theirs)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("a table is accessible and labelled, its cells' links checked at their place in the file")
    func tableCellsAreChecked() throws {
        let markdown = "Lịch tiếp dân:\n\n| Ngày | Nơi |\n|:--|--:|\n| Thứ Hai | [Trụ sở](khong-co.md) |\n"
        let result = convertMarkdown(markdown)
        #expect(result.html.contains("<th scope=\"col\" style=\"text-align: left\">Ngày</th>"))
        #expect(result.html.contains("<td style=\"text-align: right\">"))
        #expect(result.html.contains("aria-label=\"Bảng 1\" tabindex=\"0\""))
        #expect(result.links.map(\.target) == ["articles/2023/01/khong-co.md"])
        #expect(result.links.first?.location.line == 9)
        #expect(result.links.first?.location.column == 13)
        #expect(result.plainText == "Lịch tiếp dân: Ngày Nơi Thứ Hai Trụ sở")
    }

    @Test("strikethrough keeps an escaped tilde and pairs only runs of the same length")
    func strikethroughRules() {
        #expect(convertMarkdown("~~Hủy~~ lịch họp").html == "<p><del>Hủy</del> lịch họp</p>\n")
        #expect(convertMarkdown("\\~~Hủy~~").html == "<p>~~Hủy~~</p>\n")
        #expect(convertMarkdown("~a~~ và ~~~b~~~").html == "<p>~a~~ và ~~~b~~~</p>\n")
        #expect(
            convertMarkdown("**~~đậm~~** và ~~*nghiêng*~~").html
                == "<p><strong><del>đậm</del></strong> và <del><em>nghiêng</em></del></p>\n")
    }
}
