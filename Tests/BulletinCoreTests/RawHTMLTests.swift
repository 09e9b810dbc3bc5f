import Testing

@testable import BulletinCore

/// Raw HTML where `unsafe_html` is off: dropped as cmark drops it, with a warning at its line;
/// its images kept as Markdown images, a figure's caption with them.
@Suite("Raw HTML in safe mode")
struct RawHTMLTests {
    @Test("a figure moved from a blog keeps its image, alt text, title and caption")
    func figure() {
        let body = """
            Đoạn đầu.

            <figure class="wp-block-image">
              <img src="/media/a.png" alt="Hội nghị &amp; tập huấn" title='Ảnh: Sở Nội vụ'>
              <figcaption>Quang cảnh <em>hội nghị</em>
              ngày 12/01/2023</figcaption>
            </figure>

            """
        let result = convertMarkdown(body)
        #expect(result.assets.map(\.path) == ["media/a.png"])
        #expect(result.assets.first?.location.line == 8)
        #expect(result.assets.first?.location.column == 3)
        #expect(
            result.shown.contains(
                "<figure>\n<img loading=\"lazy\" src=\"/bantin/media/a.png\" alt=\"Hội nghị &amp; tập huấn\" title=\"Ảnh: Sở Nội vụ\" />\n<figcaption>\nQuang cảnh hội nghị ngày 12/01/2023\n</figcaption>\n</figure>\n"
            ), "\(result.shown.debugDescription)")
        let warnings = result.problems.filter { $0.message.contains("kept as a Markdown image") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 7)
        #expect(warnings.first?.severity == .warning)
    }

    @Test("an inline <img> becomes an image in its place; other inline tags get one warning per paragraph")
    func inline() {
        let result = convertMarkdown("Chữ <span>đỏ</span> và <img src=\"https://x.vn/a.png\" alt=\"b\"> cuối<br>\n")
        #expect(
            result.shown
                == "<p>Chữ <!-- raw HTML omitted -->đỏ<!-- raw HTML omitted --> và <img loading=\"lazy\" src=\"https://x.vn/a.png\" alt=\"b\" /> cuối<!-- raw HTML omitted --></p>\n"
        )
        #expect(result.problems.filter { $0.message.contains("(<span>) is removed from this paragraph") }.count == 1)
        #expect(result.problems.filter { $0.message.contains("kept as a Markdown image") }.count == 1)
        #expect(result.problems.allSatisfy { $0.location?.line == 5 })
    }

    @Test("a block without an image is removed with a warning; comments and unsafe_html say nothing")
    func blocks() {
        let result = convertMarkdown("<div class=\"x\">\nchữ\n</div>\n\n<!-- ghi chú -->\n")
        #expect(result.shown == MarkdownConverter.cmarkOnly("<div class=\"x\">\nchữ\n</div>\n\n<!-- ghi chú -->\n", unsafeHTML: false))
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.contains("this block is removed") == true)
        #expect(result.problems.first?.location?.line == 5)
        let unsafe = convertMarkdown("<div>\n<img src=\"https://x.vn/a.png\">\n</div>\n", unsafe: true)
        #expect(unsafe.problems.isEmpty)
        #expect(unsafe.html == "<div>\n<img src=\"https://x.vn/a.png\">\n</div>\n")
    }

    @Test("an <img> address is checked like a Markdown image's")
    func checked() {
        let result = convertMarkdown("<p><img src=\"javascript:alert(1)\" alt=\"x\"><img src=\"khong-co.md\" alt=\"y\"></p>\n")
        #expect(result.problems.contains { $0.severity == .warning && $0.message.contains("javascript:") })
        #expect(result.problems.contains { $0.severity == .error && $0.message.contains("an image cannot show a Markdown file") })
        #expect(!result.shown.contains("javascript"))
    }
}
