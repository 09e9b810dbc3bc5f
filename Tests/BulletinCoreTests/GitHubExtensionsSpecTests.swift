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
        // Each `\|` before a link moves it one column on in the file.
        let escaped = convertMarkdown("| a |\n|---|\n| p \\| q [x](khong-co.md) |\n")
        #expect(escaped.links.first?.location.column == 10)
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

    /// Cases a review found different from cmark-gfm 0.29.0.gfm.6, with its output
    /// (`cmark-gfm -e table -e strikethrough -e tagfilter --unsafe`).
    @Test(
        "lines around tables and runs of tildes as cmark-gfm reads them",
        arguments: [
            (
                "a setext underline of dashes after the rows is a rule after the table", "| a | b |\n|---|---|\n| c | d |\n---\n",
                "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</tbody>\n</table>\n<hr />\n"
            ),
            (
                "a lazy line after a table in a quote leaves the quote", "> | a | b |\n> |---|---|\n| c | d |\n",
                "<blockquote>\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n</table>\n</blockquote>\n<p>| c | d |</p>\n"
            ),
            (
                "a numbered item after the rows starts a list", "| a | b |\n|---|---|\n| c | d |\n2. foo\n",
                "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</tbody>\n</table>\n<ol start=\"2\">\n<li>foo</li>\n</ol>\n"
            ),
            (
                "raw HTML and a link reference starting a cell are inline", "| a |\n|---|\n| <br> y |\n| [x]: y |\n\n[x]: https://x.vn/\n",
                "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><br> y</td>\n</tr>\n<tr>\n<td><a href=\"https://x.vn/\">x</a>: y</td>\n</tr>\n</tbody>\n</table>\n"
            ),
            (
                "a row that is only a pipe ends the table", "| a |\n|---|\n|\n",
                "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n<p>|</p>\n"
            ),
            (
                "a lazy delimiter row does not make a table", "> | a | b |\n|---|---|\n",
                "<blockquote>\n<p>| a | b |\n|---|---|</p>\n</blockquote>\n"
            ),
            (
                "a closer of another length than the nearest opener stays text", "~a ~~b~ c~~ and ~a~~b~\n",
                "<p>~a <del>b~ c</del> and <del>a~~b</del></p>\n"
            ),
            ("an escaped tilde on a lazy line stays text", "- a\n\\~b~\n", "<ul>\n<li>a\n~b~</li>\n</ul>\n"),
        ])
    func reviewedCases(name: String, markdown: String, expected: String) {
        #expect(Self.undoingRules(convertMarkdown(markdown, unsafe: true).html) == expected, "\(name)")
    }
}
