import Foundation
import Testing

@testable import BulletinCore

/// The site's rules are applied on cmark's tree: what cmark takes for code, HTML or running text
/// stays as the author wrote it (one test per case an editor meets).
@Suite("Markdown on cmark's tree")
struct MarkdownTreeTests {
    let call = "{{< score-table index=\"par-index\" year=\"2022\" >}}"

    @Test("a shortcode line in an indented code block is code")
    func indentedCode() {
        let result = convertMarkdown("Đoạn.\n\n    \(call)\n    {{< khong-co >}}\n")
        #expect(result.shortcodes.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(result.shown.contains("<pre><code>{{&lt; score-table"))
    }

    @Test("a shortcode line inside a longer fence is code, with no marker")
    func longerFences() {
        for body in ["````\n```\n\(call)\n```\n````\n", "~~~~\n~~~\n\(call)\n~~~\n~~~~\n"] {
            let result = convertMarkdown(body)
            #expect(result.shortcodes.isEmpty, "\(body)")
            #expect(!result.shown.contains("\u{1}") && !result.shown.contains("BULLETIN"), "\(body)")
            #expect(result.shown.contains("{{&lt; score-table"), "\(body)")
        }
    }

    @Test("inline code that starts with three backticks opens no fence")
    func inlineCodeIsNoFence() {
        let result = convertMarkdown("```mã``` là cách viết mã trong dòng.\n\n\(call)\n")
        #expect(result.shown.contains("<code>mã</code>"))
        #expect(result.shortcodes.map(\.name) == ["score-table"])
    }

    @Test("a shortcode inside a multi-line HTML comment is not run")
    func htmlComment() {
        let body = "<!--\n\(call)\n{{< khong-co >}}\n-->\n\nChữ.\n"
        let result = convertMarkdown(body)
        #expect(result.shortcodes.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(convertMarkdown(body, unsafe: true).html.contains("<!--\n\(call)"))
    }

    @Test("a shortcode in a list item or a quote keeps the list and the quote whole")
    func nested() {
        let list = convertMarkdown("- Mục một\n- \(call)\n- Mục ba\n")
        #expect(list.shortcodes.count == 1)
        #expect(list.shortcodes.first?.location.line == 6)
        #expect(list.shortcodes.first?.location.column == 3)
        let filled = LinkPlaceholders.fillShortcodes(list.html, with: ["<table></table>"])
        #expect(filled.components(separatedBy: "<ul>").count == 2, "one list: \(filled)")
        #expect(filled.contains("<li>\n<table></table>\n</li>"), "\(filled)")

        let quote = convertMarkdown("> Trích dẫn.\n>\n> \(call)\n")
        #expect(quote.shortcodes.count == 1)
        let quoted = LinkPlaceholders.fillShortcodes(quote.html, with: ["<table></table>"])
        #expect(quoted.contains("<blockquote>\n<p>Trích dẫn.</p>\n<table></table>\n</blockquote>"), "\(quoted)")
    }

    @Test("a shortcode's call is not text of the article (search, lead)")
    func shortcodeIsNotText() {
        let result = convertMarkdown("\(call)\n\nĐoạn đầu.\n")
        #expect(result.plainText == "Đoạn đầu.")
        #expect(result.firstParagraph == "Đoạn đầu.")
    }

    @Test("an escaped shortcode is text")
    func escaped() {
        let result = convertMarkdown("\\\(call)\n")
        #expect(result.shortcodes.isEmpty && result.problems.isEmpty)
        #expect(result.shown.contains("{{&lt; score-table"))
    }

    @Test("a link to a Markdown file keeps its query and fragment, encoded once")
    func fragmentAndQuery() {
        let result = convertMarkdown("[a](khac.md#mục-2) [b](khac.md?a=1#x)\n")
        #expect(result.links.map(\.suffix) == ["#m%E1%BB%A5c-2", "?a=1#x"])
        let urls = LinkPlaceholders.addresses(
            of: result.links, targets: ["articles/2023/01/khac.md": "tin-tuc/khac/"], basePath: "/bantin/")
        let html = LinkPlaceholders.fillLinks(result.shown, with: urls)
        #expect(html.contains("<a href=\"/bantin/tin-tuc/khac/#m%E1%BB%A5c-2\">a</a>"))
        #expect(html.contains("<a href=\"/bantin/tin-tuc/khac/?a=1#x\">b</a>"))
    }

    @Test("a link to a Markdown file keeps its title, escaped as cmark escapes it")
    func linkTitle() {
        let result = convertMarkdown("[a](khac.md \"Tiêu đề \\\"x\\\" & <y>\")\n")
        let html = LinkPlaceholders.fillLinks(result.shown, with: ["/bantin/khac/"])
        #expect(html.contains("<a href=\"/bantin/khac/\" title=\"Tiêu đề &quot;x&quot; &amp; &lt;y&gt;\">a</a>"), "\(html)")
    }

    @Test("images get their attributes from the image node, never from raw HTML")
    func imageAttributes() {
        let result = convertMarkdown("![Ảnh](/media/a.png)\n\n<img src=\"x.png\">\n\n<textarea>\n<img x\n</textarea>\n", unsafe: true)
        #expect(result.shown.contains("<img loading=\"lazy\" src=\"/bantin/media/a.png\" alt=\"Ảnh\" />"))
        #expect(result.shown.contains("<img src=\"x.png\">"))
        #expect(result.shown.contains("&lt;textarea>\n<img x\n&lt;/textarea>"))
        #expect(result.shown.components(separatedBy: "loading=").count == 2)
    }

    @Test("raw HTML cannot forge a marker")
    func forgedMarkers() {
        let body = "[bài](b.md)\n\n<a href=\"bulletin-link:0\">x</a> <!--bulletin-shortcode:0-->\n\n<p>&#1;0&#1;</p>\n"
        let result = convertMarkdown(body, unsafe: true)
        let html = LinkPlaceholders.fillShortcodes(LinkPlaceholders.fillLinks(result.shown, with: ["/bantin/b/"]), with: ["<table>"])
        #expect(html.components(separatedBy: "/bantin/b/").count == 2)
        #expect(!html.contains("<table>"))
        // U+0001 itself is refused where raw HTML is allowed, and only text in safe mode.
        let typed = convertMarkdown("<a href=\"\u{1}0\u{1}\">x</a>\n", unsafe: true)
        #expect(typed.problems.contains { $0.severity == .error && $0.message.contains("U+0001") })
        #expect(convertMarkdown("a\u{1}b\n").problems.isEmpty)
    }

    @Test("an empty address and an unusual scheme are warnings, published as cmark writes them")
    func emptyAndUnusual() {
        let result = convertMarkdown("[trống]() [irc](irc://x/y)\n")
        #expect(result.problems.allSatisfy { $0.severity == .warning })
        #expect(result.problems.contains { $0.message.contains("no address") && $0.location?.column == 1 })
        #expect(result.problems.contains { $0.message.contains("'irc:'") })
        #expect(result.shown.contains("<a href=\"\">trống</a>"))
        #expect(result.shown.contains("<a href=\"irc://x/y\">irc</a>"))
    }

    @Test("a file whose front matter is refused still has its links and images checked, in the same run")
    func everyMistakeOfAFile() throws {
        let body = "![Ảnh](/media/khong-co.png)\n\n[bài](khong-co.md)\n"
        let report = try Hostile.failingBuild { site in
            try site.write("articles/ngay.md", "---\ntitle: Ngày sai\ndate: 2023-13-45\n---\n" + body)
            try site.write("pages/khong-tieu-de.md", "---\nsummary: x\n---\n" + body)
        }
        // The body starts after the front matter: line 5 of the article, line 4 of the page.
        for (file, first) in [("articles/ngay.md", 5), ("pages/khong-tieu-de.md", 4)] {
            #expect(Hostile.hasError(report, in: file, line: first, "media/khong-co.png"), "\(file)")
            #expect(Hostile.hasError(report, in: file, line: first + 2, "khong-co.md"), "\(file)")
        }
        #expect(Hostile.hasError(report, in: "articles/ngay.md", line: 3, "date"))
        #expect(Hostile.hasError(report, in: "pages/khong-tieu-de.md", "title"))
    }
}
