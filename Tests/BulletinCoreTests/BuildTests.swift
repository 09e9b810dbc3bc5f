import Foundation
import Testing

@testable import BulletinCore

/// Golden tests: build the `basic` fixture site and check the pages readers see.
@Suite("Building a site")
struct BuildTests {
    @Test("the fixture site builds with the expected pages")
    func pages() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(report.errorLines)")
        #expect(report.errors.isEmpty)
        for path in [
            "index.html", "404.html", "gioi-thieu/index.html", "tin-tuc/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022/index.html",
            "tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/index.html", "chuyen-muc/cai-cach-hanh-chinh/index.html",
            "chuyen-muc/thanh-nien/index.html", "the/cchc/index.html", "the/index.html", "chuyen-muc/index.html",
            "luu-tru/index.html", "luu-tru/2022/index.html", "luu-tru/2022/12/index.html", "luu-tru/2023/01/index.html",
            "media/anh.svg",
        ] {
            #expect(site.exists(path), "\(path)")
        }
        #expect(!site.exists("tin-tuc/ban-nhap-chua-dang/index.html"), "drafts are left out")
        #expect(site.leftovers().isEmpty)
    }

    @Test("an article page shows the formatted values")
    func article() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let html = try site.page("tin-tuc/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022/index.html")
        #expect(html.contains("<p class=\"date\">Thứ Năm, 12/01/2023</p>"))
        #expect(html.contains("Lượt xem: 1.370"))
        #expect(html.contains("Tác giả: Khúc Thị Thu Hằng"))
        #expect(html.contains("<img src=\"/bantin/media/anh.svg\" alt=\"Quang cảnh hội nghị\">"))
        #expect(html.contains("<figcaption>\nĐồng chí Chủ tịch UBND tỉnh phát biểu tại Hội nghị\n</figcaption>"))
        #expect(html.contains("href=\"/bantin/tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/#so-lieu\""))
        #expect(html.contains("<a href=\"/bantin/the/cchc/\">CCHC</a>"))
        #expect(html.contains("aria-current=\"page\">Cải cách hành chính</a>"), "the article's section is marked in the menu")
        #expect(html.contains("<ul class=\"related\"><li><a href=\"/bantin/tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/\">"))
        #expect(!html.contains("<script>alert"), "raw HTML is dropped")
        #expect(!html.contains("javascript:"))
        #expect(
            html.contains(
                "<link rel=\"canonical\" href=\"https://example.gov.vn/bantin/tin-tuc/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022/\">"
            ))
        // No summary given: the lead is not repeated above the body.
        #expect(html.contains("<p class=\"lead\"></p>"))
        let other = try site.page("tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/index.html")
        #expect(other.contains("<p class=\"lead\">Tóm tắt do biên tập viên viết.</p>"))
        #expect(other.contains("Thứ Hai, 05/12/2022"))
    }

    @Test("every link and image address stays under the base path")
    func subPath() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        for (path, data) in site.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for attribute in ["href=\"/", "src=\""] {
                for offset in ByteSearch.offsets(of: attribute, in: html) {
                    let value = html.utf8.dropFirst(offset + attribute.utf8.count).prefix(8)
                    let text = String(decoding: value, as: UTF8.self)
                    if attribute == "href=\"/" {
                        #expect(text.hasPrefix("bantin/"), "\(path): href=\"/\(text)")
                    } else {
                        #expect(text.hasPrefix("/bantin/"), "\(path): src=\"\(text)")
                    }
                }
            }
        }
    }

    @Test("--base-url moves the whole site to another address")
    func baseURLOverride() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build(baseURL: "http://127.0.0.1:8000/").succeeded)
        let html = try site.page("index.html")
        #expect(html.contains("href=\"/gioi-thieu/\""))
        #expect(!html.contains("/bantin/"))
    }

    @Test("lists are paginated by page_size, newest first")
    func pagination() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        for day in 1...3 {
            try site.write(
                "articles/2023/02/tin-\(day).md",
                "---\ntitle: \"Tin số \(day)\"\ndate: 2023-02-0\(day)\ncategory: Cải cách hành chính\n---\nNội dung \(day).\n")
        }
        #expect(site.build().succeeded)
        let first = try site.page("chuyen-muc/cai-cach-hanh-chinh/index.html")
        let second = try site.page("chuyen-muc/cai-cach-hanh-chinh/trang/2/index.html")
        let third = try site.page("chuyen-muc/cai-cach-hanh-chinh/trang/3/index.html")
        #expect(first.contains("Tin số 3") && first.contains("Tin số 2"))
        #expect(first.contains("rel=\"next\" href=\"/bantin/chuyen-muc/cai-cach-hanh-chinh/trang/2/\""))
        #expect(second.contains("Tin số 1") && second.contains("Hội nghị tổng kết"))
        #expect(second.contains("rel=\"prev\" href=\"/bantin/chuyen-muc/cai-cach-hanh-chinh/\""))
        #expect(third.contains("Đánh giá kết quả"))
        #expect(!site.exists("chuyen-muc/cai-cach-hanh-chinh/trang/4/index.html"))
    }

    @Test("drafts and future articles only when asked")
    func draftsAndFuture() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("articles/2099/01/sau.md", "---\ntitle: \"Hẹn giờ đăng\"\ndate: 2099-01-01\n---\nSau này.\n")
        #expect(site.build().succeeded)
        #expect(!site.exists("tin-tuc/hen-gio-dang/index.html"))
        #expect(!site.exists("tin-tuc/ban-nhap-chua-dang/index.html"))
        #expect(site.build(options: BuildOptions(includeDrafts: true, includeFuture: true)).succeeded)
        #expect(site.exists("tin-tuc/hen-gio-dang/index.html"))
        #expect(site.exists("tin-tuc/ban-nhap-chua-dang/index.html"))
    }

    @Test("a page's address comes from its file name, whatever the case of .md")
    func pageFileNames() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/Lien-He.MD", "---\ntitle: Liên hệ\n---\nĐịa chỉ.\n")
        try site.write("pages/so-tay.md-cu.md", "---\ntitle: Sổ tay\n---\nBản cũ.\n")
        #expect(site.build().succeeded)
        #expect(site.exists("lien-he/index.html"))
        #expect(site.exists("so-tay-md-cu/index.html"), "only the last .md is the extension")
    }

    @Test("a link from a page to a part of an article keeps its #fragment")
    func pageLinkFragment() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/huong-dan.md", "---\ntitle: Hướng dẫn\n---\nXem [mục 2](../articles/2023/01/hoi-nghi.md#muc-2).\n")
        #expect(site.build().succeeded)
        let page = try site.page("huong-dan/index.html")
        #expect(page.contains("/#muc-2\">mục 2</a>"), "\(page)")
    }

    @Test("names typed in NFD and NFC are one category, one address")
    func nfdInput() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let nfd = "Cải cách hành chính".decomposedStringWithCanonicalMapping
        try site.write("articles/2023/03/nfd.md", "---\ntitle: \"Bài gõ tổ hợp\"\ndate: 2023-03-01\ncategory: \(nfd)\n---\nNội dung.\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.warnings.allSatisfy { !$0.message.contains("written differently") })
        #expect(try site.page("chuyen-muc/cai-cach-hanh-chinh/index.html").contains("Bài gõ tổ hợp"))
    }

    @Test("a second build replaces the first completely")
    func rebuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        try site.remove("articles/2022/12/thanh-nien.md")
        #expect(site.build().succeeded)
        #expect(!site.exists("tin-tuc/doan-thanh-nien-ra-quan-tinh-nguyen/index.html"))
        #expect(!site.exists("chuyen-muc/thanh-nien/index.html"))
        #expect(site.leftovers().isEmpty)
    }

    @Test("the default theme renders the fixture site")
    func defaultTheme() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let request = BuildRequest(
            contentPath: site.content, templatesPath: TestSite.repository.appendingPathComponent("templates").path,
            outputPath: site.output)
        let report = Builder(request: request).run()
        #expect(report.errors.isEmpty, "\(report.errorLines)")
        #expect(try site.page("index.html").contains("lang=\"vi\""))
    }
}

@Suite("Warnings")
struct WarningTests {
    @Test("missing agency identity items are named in one warning")
    func agency() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write(
            "site.yaml", "title: \"Sở\"\nbase_url: \"https://example.gov.vn/\"\nagency:\n  name: \"Sở Thử nghiệm\"\n  email: \"a@b.vn\"\n")
        let report = site.build()
        #expect(report.succeeded)
        let warning = try #require(report.warningLines.first { $0.contains("has no agency") })
        #expect(warning.contains("site.yaml:1:1: warning: site.yaml has no agency address, phone, fax, website, responsible, licence"))
    }

    @Test("cover and Markdown images without alt text are located warnings")
    func altText() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("articles/a.md", "---\ntitle: A\ndate: 2023-01-01\nimage: /media/anh.svg\n---\nĐoạn.\n\n![](/media/anh.svg)\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.warningLines.contains { $0.contains("articles/a.md:4:1: warning: the cover image has no 'image_alt'") })
        #expect(report.warningLines.contains { $0.contains("articles/a.md:8:1: warning: image without alt text") })
    }

    @Test("an unknown front-matter key is a warning with a suggestion; the build goes on")
    func unknownKey() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("articles/a.md", "---\ntitle: A\ndate: 2023-01-01\ncatgory: Tin tức\n---\nĐoạn.\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(
            report.warningLines.contains {
                $0.contains("articles/a.md:4:1: warning: unknown key 'catgory'") && $0.contains("did you mean 'category'?")
            })
    }

    @Test("one category spelt two ways is one page, with a warning")
    func categorySpelling() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("articles/a.md", "---\ntitle: A\ndate: 2023-01-01\ncategory: \"Cải Cách Hành Chính\"\n---\nĐoạn.\n")
        let report = site.build()
        #expect(report.succeeded)
        #expect(
            report.warningLines.contains {
                $0.contains("articles/a.md:4:1: warning: the category 'Cải Cách Hành Chính' is written differently")
            })
        #expect(try site.page("chuyen-muc/cai-cach-hanh-chinh/index.html").contains("<h1>Cải cách hành chính</h1>"))
    }

    @Test("a menu item whose address leads to no page gets a warning at its line of site.yaml")
    func menuLinksChecked() throws {
        let site = try TestSite()
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config.replacingOccurrences(of: "url: \"/gioi-thieu/\"", with: "url: \"/gioi-thieuu/\""))
        let report = site.build(write: false)
        let warnings = report.diagnostics.filter { $0.message.contains("/gioi-thieuu/") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.location?.file.hasSuffix("site.yaml") == true)
        #expect(warnings.first?.location?.line == 17)
        // The menu items that lead to pages say nothing.
        #expect(report.diagnostics.filter { $0.location?.file.hasSuffix("site.yaml") == true }.count == 1)
    }

    @Test("aliases: each old address gets a page that sends readers and search engines to the article")
    func aliases() throws {
        let site = try TestSite()
        let front = "---\ntitle: \"Hội nghị mới\"\ndate: 2023-05-01\ncategory: Cải cách hành chính\n"
        try site.write("articles/2023/05/moi.md", front + "aliases: [/tin-tuc/hoi-nghi-cu/, /2020/05/14/hoi-nghi.html]\n---\nNội dung.\n")
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.diagnostics)")
        for path in ["tin-tuc/hoi-nghi-cu/index.html", "2020/05/14/hoi-nghi.html"] {
            let page = try site.page(path)
            #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/bantin/tin-tuc/hoi-nghi-moi/\">"), "\(page)")
            #expect(page.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/bantin/tin-tuc/hoi-nghi-moi/\">"))
            #expect(page.contains("<a href=\"/bantin/tin-tuc/hoi-nghi-moi/\">Hội nghị mới</a>"))
        }
        #expect(!(try site.page("sitemap.xml")).contains("hoi-nghi-cu"))
    }

    @Test("aliases on a page lead to the page")
    func pageAliases() throws {
        let site = try TestSite()
        try site.write("pages/lien-he.md", "---\ntitle: \"Liên hệ\"\naliases: [/lien-he.html]\n---\nĐịa chỉ.\n")
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.diagnostics)")
        #expect(try site.page("lien-he.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=/bantin/lien-he/\">"))
    }

    @Test("an alias that is not an address of the site, or is another page's, is an error at its line")
    func badAliases() throws {
        let site = try TestSite()
        let front = "---\ntitle: \"Hội nghị mới\"\ndate: 2023-05-01\ncategory: Cải cách hành chính\n"
        try site.write("articles/2023/05/a.md", front + "aliases: [tin-cu, /../x/, \"/a?b=1\"]\n---\nA.\n")
        try site.write(
            "articles/2023/05/b.md",
            front.replacingOccurrences(of: "mới", with: "khác")
                + "aliases: [/tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/, /chuyen-muc/x/]\n---\nB.\n")
        let report = site.build(write: false)
        let a = report.errors.filter { $0.location?.file.hasSuffix("2023/05/a.md") == true }
        #expect(a.count == 3)
        #expect(a.allSatisfy { $0.location?.line == 5 && $0.message.contains("is not an address of this site") })
        let b = report.errors.filter { $0.location?.file.hasSuffix("2023/05/b.md") == true }.map(\.message)
        #expect(b.contains { $0.contains("is already the address of") })
        #expect(b.contains { $0.contains("whose addresses the generator makes") })
    }

    @Test("static/ is published at the root as it is, hidden files too, never over a page the site makes")
    func staticFolder() throws {
        let site = try TestSite()
        try site.write("static/.htaccess", "ErrorDocument 404 /bantin/404.html\n")
        try site.write("static/google1234.html", "google-site-verification: google1234.html\n")
        try site.write("static/.well-known/security.txt", "Contact: mailto:thu@example.gov.vn\n")
        try site.write("static/.DS_Store", "x")
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.diagnostics)")
        #expect(try site.page(".htaccess") == "ErrorDocument 404 /bantin/404.html\n")
        #expect(try site.page("google1234.html").hasPrefix("google-site-verification"))
        #expect(try site.page(".well-known/security.txt").hasPrefix("Contact:"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/.DS_Store"))

        try site.write("static/index.html", "<p>trang khác</p>\n")
        let clash = site.build()
        #expect(
            clash.errors.contains {
                $0.message.contains("static/index.html would replace /index.html")
                    && $0.location?.file.hasSuffix("static/index.html") == true
            })
        #expect(try site.page(".htaccess") == "ErrorDocument 404 /bantin/404.html\n", "the previous site stays")
    }

    @Test("a new category one letter from a used one is a warning, unless site.yaml declares it")
    func categoryNearMatch() throws {
        let site = try TestSite()
        try site.write(
            "articles/2023/05/chanh.md", "---\ntitle: \"Tin mới\"\ndate: 2023-05-01\ncategory: Cải cách hành chánh\n---\nA.\n")
        let report = site.build(write: false)
        let warning = report.warnings.first { $0.message.contains("'Cải cách hành chánh' is new and close to 'Cải cách hành chính'") }
        #expect(warning?.location?.file.hasSuffix("articles/2023/05/chanh.md") == true)
        #expect(warning?.location?.line == 4)
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config + "categories: [Cải cách hành chánh]\n")
        #expect(!site.build(write: false).warnings.contains { $0.message.contains("is new and close to") })
    }

    @Test("a missing image or linked file names the near match that exists")
    func nearMatches() throws {
        let site = try TestSite()
        try site.write(
            "articles/2023/05/gan.md",
            "---\ntitle: \"Gần đúng\"\ndate: 2023-05-01\ncategory: Cải cách hành chính\n---\n![Ảnh](/media/anh.jpg)\n\n[Bài](../../2023/01/hoi-nghj.md)\n"
        )
        let report = site.build(write: false)
        #expect(report.errors.contains { $0.message.contains("does not exist (did you mean /media/anh.svg?)") && $0.location?.line == 6 })
        #expect(
            report.errors.contains {
                $0.message.contains("(did you mean ") && $0.message.contains("hoi-nghi.md?)") && $0.location?.line == 8
            })
    }
}
