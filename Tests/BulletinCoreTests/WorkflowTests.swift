import Foundation
import Testing

@testable import BulletinCore

#if canImport(Glibc)
    import Glibc
#endif

/// `bulletin new`: a draft article in the right place, with its front matter filled in.
@Suite("New article")
struct NewArticleTests {
    /// 20:00 UTC on 31 January is already 1 February in Sơn La (+07:00).
    static let now = ISO8601DateFormatter().date(from: "2023-01-31T20:00:00Z")!

    func site(defaultAuthor: String? = "Văn phòng Sở") throws -> TestSite {
        let site = try TestSite()
        if let defaultAuthor {
            let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
            try site.write("site.yaml", config + "default_author: \"\(defaultAuthor)\"\n")
        }
        return site
    }

    @Test("writes a draft under articles/YYYY/MM in the site's time zone, with the front matter filled in")
    func creates() throws {
        let site = try site()
        defer { site.cleanUp() }
        let outcome = NewArticle(
            contentPath: site.content, title: "Hội nghị đánh giá công tác năm 2023", category: "Tin tức - Sự kiện", now: Self.now
        ).create()
        guard case .created(let path, let warnings) = outcome else {
            Issue.record("refused: \(outcome)")
            return
        }
        #expect(path == site.content + "/articles/2023/02/hoi-nghi-danh-gia-cong-tac-nam-2023.md")
        #expect(warnings.isEmpty)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Hội nghị đánh giá công tác năm 2023\"\ndate: 2023-02-01T03:00:00+07:00\n"))
        #expect(text.contains("\nslug: hoi-nghi-danh-gia-cong-tac-nam-2023\n"), "the address stays when the title is corrected")
        #expect(text.contains("\ncategory: \"Tin tức - Sự kiện\"\n"))
        #expect(text.contains("\nauthor: \"Văn phòng Sở\"\n"))
        #expect(text.contains("\ndraft: true\n---\n"))

        // It reads back as the article it claims to be, without a warning.
        let tree = ContentTree(root: site.content, displayRoot: site.content, io: .posix)
        let reader = MarkdownFileReader(tree: tree, config: SiteConfig(title: "x", baseURL: "https://example.gov.vn/bantin/"))
        let read = ArticleSource.read("articles/2023/02/hoi-nghi-danh-gia-cong-tac-nam-2023.md", reader: reader)
        let (article, problems) = (read.source, read.problems)
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        #expect(article?.title == "Hội nghị đánh giá công tác năm 2023")
        #expect(article?.draft == true)
        #expect(article?.author == "Văn phòng Sở")
        #expect(article?.date == ISO8601DateFormatter().date(from: "2023-02-01T03:00:00+07:00"))
    }

    @Test("never overwrites an existing file")
    func refusesToOverwrite() throws {
        let site = try site()
        defer { site.cleanUp() }
        let make = { NewArticle(contentPath: site.content, title: "Thông báo lịch tiếp dân", now: Self.now).create() }
        guard case .created(let path, _) = make() else {
            Issue.record("the first one should be created")
            return
        }
        try Data("---\ntitle: Đã viết\ndate: 2023-02-01\n---\nNội dung quý.\n".utf8).write(to: URL(fileURLWithPath: path))
        guard case .refused(let problems) = make() else {
            Issue.record("the second one must be refused")
            return
        }
        #expect(problems.count == 1)
        #expect(problems[0].formatted.contains("already exists; nothing was changed"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Nội dung quý."))
    }

    @Test("quotes, colons and backslashes in a title survive the front matter")
    func awkwardTitle() throws {
        let site = try site(defaultAuthor: nil)
        defer { site.cleanUp() }
        let title = "Thông báo: \"Ngày hội\" #1 \\ tháng 2"
        guard case .created(let path, _) = NewArticle(contentPath: site.content, title: title, now: Self.now).create() else {
            Issue.record("refused")
            return
        }
        #expect(path.hasSuffix("/articles/2023/02/thong-bao-ngay-hoi-1-thang-2.md"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\n# author: "), "no default_author: the key is left as a hint")
        let report = site.build(options: BuildOptions(includeDrafts: true, now: Self.now.addingTimeInterval(86_400)))
        #expect(report.succeeded, "\(report.errorLines)")
        #expect(try site.page("tin-tuc/thong-bao-ngay-hoi-1-thang-2/index.html").contains("Thông báo: &quot;Ngày hội&quot; #1 \\ tháng 2"))
        let published = site.build(options: BuildOptions(now: Self.now.addingTimeInterval(86_400)))
        #expect(published.succeeded)
        #expect(!site.exists("tin-tuc/thong-bao-ngay-hoi-1-thang-2/index.html"), "a draft until draft: true is removed")
    }

    @Test("a title without letters, or a missing site.yaml, is refused with a message")
    func refusals() throws {
        let site = try site()
        defer { site.cleanUp() }
        guard case .refused(let empty) = NewArticle(contentPath: site.content, title: " – ? ", now: Self.now).create() else {
            Issue.record("an empty title must be refused")
            return
        }
        #expect(empty.first?.message.contains("needs letters or digits") == true)
        guard case .refused(let missing) = NewArticle(contentPath: site.root.path + "/khong-co", title: "Tin", now: Self.now).create()
        else {
            Issue.record("a missing content folder must be refused")
            return
        }
        #expect(missing.first?.message.contains("content folder does not exist") == true)
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/khong-co"))
    }
}

/// `bulletin check`: everything a build checks, nothing written.
@Suite("Check")
struct CheckTests {
    @Test("a good site: no errors, the pages it would write counted, nothing written")
    func good() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let report = Builder(request: BuildRequest(contentPath: site.content, templatesPath: site.templates, outputPath: site.output))
            .check()
        #expect(report.succeeded)
        #expect(report.errors.isEmpty)
        #expect(report.pagesByKind["article"] == 3)
        #expect(!FileManager.default.fileExists(atPath: site.output))
        #expect(site.leftovers().isEmpty)
    }

    @Test("reports exactly what a build reports, and counts the same pages")
    func sameAsBuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("articles/c.md", "---\ntitle: C\ndate: 2023-02-02\ntitel: x\n---\nXem [trang chỉ số](/chi-so/).\n")
        try FileManager.default.createDirectory(atPath: site.templates + "/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.templates + "/assets/mat.css", withDestinationPath: "/khong/co.css")
        let request = BuildRequest(contentPath: site.content, templatesPath: site.templates, outputPath: site.output)
        let checked = Builder(request: request).check()
        #expect(!FileManager.default.fileExists(atPath: site.output))
        let built = Builder(request: request).run()
        #expect(built.succeeded)
        #expect(checked.diagnostics == built.diagnostics)
        for expected in ["unknown key 'titel'", "/chi-so", "mat.css: warning: broken symbolic link"] {
            #expect(checked.warningLines.contains { $0.contains(expected) }, "\(expected)")
        }
        #expect(checked.pagesByKind == built.pagesByKind)
    }
}

/// The progress line on a terminal, and the summary after a build.
@Suite("Progress and summary")
struct ProgressTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [String] = []
        func add(_ line: String) {
            lock.lock()
            all.append(line)
            lock.unlock()
        }
        var lines: [String] {
            lock.lock()
            defer { lock.unlock() }
            return all
        }
    }

    @Test("counts from many threads, draws at most every interval, clears its line at the end")
    func drawing() {
        let lines = Lines()
        let progress = BuildProgress(interval: .milliseconds(20), language: .english) { lines.add($0) }
        progress.begin("render and write", total: 4000)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<1000 {
                progress.advance()
                usleep(20)
            }
        }
        Thread.sleep(forTimeInterval: 0.05)
        #expect(progress.count == 4000)
        progress.end()
        let drawn = lines.lines
        #expect(!drawn.isEmpty)
        #expect(drawn.last == "", "the line is cleared for the summary")
        #expect(drawn.dropLast().allSatisfy { $0.hasPrefix("render and write  [") && $0.hasSuffix("/4,000 pages") })
        #expect(drawn.contains("render and write  [####################]  4,000/4,000 pages"))
        #expect(drawn.count < 200, "drawn on a timer, not once per page (\(drawn.count))")
    }

    @Test("the line shows the phase, a bar and the count, in the reader's language")
    func line() {
        #expect(BuildProgress.line(phase: "render", done: 5, total: 20, width: 8, language: .english) == "render  [##······]  5/20 pages")
        #expect(
            BuildProgress.line(phase: "render and write", done: 6407, total: 12814, width: 4, language: .vietnamese)
                == "tạo và ghi trang  [##··]  6.407/12.814 trang")
    }

    @Test("only a terminal gets a progress line")
    func terminalOnly() {
        #expect((BuildProgress.terminal(language: .english) != nil) == (isatty(STDERR_FILENO) == 1))
    }
}
