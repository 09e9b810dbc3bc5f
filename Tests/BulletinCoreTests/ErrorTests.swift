import Foundation
import Testing

@testable import BulletinCore

/// Every error a user can make: the message names the file, line and what to do, the build
/// reports all of them at once, and the previous site is left exactly as it was.
@Suite("Errors and refusals")
struct ErrorTests {
    /// Builds once to have a previous site, applies `change`, builds again and checks that the
    /// second build failed without touching the first site. Returns the formatted errors.
    func failingBuild(_ change: (TestSite) throws -> Void) throws -> [String] {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = site.snapshot()
        #expect(!before.isEmpty)
        try change(site)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.snapshot() == before, "the previous site must stay as it was")
        #expect(site.leftovers().isEmpty, "no staging folder may be left behind")
        return report.errorLines
    }

    @Test("front matter that is missing or not closed")
    func frontMatterDelimiters() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "title: Không có dấu mở\n")
            try site.write("articles/b.md", "---\ntitle: Không đóng\ndate: 2023-01-01\n")
        }
        #expect(
            errors.contains {
                $0.hasSuffix(
                    "articles/a.md:1:1: error: " + FrontMatter.problemMessage(for: .missingOpening).text(in: .english) + " [BLT0113]")
            })
        #expect(
            errors.contains {
                $0.hasSuffix("articles/b.md:1:1: error: " + FrontMatter.problemMessage(for: .notClosed).text(in: .english) + " [BLT0114]")
            })
    }

    @Test("invalid YAML is located in the Markdown file")
    func invalidYAML() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "---\ntitle: \"Dở dang\ndate: 2023-01-01\n---\nThân bài.\n")
        }
        #expect(errors.count == 1)
        #expect(errors[0].contains("articles/a.md:") && errors[0].contains(": error: invalid YAML"))
    }

    @Test("missing title and date, wrong values")
    func requiredKeys() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "---\ncategory: Tin tức\n---\nThân bài.\n")
            try site.write("articles/b.md", "---\ntitle: B\ndate: 31/02/2023\nviews: nhiều\n---\nThân bài.\n")
        }
        #expect(
            errors.contains {
                $0.hasSuffix(
                    "articles/a.md:1:1: error: missing 'title': add a line such as  title: \"Hội nghị tổng kết công tác năm 2022\" [BLT0126]"
                )
            })
        #expect(
            errors.contains { $0.hasSuffix("articles/a.md:1:1: error: missing 'date': add a line such as  date: 2023-01-12 [BLT0126]") })
        #expect(errors.contains { $0.contains("articles/b.md:3:1: error: 'date' is not a real date") })
        #expect(errors.contains { $0.contains("articles/b.md:4:1: error: 'views' must be a whole number") })
    }

    @Test("two articles with one address: both files are named")
    func duplicateSlug() throws {
        let errors = try failingBuild { site in
            try site.write("articles/x/a.md", "---\ntitle: \"Trùng tên\"\ndate: 2023-01-01\n---\nA.\n")
            try site.write("articles/x/b.md", "---\ntitle: \"Trùng Tên!\"\ndate: 2023-01-02\n---\nB.\n")
        }
        #expect(errors.count == 1)
        #expect(errors[0].contains("two articles would have the same address /tin-tuc/trung-ten/"))
        #expect(errors[0].contains("articles/x/a.md") && errors[0].contains("articles/x/b.md"))
    }

    @Test("titles that give no address, and slugs that try to climb out")
    func badSlugs() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "---\ntitle: \"???\"\ndate: 2023-01-01\n---\nA.\n")
            try site.write("articles/b.md", "---\ntitle: B\ndate: 2023-01-01\nslug: ../../etc\n---\nB.\n")
            try site.write("articles/c.md", "---\ntitle: C\ndate: 2023-01-01\ncategory: \"///\"\n---\nC.\n")
        }
        #expect(errors.contains { $0.contains("articles/a.md:2:1: error: the title has no letters or digits") })
        #expect(errors.contains { $0.contains("articles/b.md:4:1: error: 'slug' may only hold") })
        #expect(errors.contains { $0.contains("articles/c.md:4:1: error: the category \"///\" has no letters or digits") })
    }

    @Test("links to missing Markdown and media files")
    func brokenLinks() throws {
        let errors = try failingBuild { site in
            try site.write(
                "articles/a.md",
                "---\ntitle: A\ndate: 2023-01-01\nimage: /media/khong-co.png\nimage_alt: x\n---\nXem [bài](khong-co.md).\n\n![Ảnh](/media/mat.png)\n"
            )
        }
        #expect(
            errors.contains {
                $0.contains("articles/a.md:7:5: error: this links to") && $0.contains("articles/khong-co.md, which does not exist")
            })
        #expect(errors.contains { $0.contains("articles/a.md:9:1: error: the file") && $0.contains("media/mat.png does not exist") })
        #expect(errors.contains { $0.contains("articles/a.md:4:1: error: the file") && $0.contains("media/khong-co.png does not exist") })
    }

    @Test("a link to a draft is an error, since the draft is not published")
    func linkToDraft() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "---\ntitle: A\ndate: 2023-01-01\n---\nXem [nháp](2022/12/nhap.md).\n")
        }
        #expect(errors.contains { $0.contains("which is a draft or dated in the future") })
    }

    @Test("a template that does not parse names the template file and line")
    func brokenTemplate() throws {
        let errors = try failingBuild { site in
            try site.writeTemplate("article.mustache", "<h1>{{title}}</h1>\n{{#article}}\n<p>không đóng</p>\n")
        }
        #expect(errors.count == 1)
        // At the line and column where the section opens, naming the tag that would close it.
        #expect(errors[0].contains("templates/article.mustache:2:1: error: the template does not parse:"))
        #expect(errors[0].contains("the section {{#article}} is never closed: add {{/article}}"))
    }

    @Test("a partial that includes itself twice: an error at its file, the previous site kept")
    func selfRepeatingPartial() throws {
        let errors = try failingBuild { site in
            try site.writeTemplate("partials/loop.mustache", "<b>{{title}}{{> partials/loop}}{{> partials/loop}}</b>")
            try site.writeTemplate("page.mustache", "{{> partials/loop}}")
        }
        #expect(errors.count == 1)
        #expect(
            errors[0].contains("templates/partials/loop.mustache:1:13: error: rendering stopped in this template (rendering page.mustache)")
        )
    }

    @Test("a feature's template that does not parse has one error, not also 'no template'")
    func brokenFeatureTemplate() throws {
        let errors = try failingBuild { site in
            try site.writeTemplate("search.mustache", "<h1>Tìm kiếm</h1>\n{{#search}}\n")
        }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("templates/search.mustache:") == true)
        #expect(errors.first?.contains("the template does not parse") == true)
    }

    @Test("a missing template and a missing partial are errors")
    func missingTemplates() throws {
        let errors = try failingBuild { site in
            try FileManager.default.removeItem(atPath: site.templates + "/list.mustache")
            try site.writeTemplate("terms.mustache", "{{> partials/khong-co}}\n")
        }
        #expect(errors.contains { $0.contains("templates/list.mustache: error: the theme has no template 'list'") })
        #expect(errors.contains { $0.contains("templates/terms.mustache:1:1: error: the partial 'partials/khong-co'") })
    }

    @Test("unknown shortcodes are errors at their line")
    func unknownShortcode() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "---\ntitle: A\ndate: 2023-01-01\n---\nĐoạn.\n\n{{< bang-diem nam=\"2022\" >}}\n")
        }
        #expect(errors.contains { $0.contains("articles/a.md:7:1: error: unknown shortcode 'bang-diem'") })
    }

    @Test("shortcodes in a static page are errors, not placeholders left in the page")
    func shortcodeInAPage() throws {
        let errors = try failingBuild { site in
            try site.write("pages/chi-so.md", "---\ntitle: Chỉ số\n---\nBảng:\n\n{{< score-table index=\"sipas\" year=\"2022\" >}}\n")
        }
        #expect(errors.contains { $0.contains("pages/chi-so.md:6:1: error: the shortcode 'score-table' works only in articles") })
    }

    @Test("files that are not text")
    func binaryAndEncoding() throws {
        let errors = try failingBuild { site in
            try site.writeBytes("articles/a.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0xFF])
            try site.writeBytes("articles/b.md", Array("---\ntitle: B\n".utf8) + [0xC3, 0x28, 0x0A] + Array("---\n".utf8))
            try site.write("articles/c.md", "")
        }
        #expect(errors.contains { $0.contains("articles/a.md:2:1: error: this is a binary file") })
        #expect(errors.contains { $0.contains("articles/b.md:3:1: error: the file is not valid UTF-8") })
        #expect(errors.contains { $0.contains("articles/c.md: error: the file is empty") })
    }

    @Test("site.yaml without the required keys")
    func siteConfig() throws {
        let errors = try failingBuild { site in
            try site.write("site.yaml", "title: \"\"\nbase_url: ftp://x\n")
        }
        #expect(errors.contains { $0.contains("site.yaml:1:1: error: 'title' is empty") })
        #expect(errors.contains { $0.contains("site.yaml:2:1: error: 'base_url' must be an http or https address") })
    }

    @Test("all problems of all files are reported in one run, in file order")
    func allAtOnce() throws {
        let errors = try failingBuild { site in
            for name in ["c", "a", "b"] {
                try site.write("articles/\(name).md", "---\ntitle: \(name)\n---\nThiếu ngày.\n")
            }
        }
        let files = errors.compactMap { line in ["a.md", "b.md", "c.md"].first { line.contains("articles/\($0)") } }
        #expect(files == ["a.md", "b.md", "c.md"])
    }

    @Test("every message has the compiler's form")
    func format() throws {
        let errors = try failingBuild { site in
            try site.write("articles/a.md", "---\ntitle: A\ndate: hôm nay\n---\n")
        }
        let line = try #require(errors.first)
        let parts = line.split(separator: ":", maxSplits: 4).map(String.init)
        #expect(parts.count == 5)
        #expect(parts[0].hasSuffix("content/articles/a.md"))
        #expect(Int(parts[1]) == 3 && Int(parts[2]) == 1)
        #expect(parts[3] == " error")
    }
}

@Suite("Output folder")
struct OutputFolderTests {
    @Test("refuses output folders that would destroy input", arguments: ["content", "templates", "content/sub", "."])
    func refusals(relative: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let before = site.snapshot(of: site.root.path)
        let target = relative == "." ? site.root.path : site.root.appendingPathComponent(relative).path
        let report = site.build(output: target)
        #expect(!report.succeeded)
        #expect(report.errorLines.contains { $0.contains("refusing to write the site") })
        #expect(site.snapshot(of: site.root.path) == before)
    }

    @Test("refuses / and a folder containing the content")
    func refusesRootAndParents() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build(output: "/").errorLines.contains { $0.contains("refusing to write the site to /") })
        let parent = site.build(output: site.root.deletingLastPathComponent().path)
        #expect(!parent.succeeded)
    }

    @Test("refuses the current folder")
    func refusesCurrentFolder() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let folder = FileManager.default.currentDirectoryPath
        let report = site.build(output: folder)
        #expect(report.errorLines.contains { $0.contains("refusing to write the site to the current folder") })
    }

    @Test("refuses to replace a folder of files Bulletin did not write")
    func foreignFolder() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let target = site.root.appendingPathComponent("tai-lieu").path
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try Data("quan trọng".utf8).write(to: URL(fileURLWithPath: target + "/ghi-chu.txt"))
        let report = site.build(output: target)
        #expect(report.errorLines.contains { $0.contains("holds files Bulletin did not write") })
        #expect(FileManager.default.fileExists(atPath: target + "/ghi-chu.txt"))
    }

    @Test("an output folder that cannot be written is an error and the old site stays")
    func unwritable() throws {
        guard getuid() != 0 else { return }  // root writes anywhere; CI runs the same check as a user below
        let site = try TestSite()
        defer { site.cleanUp() }
        let parent = site.root.appendingPathComponent("khoa")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        chmod(parent.path, 0o500)
        defer { chmod(parent.path, 0o755) }
        let report = site.build(output: parent.appendingPathComponent("public").path)
        #expect(report.errorLines.contains { $0.contains("cannot create the output") })
    }

    @Test("leftovers of a killed build are removed by the next build")
    func leftovers() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        // A process id that cannot be running: the maximum pid is far below this.
        let stale = site.root.appendingPathComponent(".public.building-99999999-1")
        try FileManager.default.createDirectory(at: stale.appendingPathComponent("tin-tuc"), withIntermediateDirectories: true)
        try Data("nửa chừng".utf8).write(to: stale.appendingPathComponent("tin-tuc/x.html"))
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test("paths that would leave the output folder are refused")
    func escapingPaths() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let folder = try OutputFolder(target: site.output, protected: [site.content])
        defer { folder.abandon() }
        for bad in ["../x.html", "/etc/x", "a/../../x", "", "a//b"] {
            #expect(throws: FileError.self) { try folder.write(bad, "x") }
        }
    }

    @Test("a build killed between the two renames of the fallback swap: the next build puts the old site back")
    func killedBetweenRenames() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = site.snapshot()
        // What a kill leaves on a file system without RENAME_EXCHANGE: the old site renamed away
        // by a process that is gone (no pid is this high), and no public/.
        let old = site.root.appendingPathComponent(".public.old-4194305-7").path
        #expect(rename(site.output, old) == 0)
        let staging = site.root.appendingPathComponent(".public.building-4194305-8").path
        #expect(mkdir(staging, 0o755) == 0)

        // A build that fails leaves the restored site and no leftovers.
        try site.write("articles/hong.md", "---\ntitle: Hỏng\n")
        #expect(!site.build().succeeded)
        #expect(site.snapshot() == before)
        #expect(site.leftovers().isEmpty)
    }
}
