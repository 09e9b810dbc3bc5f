import Foundation
import Testing

@testable import BulletinCore

/// The language the command line speaks: `--lang`, then BULLETIN_LANG, then site.yaml's
/// `language:`, then the system's, Vietnamese when none says.
@Suite("Command line: language")
struct LanguageCLITests {
    let cli = CLITests()

    /// No language setting at all: only what a test gives.
    static let unset: [String: String] = [:]

    /// The fixture site with an error (a date that is not one) and a warning (an unknown key).
    func brokenSite() throws -> TestSite {
        let site = try TestSite()
        try site.write("articles/a.md", "---\ntitle: A\ndate: sai\n---\n")
        try site.write("articles/b.md", "---\ntitle: B\ndate: 2023-01-01\ntitel: x\n---\nB.\n")
        return site
    }

    func check(
        _ site: TestSite, _ extra: [String] = [], environment: [String: String] = unset
    ) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        try cli.run(["check", "--content", site.content, "--templates", site.templates] + extra, environment: environment)
    }

    static func lines(_ text: String, matching pattern: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.range(of: pattern, options: .regularExpression) != nil }
    }

    @Test("--lang vi: errors say lỗi, warnings cảnh báo, each with its code; the verdict is Vietnamese")
    func vietnamese() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        let result = try check(site, ["--lang", "vi"])
        #expect(result.status == 1)
        #expect(Self.lines(result.stderr, matching: #"/articles/a\.md:\d+:\d+: lỗi: .+ \[BLT\d{4}\]$"#).count == 1, "\(result.stderr)")
        #expect(Self.lines(result.stderr, matching: #"/articles/b\.md:\d+:\d+: cảnh báo: .*titel.* \[BLT\d{4}\]$"#).count == 1)
        #expect(!result.stderr.contains(": error: ") && !result.stderr.contains(": warning: "))
        #expect(result.stderr.contains("lỗi: 'date' không phải ngày tháng đọc được (đang ghi \"sai\")"))
        #expect(result.stderr.contains("cảnh báo: khoá 'titel' không dùng được trong phần đầu"))
        #expect(result.stderr.contains("Có 1 lỗi (ở bước "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" cảnh báo. Chưa ghi tệp nào.\n"))
    }

    @Test("--lang en: errors say error, warnings warning, each with its code; the verdict is English")
    func english() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        let result = try check(site, ["--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.lines(result.stderr, matching: #"/articles/a\.md:\d+:\d+: error: .+ \[BLT\d{4}\]$"#).count == 1, "\(result.stderr)")
        #expect(Self.lines(result.stderr, matching: #"/articles/b\.md:\d+:\d+: warning: .*titel.* \[BLT\d{4}\]$"#).count == 1)
        #expect(result.stderr.contains("1 error found ("), "\(result.stderr)")
        #expect(result.stderr.contains("error: 'date' is not a date I can read (found \"sai\")"))
        #expect(result.stderr.contains("warning: unknown key 'titel' in front matter (did you mean 'title'?)"))
        #expect(result.stderr.hasSuffix(". Nothing was written.\n"))
    }

    @Test("a diagnostic's text comes from the catalog of the language chosen, with its code")
    func catalogText() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let arguments = ["new", " – ? ", "--content", site.content]
        let vietnamese = try cli.run(arguments + ["--lang", "vi"], environment: Self.unset)
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr == "lỗi: " + Message(.newTitleWithoutLetters).text(in: .vietnamese) + " [BLT0832]\n")
        #expect(vietnamese.stderr.contains("tiêu đề cần có chữ hoặc số"))
        let english = try cli.run(arguments + ["--lang", "en"], environment: Self.unset)
        #expect(english.stderr.hasPrefix("error: the title needs letters or digits"))
        #expect(english.stderr.hasSuffix(" [BLT0832]\n"))
    }

    @Test("BULLETIN_LANG chooses when there is no --lang; --lang wins over it; before the command's name too")
    func environment() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        #expect(try check(site, environment: ["BULLETIN_LANG": "en"]).stderr.contains(": error: "))
        #expect(try check(site, environment: ["BULLETIN_LANG": "vi"]).stderr.contains(": lỗi: "))
        #expect(try check(site, ["--lang", "en"], environment: ["BULLETIN_LANG": "vi"]).stderr.contains(": error: "))
        let root = try cli.run(
            ["--lang", "en", "check", "--content", site.content, "--templates", site.templates], environment: ["BULLETIN_LANG": "vi"])
        #expect(root.stderr.contains(": error: "), "\(root.stderr)")
    }

    @Test("site.yaml's language chooses when neither --lang nor BULLETIN_LANG does, before the system's")
    func siteLanguage() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        #expect(try check(site).stderr.contains(": lỗi: "), "Vietnamese when nothing says")
        #expect(try check(site, environment: ["LANG": "en_US.UTF-8"]).stderr.contains(": error: "), "the system's")
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config + "language: en\n")
        #expect(try check(site).stderr.contains(": error: "))
        #expect(try check(site, environment: ["LANG": "vi_VN.UTF-8"]).stderr.contains(": error: "), "site.yaml before the system")
        #expect(try check(site, environment: ["BULLETIN_LANG": "vi"]).stderr.contains(": lỗi: "), "BULLETIN_LANG before site.yaml")
        #expect(Language.language(ofSiteIn: site.content) == "en")
        #expect(Language.language(ofSiteIn: site.root.path + "/khong-co") == nil)
    }

    @Test("the build's summary and what it left out, in either language")
    func summary() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let build = ["build", "--content", site.content, "--templates", site.templates, "--output", site.output]
        let vietnamese = try cli.run(build + ["--lang", "vi"], environment: Self.unset)
        #expect(vietnamese.status == 0, "\(vietnamese.stderr)")
        let vi = vietnamese.stdout.split(separator: "\n").map(String.init)
        #expect(vi.count == 4)
        #expect(vi[0].hasPrefix("Đã ghi ") && vi[0].contains(" trang và ") && vi[0].contains(" giây, 2 cảnh báo."), "\(vi[0])")
        #expect(vi[1].hasPrefix("  trang: 7 "))
        #expect(vi[2] == "  cảnh báo: 2")
        #expect(vi[3] == "Không đưa vào: 1 bản nháp (thêm --drafts để đưa vào).")
        let english = try cli.run(build + ["--lang", "en"], environment: Self.unset)
        let en = english.stdout.split(separator: "\n").map(String.init)
        #expect(en.count == 5)
        #expect(en[0].hasPrefix("Wrote ") && en[0].hasSuffix(" s, 2 warnings."), "\(en[0])")
        #expect(en[1].hasPrefix("  pages: 7 "))
        #expect(en[2] == "  warnings: 2")
        // The second build into the same folder: the same site.
        #expect(en[3] == "  since the last build: nothing changed, \(site.output) left as it was")
        #expect(en[4] == "Left out: 1 draft (--drafts includes them).")
    }

    @Test("check --format json: English field names and messages, and a code, whatever the language")
    func json() throws {
        let site = try brokenSite()
        defer { site.cleanUp() }
        func diagnostics(_ language: String) throws -> [[String: String]] {
            let result = try check(site, ["--format", "json", "--lang", language])
            #expect(result.status == 1)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let all = try #require(json["diagnostics"] as? [[String: Any]])
            return all.map { $0.compactMapValues { $0 as? String } }
        }
        let vietnamese = try diagnostics("vi")
        #expect(vietnamese == (try diagnostics("en")))
        #expect(vietnamese.count >= 2)
        for diagnostic in vietnamese {
            #expect(diagnostic["code"]?.range(of: #"^BLT\d{4}$"#, options: .regularExpression) != nil, "\(diagnostic)")
        }
        #expect(vietnamese.contains { $0["severity"] == "warning" && $0["message"]?.contains("unknown key 'titel'") == true })
    }

    @Test("an unknown --lang is a usage error, said in the language otherwise chosen")
    func unknownLanguage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let arguments = ["build", "--lang", "fr", "--content", site.content, "--templates", site.templates, "--output", site.output]
        let vietnamese = try cli.run(arguments, environment: Self.unset)
        #expect(vietnamese.status == 64)
        #expect(vietnamese.stderr.contains(Message(.unknownLanguage, ["value": "fr"]).text(in: .vietnamese)), "\(vietnamese.stderr)")
        let english = try cli.run(arguments, environment: ["BULLETIN_LANG": "en"])
        #expect(english.status == 64)
        #expect(english.stderr.contains("--lang fr is not a language Bulletin speaks; write --lang vi (Vietnamese) or --lang en (English)"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }
}
