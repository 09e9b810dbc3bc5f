import CBulletinSystem
import Foundation
import Testing

@testable import BulletinCore

@Suite("Markdown")
struct MarkdownTests {
    @Test("raw HTML and javascript: links are dropped by default")
    func safeMode() {
        let result = convertMarkdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"y\">b</b>\n")
        #expect(!result.shown.contains("<script"))
        #expect(!result.shown.contains("onclick"))
        #expect(!result.shown.contains("javascript:"))
    }

    @Test("unsafe_html lets raw HTML through")
    func unsafeMode() {
        let result = convertMarkdown("<div class=\"note\">Ghi chú</div>\n", unsafe: true)
        #expect(result.shown.contains("<div class=\"note\">Ghi chú</div>"))
    }

    @Test("links to Markdown files become placeholders with their source line")
    func contentLinks() {
        let result = convertMarkdown("Dòng một.\n\nXem [bài khác](../../2022/12/khac.md#phan-2) và [trang](/pages/gioi-thieu.md).\n")
        #expect(result.links.count == 2)
        #expect(result.links[0].target == "articles/2022/12/khac.md")
        #expect(result.links[0].suffix == "#phan-2")
        #expect(result.links[0].location.line == 7)
        #expect(result.links[1].target == "pages/gioi-thieu.md")
        let filled = LinkPlaceholders.fillLinks(result.shown, with: ["/bantin/tin-tuc/khac/#phan-2", "/bantin/gioi-thieu/"])
        #expect(filled.contains("href=\"/bantin/tin-tuc/khac/#phan-2\""))
        #expect(filled.contains("href=\"/bantin/gioi-thieu/\""))
    }

    @Test("media addresses resolve against the file or the content root, under the base path")
    func assets() {
        let result = convertMarkdown("![Ảnh](/media/anh.png)\n\n![Ảnh 2](<../../../media/anh 2.png>)\n\n[Tải](/media/van-ban/qd.pdf)\n")
        #expect(result.assets.map(\.path) == ["media/anh.png", "media/anh 2.png", "media/van-ban/qd.pdf"])
        #expect(result.shown.contains("src=\"/bantin/media/anh.png\""))
        #expect(result.shown.contains("src=\"/bantin/media/anh%202.png\""))
        #expect(result.shown.contains("href=\"/bantin/media/van-ban/qd.pdf\""))
    }

    @Test("an address that climbs out of the content folder is an error")
    func climbing() {
        let result = convertMarkdown("[x](../../../../../etc/passwd)\n")
        #expect(result.problems.contains { $0.message.contains("outside the content folder") && $0.location?.line == 5 })
    }

    @Test("paths join onto the file's folder: '.' stays, '..' climbs, empty segments go")
    func pathsNormalise() {
        let cases: [(path: String, folder: Substring, expected: String?)] = [
            ("b.md", "articles/2023", "articles/2023/b.md"),
            ("./b.md", "articles/2023", "articles/2023/b.md"),
            ("../2022/./b.md", "articles/2023", "articles/2022/b.md"),
            ("..//..//media//a.png", "articles/2023", "media/a.png"),
            ("../../../a.png", "articles/2023", nil),
            ("a/../../b", "", nil),
            ("chi-so/", "", "chi-so"),
            ("..", "articles", ""),
            ("ảnh/đẹp.png", "articles", "articles/ảnh/đẹp.png"),
        ]
        for c in cases { #expect(Reference.normalise(c.path, under: c.folder) == c.expected, "\(c.path)") }
        #expect(Reference.folder(of: "articles/2023/01/a.md") == "articles/2023/01")
        #expect(Reference.folder(of: "a.md") == "")
    }

    @Test("links to generated pages and other sites")
    func siteAndExternal() {
        let result = convertMarkdown("[Chỉ số](/chi-so/) [DVC](https://dichvucong.gov.vn/) [mail](mailto:a@b.vn) [top](#dau)\n")
        #expect(result.siteLinks.map(\.path) == ["chi-so/"])
        #expect(result.shown.contains("href=\"/bantin/chi-so/\""))
        #expect(result.shown.contains("href=\"https://dichvucong.gov.vn/\""))
        #expect(result.shown.contains("href=\"mailto:a@b.vn\""))
        #expect(result.shown.contains("href=\"#dau\""))
    }

    @Test("an image followed by an emphasised line becomes a figure")
    func figure() {
        let result = convertMarkdown("![Hội nghị](/media/a.png)\n\n*Quang cảnh Hội nghị*\n\nĐoạn sau.\n")
        #expect(result.shown.contains("<figure>"))
        #expect(result.shown.contains("<figcaption>\nQuang cảnh Hội nghị\n</figcaption>"))
        #expect(!result.shown.contains("<em>Quang cảnh"))
        #expect(result.shown.contains("<p>Đoạn sau.</p>"))
    }

    @Test("an image without alt text is a warning with its line")
    func altText() {
        let result = convertMarkdown("Đoạn.\n\n![](/media/a.png)\n")
        #expect(
            result.problems.contains { $0.severity == .warning && $0.message.hasPrefix("image without alt text") && $0.location?.line == 7 }
        )
    }

    @Test("first paragraph and plain text for leads and search")
    func text() {
        let result = convertMarkdown("![Ảnh](/media/a.png)\n\nĐoạn **đầu** tiên\nxuống dòng.\n\n## Mục\n\nĐoạn hai.\n")
        #expect(result.firstParagraph == "Đoạn đầu tiên xuống dòng.")
        #expect(result.plainText.contains("Đoạn đầu tiên xuống dòng. Mục Đoạn hai."))
    }

    @Test("shortcodes on their own line become markers; syntax errors are located")
    func shortcodes() {
        let body =
            "Đoạn.\n\n{{< score-table index=\"par-index\" year=\"2022\" >}}\n\n{{< score-chart index= >}}\n\n```\n{{< not-a-call >}}\n```\n"
        let result = convertMarkdown(body)
        #expect(result.shortcodes.count == 1)
        #expect(result.shortcodes[0].name == "score-table")
        #expect(result.shortcodes[0].argument("year") == "2022")
        #expect(result.shortcodes[0].location.line == 7)
        // Left to validation, which knows the shortcodes there are (an unknown name is said first).
        #expect(
            result.unreadShortcodes.contains {
                $0.location.line == 9 && $0.message.text(in: .english).contains("double quotes") && $0.name == "score-chart"
            })
        #expect(result.shown.contains(LinkPlaceholders.shortcodeMarker(0)))
        #expect(result.shown.contains("{{&lt; not-a-call &gt;}}"))
        let filled = LinkPlaceholders.fillShortcodes(result.shown, with: ["<table></table>"])
        #expect(filled.contains("<table></table>"))
    }

    @Test("a shortcode inside a paragraph is an error")
    func shortcodeInParagraph() {
        let result = convertMarkdown("Chữ trước\n{{< score-table index=\"x\" >}}\nchữ sau\n")
        #expect(result.problems.contains { $0.message.contains("line of its own") })
    }

    @Test("deeply nested Markdown is an error, not a crash (HostileMarkdownTests has every shape)")
    func deepNesting() {
        let quotes = String(repeating: ">", count: 10_000) + " sâu\n"
        let lists = (0..<2_000).map { String(repeating: "  ", count: $0) + "- mục" }.joined(separator: "\n")
        let emphasis = String(repeating: "*", count: 10_000) + "x" + String(repeating: "*", count: 10_000)
        for body in [quotes, lists, emphasis] {
            let result = convertMarkdown(body)
            #expect(result.problems.contains { $0.severity == .error && $0.message.contains("nested more than") })
        }
        #expect(convertMarkdown(String(repeating: ">", count: 20) + " vừa phải\n").html.contains("vừa phải"))
    }

    @Test("a Markdown file is a name longer than .md ending in it, in any case, as a String or as bytes")
    func markdownNames() {
        let cases: [(String, Bool)] = [
            ("a.md", true), ("a.MD", true), ("bài-viết.Md", true), ("articles/2023/a.md", true), (".md", false),
            ("md", false), ("a.mdx", false), ("a.m", false), ("a\u{0E}md", false), ("a.md/", false),
        ]
        for (name, expected) in cases {
            #expect(ContentTree.isMarkdown(name) == expected, "\(name)")
            #expect(ContentTree.isMarkdown(bytes: Array(name.utf8)[...]) == expected, "\(name)")
        }
    }

    @Test("cmark's arena keeps what is written through reallocation, zeroes what calloc gives, and starts over on reset")
    func arena() throws {
        for _ in 0..<2 {
            let first = try #require(bulletin_arena_calloc(4, 8)?.assumingMemoryBound(to: UInt8.self))
            #expect((0..<32).allSatisfy { first[$0] == 0 })
            for i in 0..<32 { first[i] = UInt8(i) }
            // The last allocation grows in place; an earlier one moves, with its bytes.
            let grown = try #require(bulletin_arena_realloc(first, 4096)?.assumingMemoryBound(to: UInt8.self))
            #expect((0..<32).allSatisfy { grown[$0] == UInt8($0) })
            let big = try #require(bulletin_arena_calloc(3, 1 << 20)?.assumingMemoryBound(to: UInt8.self))
            #expect(big[0] == 0 && big[(3 << 20) - 1] == 0)
            let moved = try #require(bulletin_arena_realloc(grown, 8 << 20)?.assumingMemoryBound(to: UInt8.self))
            #expect((0..<32).allSatisfy { moved[$0] == UInt8($0) })
            bulletin_arena_free(moved)
            bulletin_arena_reset()
        }
    }
}
