import Foundation
import Testing

@testable import BulletinCore

/// Titles, slugs, categories, tags and addresses that are too long, empty, clashing or that try
/// to lead the output out of its folder.
@Suite("Hostile input: names and addresses", .timeLimit(.minutes(2)))
struct HostileNamesTests {
    @Test("a title of 2,000 characters is an error; one of 300 builds, with a bounded slug")
    func longTitles() throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/dai.md", Hostile.article(title: String(repeating: "Tiêu đề rất dài ", count: 125)))
            try site.write("pages/dai.md", "---\ntitle: " + String(repeating: "Trang ", count: 400) + "\n---\nx\n")
        }
        #expect(Hostile.hasError(report, in: "articles/dai.md", line: 2, "'title' is 1,999 characters long, more than the 300 allowed"))
        #expect(Hostile.hasError(report, in: "pages/dai.md", line: 2, "more than the 300 allowed"))

        let title = String(String(repeating: "Hội nghị tổng kết ", count: 20).prefix(300))
        try Hostile.passingBuild { site in
            try site.write("articles/vua.md", Hostile.article(title: "\"\(title)\""))
        } check: { site, _ in
            let folders = try FileManager.default.contentsOfDirectory(atPath: site.output + "/tin-tuc")
            let slug = try #require(folders.first { $0.hasPrefix("hoi-nghi-tong-ket") })
            #expect(slug.utf8.count <= Slug.maximumLength)
        }
    }

    @Test(
        "titles that give no address ask for a slug",
        arguments: ["\"???\"", "\"!!! ... ---\"", "\"🎉🎉🎉\"", "\"新闻公告\"", "\"Новости\"", "\"'\""])
    func titlesWithoutSlug(title: String) throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/rong.md", Hostile.article(title: title))
        }
        #expect(Hostile.hasError(report, in: "articles/rong.md", line: 2, "the title has no letters or digits to make an address from"))
    }

    @Test("duplicate addresses name both files: titles, slug against title, pages by file name")
    func duplicates() throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/a.md", Hostile.article(title: "Thông báo"))
            try site.write("articles/b.md", Hostile.article(title: "THÔNG BÁO!"))
            try site.write("articles/c.md", Hostile.article(title: "Khác", extra: "slug: thong-bao\n"))
            try site.write("pages/Giới thiệu.md", "---\ntitle: Trùng\n---\nx\n")
            try site.write("pages/tin-tuc.md", "---\ntitle: Trùng với bộ sinh\n---\nx\n")
        }
        let clashes = report.errors.filter { $0.message.contains("two articles would have the same address /tin-tuc/thong-bao/") }
        #expect(clashes.count == 2)
        #expect(clashes.allSatisfy { $0.message.contains("articles/a.md") })
        #expect(report.errors.contains { $0.message.contains("two pages would have the same address /gioi-thieu/") })
        #expect(Hostile.hasError(report, in: "pages/tin-tuc.md", "the address /tin-tuc/ is used by the generator"))
    }

    @Test(
        "a slug: that tries to climb out, or is not a slug, is refused",
        arguments: [
            "../../etc", "/etc/passwd", "a/b", "..", ".", "\"%2e%2e\"", "\"a\\u0000b\"", "\"tin tuc\"", "Tin-Tuc", "-a", "a--b",
            String(repeating: "a", count: 81), "\"\\u2024\\u2024\"", "\"trang/..\"",
        ])
    func slugs(slug: String) throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/a.md", Hostile.article(extra: "slug: \(slug)\n"))
            try site.write("pages/b.md", "---\ntitle: B\nslug: \(slug)\n---\nx\n")
        }
        #expect(Hostile.hasError(report, in: "articles/a.md", line: 4, "'slug' may only hold lower-case letters"))
        #expect(Hostile.hasError(report, in: "pages/b.md", line: 3, "'slug' may only hold lower-case letters"))
    }

    @Test(
        "categories and tags with '/', '\\' or only dots are refused",
        arguments: ["../../etc", "a/b", "Tin tức\\\\Sự kiện", "..", "/", "./."])
    func terms(name: String) throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/a.md", Hostile.article(title: "A", extra: "category: \"\(name)\"\n"))
            try site.write("articles/b.md", Hostile.article(title: "B", extra: "tags: [ok, \"\(name)\"]\n"))
        }
        #expect(Hostile.hasError(report, in: "articles/a.md", line: 4, "the category"))
        #expect(Hostile.hasError(report, in: "articles/b.md", line: 4, "the tag"))
    }

    @Test("links and images that climb out of the content folder, plain or percent-encoded")
    func climbingLinks() throws {
        let report = try Hostile.failingBuild { site in
            try site.write(
                "articles/a.md",
                Hostile.article(
                    extra: "image: ../../../../etc/passwd\nimage_alt: x\n",
                    body: "[a](../../../../etc/passwd) ![b](../../../etc/x.png) [c](/../../x.md) [d](%2e%2e/%2e%2e/%2e%2e/etc/shadow.md)\n"
                ))
        }
        #expect(Hostile.hasError(report, in: "articles/a.md", line: 4, "'image': the address \"../../../../etc/passwd\" points outside"))
        for column in [1, 29, 54, 71] {
            #expect(
                report.errorLines.contains { $0.contains("articles/a.md:7:\(column): error: the address") && $0.contains("points outside") }
            )
        }
        #expect(report.errors.filter { $0.message.contains("points outside the content folder") }.count == 5)
    }

    @Test(
        "an image: that is not a file under media/ or a web address",
        arguments: [
            "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "JaVaScRiPt:alert(1)",
        ])
    func imageSchemes(image: String) throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/a.md", Hostile.article(extra: "image: \"\(image)\"\nimage_alt: x\n"))
        }
        #expect(Hostile.hasError(report, in: "articles/a.md", line: 4, "'image' must be an image file"))
    }

    @Test("media files with quotes, brackets and spaces in their names are published under escaped addresses")
    func oddMediaNames() throws {
        let name = "a b\"<>'&.svg"
        try Hostile.passingBuild { site in
            try site.writeBytes("media/\(name)", Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
            try site.write("articles/a.md", Hostile.article(title: "Ảnh lạ", body: "![ảnh](/media/a%20b%22%3C%3E'&.svg)\n"))
        } check: { site, _ in
            #expect(site.exists("media/\(name)"))
            let page = try site.page("tin-tuc/anh-la/index.html")
            #expect(page.contains("src=\"/bantin/media/a%20b%22%3C%3E%27%26.svg\""))
        }
    }

    @Test("whatever the names, nothing is written outside the output folder")
    func staysInside() throws {
        try Hostile.passingBuild { site in
            try site.write(
                "articles/a.md", Hostile.article(title: "\"../../../x\"", extra: "category: \"..x..\"\ntags: [\"..\\u2215etc\"]\n"))
            try site.write("pages/..hidden.md", "---\ntitle: Ẩn\n---\nx\n")
            try site.write("pages/...md", "---\ntitle: Chấm\n---\nx\n")
        } check: { site, _ in
            let entries = Set(try FileManager.default.contentsOfDirectory(atPath: site.root.path))
            #expect(entries == ["content", "templates", "public"])
            #expect(site.exists("tin-tuc/x/index.html"))
            #expect(site.exists("chuyen-muc/x/index.html"))
        }
    }
}
