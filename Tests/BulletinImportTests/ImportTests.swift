import BulletinCore
import Foundation
import Testing

@testable import BulletinImport

/// `bulletin import` on a small Jekyll site and a small Hugo site written for these tests: front
/// matter of every kind, permalinks, images, Liquid tags and shortcodes. The imported content
/// must build with the default theme without an error.
@Suite("Import from Jekyll and Hugo")
struct ImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Imports `kind`'s fixture into a fresh folder; returns the content folder and the report.
    static func imported(_ kind: ImportKind) -> (content: URL, report: ImportReport) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-import-\(UUID().uuidString)")
        let content = root.appendingPathComponent("content")
        let report = SiteImporter.run(
            SiteImporter.Request(kind: kind, source: fixtures.appendingPathComponent(kind.rawValue).path, destination: content.path))
        return (content, report)
    }

    static func read(_ content: URL, _ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    static func build(_ content: URL) -> BuildReport {
        let request = BuildRequest(
            contentPath: content.path, templatesPath: repository.appendingPathComponent("templates").path,
            outputPath: content.deletingLastPathComponent().appendingPathComponent("public").path)
        return Builder(request: request).run()
    }

    @Test("Jekyll: front matter mapped, date and slug from the file name, Liquid converted, old address kept")
    func jekyll() throws {
        let (content, report) = Self.imported(.jekyll)
        #expect(
            report.written.sorted() == [
                "articles/2020/05/hoi-nghi-so-ket.md", "articles/2021/01/ket-qua.md", "articles/2021/02/ke-hoach.md",
                "pages/gioi-thieu.md", "site.yaml",
            ])
        #expect(report.media == 2)
        let post = try Self.read(content, "articles/2020/05/hoi-nghi-so-ket.md")
        for line in [
            "date: 2020-05-14T10:30:00+07:00", "updated: 2020-05-20", "category: \"cai-cach\"", "tags: [\"su-kien\", \"cchc\", \"sipas\"]",
            "summary: \"Sơ kết sáu tháng đầu năm 2020.\"", "image: \"/media/assets/img/hoi-nghi.png\"",
            "image_alt: \"Quang cảnh hội nghị\"",
            "slug: hoi-nghi-so-ket", "aliases: [\"/cai-cach/su-kien/2020/05/14/hoi_nghi.so-ket.html\"]",
            "![Sơ đồ](/media/assets/img/so-do.png)",
            "Xem thêm [bài năm 2021](/articles/2021/01/ket-qua.md) và [ảnh gốc](/media/assets/img/hoi-nghi.png).",
            "  <img src=\"/media/assets/img/hoi-nghi.png\" alt=\"Đại biểu dự hội nghị\">", "```yaml",
        ] {
            #expect(post.contains(line + "\n"), "\(line)")
        }
        // A Liquid tag inside a code block is an example, left as written.
        #expect(post.contains("```liquid\n{% include giu-nguyen.html %}\n```"))
        #expect(!post.contains("layout:") && !post.contains("comments:"))
        let markdownPost = try Self.read(content, "articles/2021/01/ket-qua.md")
        #expect(markdownPost.contains("aliases: [\"/ket-qua-2020/\"]\n"))
        #expect(markdownPost.contains("Quay lại [bài sơ kết](/articles/2020/05/hoi-nghi-so-ket.md)."))
        #expect(try Self.read(content, "articles/2021/02/ke-hoach.md").contains("draft: true\n"))
        #expect(
            report.needsHand.contains {
                $0.file == "articles/2020/05/hoi-nghi-so-ket.md" && $0.what.text(in: .english).contains("{% include chia-se.html %}")
            }
        )
        #expect(report.skipped.map(\.file).sorted() == ["README.md", "index.md", "lien-he.md"], "an unpublished page is not published")
        // A file the import did not bring would be a build error: the link goes to the old site.
        #expect(markdownPost.contains("Theo dõi [tin mới](https://cchc.example.vn/blog/feed.xml)."))
        #expect(
            report.needsHand.contains {
                $0.what.text(in: .english).contains("/blog/feed.xml leads to nothing that was imported; it now goes to the old site")
            }
        )
        #expect(try Self.read(content, "site.yaml").contains("base_url: \"https://cchc.example.vn/blog/\""))

        let build = Self.build(content)
        #expect(build.errors.isEmpty, "\(build.errors.map(\.formatted))")
        let redirect = try String(
            contentsOf: content.deletingLastPathComponent().appendingPathComponent(
                "public/cai-cach/su-kien/2020/05/14/hoi_nghi.so-ket.html"),
            encoding: .utf8)
        #expect(redirect.contains("url=/blog/tin-tuc/hoi-nghi-so-ket/"))
    }

    @Test("Hugo: TOML and YAML front matter, permalinks, a bundle's images, shortcodes converted or kept as text")
    func hugo() throws {
        let (content, report) = Self.imported(.hugo)
        #expect(
            report.written.sorted() == [
                "articles/2022/04/tap-huan.md", "articles/2023/02/hop-bao-par.md", "pages/about.md", "pages/search-trang.md", "site.yaml",
            ])
        #expect(
            report.needsHand.contains {
                $0.file == "pages/search-trang.md" && $0.what.text(in: .english).contains("/search/ is an address Bulletin makes itself")
            })
        #expect(report.skipped.contains { $0.file == "content/nhap.md" && $0.why.text(in: .english).contains("unpublished page") })
        let toml = try Self.read(content, "articles/2022/04/tap-huan.md")
        for line in [
            "date: 2022-04-10T09:00:00+07:00", "updated: 2022-04-12", "category: \"Đào tạo\"", "tags: [\"Văn thư\", \"Lưu trữ\"]",
            "image: \"/media/images/logo.png\"", "aliases: [\"/2022/04/tap-huan/\", \"/tin/tap-huan-cu/\"]",
            "Lớp học kéo dài hai ngày. Xem [bài họp báo](/articles/2023/02/hop-bao-par.md).",
            "[Xem video trên YouTube](https://www.youtube.com/watch?v=w7Ft2ymGmfc)",
        ] {
            #expect(toml.contains(line + "\n"), "\(line)")
        }
        let bundle = try Self.read(content, "articles/2023/02/hop-bao-par.md")
        for line in [
            "image: \"/media/posts/hop-bao/anh.png\"", "image_alt: \"Họp báo\"", "author: \"Văn phòng Sở\"", "slug: hop-bao-par",
            "![Toàn cảnh họp báo](/media/posts/hop-bao/anh.png)", "*Buổi họp báo sáng 20/2*", "\\{{< tabs >}}",
            "Quay lại [bài tập huấn](/articles/2022/04/tap-huan.md).",
        ] {
            #expect(bundle.contains(line + "\n"), "\(line)")
        }
        #expect(bundle.contains("```\n{{< figure src=\"giu-nguyen.png\" >}}\n```"))
        // A shortcode over two lines is escaped, so the site builds, and listed.
        #expect(bundle.contains("\\{{< figure\n    src=\"anh.png\" >}}"))
        #expect(report.needsHand.contains { $0.what.text(in: .english).contains("goes on over several lines") })
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("media/posts/hop-bao/anh.png").path))
        #expect(report.needsHand.contains { $0.what.text(in: .english).contains("{{< tabs >}}") })
        #expect(report.skipped.contains { $0.file == "content/posts/_index.md" })
        let build = Self.build(content)
        #expect(build.errors.isEmpty, "\(build.errors.map(\.formatted))")
    }

    @Test("a second import overwrites nothing and says so")
    func neverOverwrites() throws {
        let (content, _) = Self.imported(.hugo)
        let edited = "---\ntitle: \"Sửa tay\"\n---\nĐã sửa.\n"
        try Data(edited.utf8).write(to: content.appendingPathComponent("pages/about.md"))
        let again = SiteImporter.run(
            SiteImporter.Request(kind: .hugo, source: Self.fixtures.appendingPathComponent("hugo").path, destination: content.path))
        #expect(again.written.isEmpty)
        #expect(
            again.skipped.filter { $0.why.text(in: .english).contains("already exists; nothing is overwritten") }.count == 6,
            "4 files and 2 media files")
        #expect(try Self.read(content, "pages/about.md") == edited)
    }

    @Test("the report says what was done and what needs a hand, in either language")
    func reportText() {
        let (_, report) = Self.imported(.jekyll)
        let english = report.text(in: .english).split(separator: "\n").map(String.init)
        #expect(english.first == "Wrote 3 articles, 1 pages and site.yaml; copied 2 media files.")
        #expect(english.contains("Needs a hand (\(report.needsHand.count)):"))
        #expect(english.contains("Skipped (3):"))
        #expect(english.contains("  README.md: no front matter: Jekyll does not publish it either"))
        let vietnamese = report.text(in: .vietnamese).split(separator: "\n").map(String.init)
        #expect(vietnamese.first == "Đã ghi 3 bài viết, 1 trang và site.yaml; đã chép 2 tệp đa phương tiện.")
        #expect(vietnamese.contains("Cần sửa tay (\(report.needsHand.count)):"))
        #expect(vietnamese.contains("Bỏ qua (3):"))
        #expect(vietnamese.contains("  README.md: không có phần đầu (front matter): Jekyll cũng không xuất bản tệp này"))
    }

    @Test("dates as Jekyll and Hugo write them")
    func dates() {
        #expect(DateText.normalized("2020-05-14 10:30:00 +0700") == "2020-05-14T10:30:00+07:00")
        #expect(DateText.normalized("2020-5-4") == "2020-05-04")
        #expect(DateText.normalized("2020-05-14T10:30:00Z") == "2020-05-14T10:30:00+00:00")
        #expect(DateText.normalized("2020-05-14 10:30") == "2020-05-14T10:30:00+07:00")
        #expect(DateText.normalized("14/05/2020") == nil)
        #expect(DateText.fromFileName("2020-05-14-hoi_nghi.so-ket")?.rest == "hoi_nghi.so-ket")
    }
}
