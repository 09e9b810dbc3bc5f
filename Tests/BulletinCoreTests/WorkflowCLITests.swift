import Foundation
import Testing

/// `bulletin new`, `bulletin check` and the build summary, as editors and CI run them.
@Suite("Command line: new, check, summary")
struct WorkflowCLITests {
    let cli = CLITests()

    @Test("new prints the file it wrote; a second time it refuses with exit 1")
    func new() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let first = try cli.run(["new", "Thông báo tuyển dụng công chức", "--category", "Thông báo", "--content", site.content])
        #expect(first.status == 0, "\(first.stderr)")
        let path = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasPrefix(site.content + "/articles/"))
        #expect(path.hasSuffix("/thong-bao-tuyen-dung-cong-chuc.md"))
        #expect(FileManager.default.fileExists(atPath: path))
        let again = try cli.run(["new", "Thông báo tuyển dụng công chức", "--content", site.content])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; nothing was changed"))
        #expect(!again.stderr.contains("Fatal error"))
    }

    @Test("check --format json: every problem as an object, a summary, exit 1, nothing written")
    func checkJSON() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("articles/a.md", "---\ntitle: A\ndate: sai\n---\n")
        try site.write("articles/b.md", "---\ntitle: B\ndate: 2023-01-01\ntitel: x\n---\n[x](khong-co.md)\n")
        let result = try cli.run(["check", "--format", "json", "--content", site.content, "--templates", site.templates])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 2)
        #expect(summary["ok"] as? Bool == false)
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 2)
        for error in errors {
            #expect((error["file"] as? String)?.hasPrefix(site.content + "/articles/") == true)
            #expect((error["line"] as? Int ?? 0) > 0)
            #expect((error["column"] as? Int ?? 0) > 0)
            #expect(!(error["message"] as? String ?? "").isEmpty)
        }
        #expect(diagnostics.contains { $0["severity"] as? String == "warning" && ($0["message"] as? String ?? "").contains("titel") })
        #expect(Set(diagnostics.flatMap { $0.keys }) == ["file", "line", "column", "severity", "code", "message"])
        #expect(diagnostics.allSatisfy { ($0["code"] as? String)?.range(of: #"^BLT\d{4}$"#, options: .regularExpression) != nil })
        #expect(!FileManager.default.fileExists(atPath: site.output))
        #expect(!FileManager.default.fileExists(atPath: "public/" + "tin-tuc/b/index.html"))
    }

    @Test("check on a good site: exit 0 and a one-line verdict")
    func checkText() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try cli.run(["check", "--content", site.content, "--templates", site.templates])
        #expect(result.status == 0, "\(result.stderr)")
        // The fixture keeps a javascript: link on purpose (it is removed, with a warning).
        #expect(result.stdout.hasPrefix("No errors (2 warnings); "))
        #expect(result.stdout.contains("Nothing was written."))
    }

    @Test("a build ends with pages by kind and warnings, and says what it left out; no progress line off a terminal")
    func summary() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try cli.run(["build", "--content", site.content, "--templates", site.templates, "--output", site.output])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[3] == "Left out: 1 draft (--drafts includes them).", "the fixture's draft")
        #expect(
            lines[1] == "  pages: 7 list, 6 feed, 5 archive, 4 search index, 3 article, 3 page, 2 other file, 2 sitemap, 1 home",
            "by kind, the most first")
        #expect(lines[2] == "  warnings: 2", "the fixture's script block and javascript: link")
        #expect(!result.stdout.contains("time:"), "phase times are for --timings")
        try site.write("articles/2023/05/nhap.md", "---\ntitle: \"Nháp\"\ndate: 2023-05-01\ndraft: true\n---\nA.\n")
        try site.write("articles/2099/01/hen.md", "---\ntitle: \"Hẹn giờ\"\ndate: 2099-01-12T08:00:00+07:00\n---\nB.\n")
        let again = try cli.run(["build", "--content", site.content, "--templates", site.templates, "--output", site.output])
        #expect(
            again.stdout.contains(
                "Left out: 2 drafts (--drafts includes them), 1 article dated later (the next on 12/01/2099 08:00; --future includes them)."
            ), "\(again.stdout)")
        #expect(!result.stderr.contains("\r"), "stderr is not a terminal here: no progress line")
    }

    @Test("--version prints the version and nothing else")
    func version() throws {
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test("init makes a starter site that builds at once, and never writes over one")
    func initStarter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-init-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try cli.run(["init", folder, "--theme", TestSite.repository.appendingPathComponent("templates").path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/content/site.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder + "/templates/layout.mustache"))
        let build = try cli.run([
            "build", "--content", folder + "/content", "--templates", folder + "/templates", "--output", folder + "/public",
        ])
        #expect(build.status == 0)
        #expect(!build.stderr.contains("error:"), "\(build.stderr)")
        #expect(build.stdout.contains("  warnings: 0"))
        let again = try cli.run(["init", folder, "--theme", TestSite.repository.appendingPathComponent("templates").path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("content/ already exists here; nothing was changed"))
    }

    @Test("help examples stand on lines of their own, so they can be pasted")
    func helpExamples() throws {
        let new = try cli.run(["new", "--help"])
        #expect(new.stdout.contains("\n  bulletin new \"Hội nghị tổng kết năm 2023\" --category \"Tin tức - Sự kiện\"\n"), "\(new.stdout)")
        let importHelp = try cli.run(["import", "--help"])
        #expect(importHelp.stdout.contains("\n  bulletin import jekyll ../blog-cu --to content\n"))
    }
}
