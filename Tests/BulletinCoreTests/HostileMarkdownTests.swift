import Foundation
import Testing

@testable import BulletinCore

/// Markdown bodies built to exhaust the parser, the tree walk or the renderer.
@Suite("Hostile input: Markdown", .timeLimit(.minutes(2)))
struct HostileMarkdownTests {
    static let n = 10_000

    /// Every shape that nests: block quotes, unordered and ordered lists, emphasis with each
    /// marker, images inside image descriptions, and a mix of quotes and lists.
    static let nestedShapes: [(name: String, body: String)] = [
        ("quotes", String(repeating: ">", count: n) + " sâu\n"),
        ("quotes-spaced", String(repeating: "> ", count: n) + "sâu\n"),
        ("lists", String(repeating: "- ", count: n) + "mục\n"),
        ("ordered", String(repeating: "1. ", count: n) + "mục\n"),
        ("indented-lists", (0..<300).map { String(repeating: "  ", count: $0) + "- mục" }.joined(separator: "\n") + "\n"),
        ("stars", String(repeating: "*", count: n) + "x" + String(repeating: "*", count: n) + "\n"),
        ("emphasis", String(repeating: "*a ", count: n) + "x" + String(repeating: " b*", count: n) + "\n"),
        ("underscores", String(repeating: "_a ", count: n) + "x" + String(repeating: " b_", count: n) + "\n"),
        ("strong", String(repeating: "**a ", count: n) + "x" + String(repeating: " b**", count: n) + "\n"),
        ("images", String(repeating: "![", count: n) + "x" + String(repeating: "](/media/anh.svg)", count: n) + "\n"),
        ("quotes-and-lists", String(repeating: "> - ", count: n) + "x\n"),
    ]

    @Test("nesting 10,000 levels deep is an error at its line, in every shape", arguments: nestedShapes.map(\.name))
    func nested(shape: String) throws {
        let body = try #require(Self.nestedShapes.first { $0.name == shape }).body
        let report = try Hostile.failingBuild { site in
            try site.write("articles/sau.md", Hostile.article(body: body))
        }
        // Indented lists nest one list and one item per line: item 50 is level 101 (line 5 + 49).
        let line = shape == "indented-lists" ? 54 : 5
        #expect(Hostile.hasError(report, in: "articles/sau.md", line: line, "nested more than 100 levels deep"))
        #expect(report.errors.count == 1, "one message per file, not one per level")
    }

    @Test("the same shapes nested a few levels build as usual")
    func shallow() throws {
        try Hostile.passingBuild { site in
            try site.write(
                "articles/vua.md",
                Hostile.article(
                    title: "Vừa phải",
                    body: "> > > - - 1. *a **b _c_** d* ![ảnh ![nhỏ](/media/anh.svg)](/media/anh.svg)\n"))
        } check: { site, _ in
            let page = try site.page("tin-tuc/vua-phai/index.html")
            #expect(page.contains("<blockquote>") && page.contains("<strong>b <em>c</em></strong>"))
        }
    }

    /// Brackets and links cannot nest in CommonMark (the innermost link wins; unmatched brackets
    /// are text), so these build: the point is that they end, quickly, with the text intact.
    @Test("10,000 brackets, unmatched or around one link, build without a hang")
    func brackets() throws {
        let n = Self.n
        try Hostile.passingBuild { site in
            try site.write("articles/mo.md", Hostile.article(title: "Mở", body: String(repeating: "[", count: n) + "x\n"))
            try site.write(
                "articles/dong.md",
                Hostile.article(title: "Đóng", body: String(repeating: "[", count: n) + "x" + String(repeating: "]", count: n) + "\n"))
            try site.write(
                "articles/lien-ket.md",
                Hostile.article(
                    title: "Liên kết",
                    body: String(repeating: "[", count: n) + "x" + String(repeating: "](/media/anh.svg)", count: n) + "\n"))
        } check: { site, _ in
            let open = try site.page("tin-tuc/mo/index.html")
            let link = try site.page("tin-tuc/lien-ket/index.html")
            #expect(open.contains(String(repeating: "[", count: n) + "x"))
            #expect(link.contains("<a href=\"/bantin/media/anh.svg\">x</a>"))
        }
    }

    @Test("20,000 images on one line: each located by character column, in linear time")
    func manyImagesOnOneLine() throws {
        let image = "![ảnh](/media/khong-co.svg)"
        let report = try Hostile.failingBuild { site in
            try site.write("articles/anh.md", Hostile.article(body: String(repeating: image, count: 20_000) + "\n"))
        }
        let missing = report.errors.filter { $0.message.contains("khong-co.svg does not exist") }
        #expect(missing.count == 20_000)
        // "![ảnh](/media/khong-co.svg)" is 27 characters; the last image starts after 19,999 of them.
        #expect(missing.contains { $0.location?.line == 5 && $0.location?.column == 19_999 * 27 + 1 })
    }

    @Test("raw HTML nested 10,000 deep is dropped in safe mode")
    func rawHTML() throws {
        try Hostile.passingBuild { site in
            try site.write(
                "articles/html.md",
                Hostile.article(
                    title: "HTML", body: String(repeating: "<div>", count: Self.n) + "<script>alert(1)</script>\n\nchữ\n"))
        } check: { site, _ in
            let page = try site.page("tin-tuc/html/index.html")
            #expect(!page.contains("<div><div>") && !page.contains("<script>alert(1)"))
            #expect(page.contains("chữ"))
        }
    }

    @Test("shortcodes: a 100,000-character name, 5,000 calls, broken syntax")
    func shortcodes() throws {
        let report = try Hostile.failingBuild { site in
            try site.write(
                "articles/dai.md", Hostile.article(title: "Dài", body: "{{< " + String(repeating: "a", count: 100_000) + " >}}\n"))
            try site.write(
                "articles/nhieu.md",
                Hostile.article(title: "Nhiều", body: Array(repeating: "{{< x a=\"1\" >}}", count: 5_000).joined(separator: "\n\n")))
            try site.write(
                "articles/hong.md",
                Hostile.article(
                    title: "Hỏng",
                    body:
                        "{{< score-table a=\"\\\" >}}\n\n{{<>}}\n\n{{< score-table a= >}}\n\n{{< score-table a=\"1\" a=\"2\" >}}\n\n{{< x\n"
                )
            )
            // Shortcodes of another generator: the unknown name is what to say first.
            try site.write(
                "articles/hugo.md",
                Hostile.article(
                    title: "Hugo", body: "{{< youtube w7Ft2ymGmfc >}}\n\n{{< /code-toggle >}}\n\n{{< score-tabel year=2022 >}}\n"))
        }
        #expect(Hostile.hasError(report, in: "articles/hugo.md", line: 5, "unknown shortcode 'youtube'; known shortcodes: score-chart"))
        #expect(Hostile.hasError(report, in: "articles/hugo.md", line: 7, "unknown shortcode 'code-toggle'"))
        #expect(Hostile.hasError(report, in: "articles/hugo.md", line: 9, "unknown shortcode 'score-tabel' (did you mean 'score-table'?)"))
        #expect(Hostile.hasError(report, in: "articles/dai.md", line: 5, "unknown shortcode 'aaaa"))
        #expect(report.errors.filter { $0.location?.file.hasSuffix("articles/nhieu.md") == true }.count == 5_000)
        #expect(Hostile.hasError(report, in: "articles/hong.md", line: 7, "needs a name after {{<"))
        #expect(Hostile.hasError(report, in: "articles/hong.md", line: 9, "needs a value in double quotes"))
        #expect(Hostile.hasError(report, in: "articles/hong.md", line: 11, "is given twice"))
        #expect(Hostile.hasError(report, in: "articles/hong.md", line: 13, "must close on the same line"))
    }

    @Test("script and file schemes are removed with a warning; other unusual schemes are kept with one")
    func refusedSchemes() throws {
        let body =
            "[x](javascript:alert(1)) [y](bulletin-link:0) [z](C:\\Users\\a.docx) [m](mailto:a@b.vn)\n\n[trong](2022/12/ket-qua.md)\n"
        try Hostile.passingBuild { site in
            try site.write("articles/a.md", Hostile.article(title: "Lược đồ", body: body))
        } check: { site, report in
            let page = try site.page("tin-tuc/luoc-do/index.html")
            #expect(page.contains("<a href=\"\">x</a>"))
            // Kept as cmark writes them (and no marker: those are made by the Markdown stage's nodes).
            #expect(page.contains("<a href=\"bulletin-link:0\">y</a>"))
            #expect(page.contains("<a href=\"C:%5CUsers%5Ca.docx\">z</a>"))
            #expect(page.contains("<a href=\"mailto:a@b.vn\">m</a>"))
            #expect(page.contains("<a href=\"/bantin/tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/\">trong</a>"))
            let inFile = report.warnings.filter { $0.location?.file.hasSuffix("articles/a.md") == true }
            let refused = inFile.filter { $0.message.contains("which a page may not link to") }
            #expect(refused.map { $0.location?.column ?? 0 } == [1])
            let unusual = inFile.filter { $0.message.contains("is not a web, mail or phone address") }
            #expect(unusual.map { $0.location?.column ?? 0 } == [26, 47])
        }
    }

    @Test("control characters and an unclosed code fence are text, not a failure")
    func oddText() throws {
        try Hostile.passingBuild { site in
            try site.write("articles/la.md", Hostile.article(title: "Lạ", body: "a\u{1}\u{7}\u{1B}[31m\u{B}\u{C}b\n\n```\n{{< x >}}\n"))
        } check: { site, _ in
            let page = try site.page("tin-tuc/la/index.html")
            #expect(page.contains("{{&lt; x &gt;}}"))
        }
    }
}
