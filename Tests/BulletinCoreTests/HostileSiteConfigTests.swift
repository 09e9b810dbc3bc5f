import Foundation
import Testing

@testable import BulletinCore

/// site.yaml written wrong or written to attack: each case is an error in site.yaml at its line.
@Suite("Hostile input: site.yaml", .timeLimit(.minutes(2)))
struct HostileSiteConfigTests {
    static let valid = "title: A\nbase_url: https://x.gov.vn/\n"

    @Test(
        "site.yaml that is not a mapping of keys",
        arguments: [
            ("", "missing 'title'"),
            ("# chỉ có chú thích\n", "missing 'title'"),
            ("- title: A\n", "expected keys and values"),
            ("chỉ một câu\n", "expected keys and values"),
            ("title: A\nbase_url: [https://x/]\n", "'base_url' must be a single value"),
            ("title: {a: 1}\nbase_url: https://x/\n", "'title' must be a single value"),
            ("title: A\nbase_url: https://x/\ntitle: B\n", "is given twice"),
            ("title: \"A\nbase_url: https://x/\n", "never closed"),
        ])
    func shapes(yaml: String, message: String) throws {
        let report = try Hostile.failingBuild { site in try site.write("site.yaml", yaml) }
        #expect(report.errors.contains { $0.location?.file.hasSuffix("content/site.yaml") == true && $0.message.contains(message) })
    }

    @Test("binary, badly encoded, missing, or a folder")
    func notText() throws {
        let binary = try Hostile.failingBuild { site in try site.writeBytes("site.yaml", [0x00, 0x01, 0xFF]) }
        #expect(Hostile.hasError(binary, in: "site.yaml", line: 1, "binary file"))
        let latin1 = try Hostile.failingBuild { site in
            try site.writeBytes("site.yaml", Array("title: S".utf8) + [0xF4] + Array(" La\n".utf8))
        }
        #expect(Hostile.hasError(latin1, in: "site.yaml", line: 1, "not valid UTF-8"))
        let missing = try Hostile.failingBuild { site in try site.remove("site.yaml") }
        #expect(Hostile.hasError(missing, in: "site.yaml", "cannot read site.yaml (No such file or directory)"))
        let folder = try Hostile.failingBuild { site in
            try site.remove("site.yaml")
            try FileManager.default.createDirectory(atPath: site.content + "/site.yaml", withIntermediateDirectories: false)
        }
        #expect(Hostile.hasError(folder, in: "site.yaml", "cannot read site.yaml (not a regular file)"))
    }

    @Test(
        "base_url that is not an http(s) address with a host, or would break out of an attribute",
        arguments: [
            "javascript:alert(1)", "data:text/html,x", "ftp://x.gov.vn/", "https://", "https:///bantin/", "//x.gov.vn/",
            "https://x.gov.vn/\\\"><script>alert(1)</script>/", "https://x.gov.vn/a b/", "https://x.gov.vn/../../", "https://x.gov.vn/?q=1",
            "https://x.gov.vn/#top", "https://x.gov.vn/%3Cscript%3E/",
        ])
    func baseURL(url: String) throws {
        let report = try Hostile.failingBuild { site in try site.write("site.yaml", "title: A\nbase_url: \"\(url)\"\n") }
        #expect(Hostile.hasError(report, in: "site.yaml", line: 2, "'base_url' must be an http or https address"))
    }

    @Test(
        "values out of range or of the wrong kind",
        arguments: [
            ("page_size: 0\n", 3, "'page_size' must be between 1 and 1000"),
            ("page_size: -5\n", 3, "'page_size' must be between"),
            ("page_size: 99999999999999999999999\n", 3, "'page_size' must be a whole number"),
            ("page_size: nhiều\n", 3, "'page_size' must be a whole number"),
            ("timezone: ../../../etc/passwd\n", 3, "'timezone' is not a known time zone"),
            ("timezone: \"\"\n", 3, "'timezone' is not a known time zone"),
            ("unsafe_html: có lẽ\n", 3, "'unsafe_html' must be true or false"),
            ("agency: Sở Nội vụ\n", 3, "'agency' must be a group of keys"),
            ("agency:\n  name: [a, b]\n", 4, "'name' must be a single value"),
            ("menus: [a]\n", 3, "'menus' must be a group of named lists"),
            ("menus:\n  main: {label: A}\n", 4, "the menu 'main' must be a list"),
            ("menus:\n  main:\n    - chỉ chữ\n", 5, "each item of the menu 'main' needs"),
            ("menus:\n  main:\n    - {label: A}\n", 5, "missing 'url'"),
        ])
    func values(extra: String, line: Int, message: String) throws {
        let report = try Hostile.failingBuild { site in try site.write("site.yaml", Self.valid + extra) }
        #expect(Hostile.hasError(report, in: "site.yaml", line: line, message), "\(report.errorLines)")
    }

    @Test(
        "menu addresses that would run script are refused",
        arguments: [
            "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "file:///etc/passwd",
        ])
    func menuSchemes(url: String) throws {
        let report = try Hostile.failingBuild { site in
            try site.write("site.yaml", Self.valid + "menus:\n  main:\n    - label: Xấu\n      url: \"\(url)\"\n")
        }
        #expect(Hostile.hasError(report, in: "site.yaml", line: 6, "the menu address"))
    }

    @Test("menu addresses that are pages, web, mail or phone addresses are kept")
    func menuAddresses() throws {
        try Hostile.passingBuild { site in
            try site.write(
                "site.yaml",
                Self.valid
                    + "menus:\n  main:\n    - {label: A, url: /gioi-thieu/}\n    - {label: B, url: \"https://dichvucong.gov.vn/\"}\n"
                    + "    - {label: C, url: \"mailto:so@x.gov.vn\"}\n    - {label: D, url: \"tel:02123752630\"}\n")
        } check: { site, _ in
            let home = try site.page("index.html")
            for href in ["/gioi-thieu/", "https://dichvucong.gov.vn/", "mailto:so@x.gov.vn", "tel:02123752630"] {
                #expect(home.contains("href=\"\(href)\""), "\(href)")
            }
        }
    }

    @Test(
        "an agency website that is not http(s) never becomes a script link",
        arguments: [
            ("javascript://%0aalert(1)", "https://javascript://%0aalert(1)"), ("sonoivu.sonla.gov.vn", "https://sonoivu.sonla.gov.vn"),
            ("http://x.vn", "http://x.vn"), ("HTTPS://X.VN/", "HTTPS://X.VN/"), ("data:text/html,x", "https://data:text/html,x"),
        ])
    func agencyWebsite(website: String, url: String) {
        var agency = Agency()
        agency.website = website
        #expect(AgencyView(agency: agency).child(named: "website_url")?.string == url)
    }

    @Test("deep nesting, aliases and 300 KB of keys in site.yaml")
    func bombs() throws {
        let deep = try Hostile.failingBuild { site in
            try site.write("site.yaml", Self.valid + "menus: " + String(repeating: "[", count: 100_000) + "\n")
        }
        #expect(Hostile.hasError(deep, in: "site.yaml", line: 3, "nested more than 64 levels"))
        let alias = try Hostile.failingBuild { site in
            try site.write("site.yaml", Self.valid + "agency: &a {name: x}\nmenus: {main: *a}\n")
        }
        #expect(Hostile.hasError(alias, in: "site.yaml", line: 4, "YAML aliases"))
        let huge = try Hostile.failingBuild { site in
            try site.write("site.yaml", Self.valid + (0..<30_000).map { "khoa\($0): giá trị\n" }.joined())
        }
        #expect(Hostile.hasError(huge, in: "site.yaml", line: 1, "KB allowed"))
    }
}
