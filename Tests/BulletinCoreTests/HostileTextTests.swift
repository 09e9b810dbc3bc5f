import Foundation
import Testing

@testable import BulletinCore

/// Files that are not the text they should be: empty, binary, badly encoded, huge, with broken or
/// malicious front matter. Each is an error naming the file and line, and nothing is written.
@Suite("Hostile input: text and front matter", .timeLimit(.minutes(2)))
struct HostileTextTests {
    @Test("empty, blank and BOM-only files")
    func emptyFiles() throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/rong.md", "")
            try site.write("articles/trang.md", "\n \n\t\n")
            try site.writeBytes("articles/bom.md", [0xEF, 0xBB, 0xBF])
            try site.write("pages/rong.md", "")
        }
        #expect(Hostile.hasError(report, in: "articles/rong.md", "the file is empty"))
        #expect(Hostile.hasError(report, in: "pages/rong.md", "the file is empty"))
        #expect(Hostile.hasError(report, in: "articles/trang.md", line: 1, "must start with front matter"))
        #expect(Hostile.hasError(report, in: "articles/bom.md", line: 1, "must start with front matter"))
    }

    @Test("binary files: NUL bytes, an image, UTF-16, random bytes")
    func binaryFiles() throws {
        var random = SystemRandomNumberGenerator()
        let noise = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &random) } + [0]
        let report = try Hostile.failingBuild { site in
            try site.writeBytes("articles/nul.md", Array("---\ntitle: A\n".utf8) + [0] + Array("\n---\n".utf8))
            try site.writeBytes("articles/anh.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
            try site.writeBytes(
                "articles/utf16.md", [0xFF, 0xFE] + Array(Hostile.article().utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
            try site.writeBytes("articles/ngau-nhien.md", noise)
        }
        #expect(Hostile.hasError(report, in: "articles/nul.md", line: 3, "binary file"))
        #expect(Hostile.hasError(report, in: "articles/anh.md", line: 3, "binary file"))
        #expect(Hostile.hasError(report, in: "articles/utf16.md", line: 1, "binary file"))
        #expect(Hostile.hasError(report, in: "articles/ngau-nhien.md", "binary file"))
    }

    @Test("invalid UTF-8: stray, overlong, surrogate and cut-off sequences, located by line and column")
    func invalidUTF8() throws {
        let cases: [(String, [UInt8])] = [
            ("le.md", [0x80]), ("dai.md", [0xC0, 0xAF]), ("surrogate.md", [0xED, 0xA0, 0x80]),
            ("ngoai-khoang.md", [0xF4, 0x90, 0x80, 0x80]), ("cut.md", [0xE1, 0xBB]),
        ]
        let report = try Hostile.failingBuild { site in
            for (name, bad) in cases {
                try site.writeBytes("articles/\(name)", Array("---\ntitle: Ảnh ".utf8) + bad + Array(" x\ndate: 2023-01-01\n---\n".utf8))
            }
        }
        for (name, _) in cases {
            // "title: Ảnh " is 11 characters (13 bytes: Ả takes three); columns count characters,
            // as an editor shows them and as every other message counts them.
            #expect(report.errorLines.contains { $0.contains("articles/\(name):2:12: error: the file is not valid UTF-8") })
        }
    }

    @Test("a 10 MB article, site.yaml and template are refused by size, before parsing")
    func hugeFiles() throws {
        let paragraph = String(repeating: "Đây là một đoạn văn bản tiếng Việt khá dài. ", count: 20) + "\n\n"
        let tenMB = String(repeating: paragraph, count: 10 * 1024 * 1024 / paragraph.utf8.count + 1)
        let report = try Hostile.failingBuild { site in
            try site.write("articles/lon.md", Hostile.article(body: tenMB))
            try site.write("pages/lon.md", "---\ntitle: Lớn\n---\n" + tenMB)
            try site.writeTemplate("partials/lon.mustache", tenMB)
        }
        #expect(Hostile.hasError(report, in: "articles/lon.md", "more than the 1 MB a text file may have"))
        #expect(Hostile.hasError(report, in: "pages/lon.md", "more than the 1 MB"))
        #expect(report.errorLines.contains { $0.contains("templates/partials/lon.mustache: error: the file is 10.0 MB") })

        let config = try Hostile.failingBuild { site in try site.write("site.yaml", "title: x\n# " + tenMB) }
        #expect(Hostile.hasError(config, in: "site.yaml", "more than the 1 MB"))
    }

    @Test("a file just under the size limit still builds")
    func largeButAllowed() throws {
        let line = String(repeating: "Văn bản dài ", count: 50) + "\n\n"
        let body = String(repeating: line, count: (SourceText.maximumSize - 200) / line.utf8.count)
        try Hostile.passingBuild { site in
            try site.write("articles/dai.md", Hostile.article(title: "Văn bản dài", body: body))
        } check: { site, _ in
            let page = try site.page("tin-tuc/van-ban-dai/index.html")
            #expect(page.contains("Văn bản dài Văn bản dài"))
        }
    }

    @Test("front matter not opened, not closed, or only dashes")
    func delimiters() throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/mo.md", "---\ntitle: A\ndate: 2023-01-01\nThân bài không có dòng đóng.\n")
            try site.write("articles/gach.md", "---")
            try site.write("articles/thieu.md", "title: A\n---\nThân.\n")
            try site.write("articles/dau-cach.md", "--- \ntitle: A\n---\n")
        }
        #expect(Hostile.hasError(report, in: "articles/mo.md", line: 1, "front matter is not closed"))
        #expect(Hostile.hasError(report, in: "articles/gach.md", line: 1, "front matter is not closed"))
        #expect(Hostile.hasError(report, in: "articles/thieu.md", line: 1, "must start with front matter"))
        #expect(Hostile.hasError(report, in: "articles/dau-cach.md", line: 1, "must start with front matter"))
    }

    @Test(
        "malformed YAML is an error at its line in the Markdown file",
        arguments: [
            ("title: \"không đóng\ndate: 2023-01-01\n", 2),
            ("tags: [a, b\ndate: 2023-01-01\n", 2),
            ("title: A\n\tdate: 2023-01-01\n", 3),
            ("title: A\n  date: 2023-01-01\n", 3),
            ("title: [A, B\ndate: 2023-01-01\n", 3),
            ("title: A\ntitle: B\ndate: 2023-01-01\n", 2),
            ("- A\n- B\n", 2),
            ("chỉ một dòng\n", 2),
            ("title: \"A\u{1}\"\ndate: 2023-01-01\n", 2),
            ("title: A: B\ndate: 2023-01-01\n", 2),
            ("title: !!binary AAAA\ndate: 2023-01-01\n{x\n", 4),
        ])
    func malformedYAML(yaml: String, line: Int) throws {
        let report = try Hostile.failingBuild { site in
            try site.write("articles/yaml.md", "---\n" + yaml + "---\nThân.\n")
        }
        #expect(report.errors.count == 1)
        #expect(report.errors.allSatisfy { $0.location?.file.hasSuffix("content/articles/yaml.md") == true })
        #expect(report.errors.allSatisfy { ($0.location?.line ?? 0) >= line - 1 && ($0.location?.line ?? 0) <= line + 1 })
    }

    @Test("billion laughs: aliases are refused before Yams expands or compares them")
    func billionLaughs() throws {
        var bomb = "lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for i in 1...9 {
            bomb += "lol\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let report = try Hostile.failingBuild { site in
            try site.write("articles/gia-tri.md", "---\ntitle: A\ndate: 2023-01-01\n" + bomb + "tags: *a9\n---\nx\n")
            // As keys, Yams would hash nine levels of nine aliases to look for duplicates: hours.
            try site.write("articles/khoa.md", "---\ntitle: A\ndate: 2023-01-01\n" + bomb + "? *a9\n: 1\n? *a8\n: 2\n---\nx\n")
            try site.write("articles/flow.md", "---\ntitle: A\ndate: 2023-01-01\nx: &a [1]\ny: {*a : 1}\n---\nx\n")
        }
        #expect(Hostile.hasError(report, in: "articles/gia-tri.md", line: 5, "YAML aliases (*name) are not supported"))
        #expect(Hostile.hasError(report, in: "articles/khoa.md", line: 5, "YAML aliases"))
        #expect(Hostile.hasError(report, in: "articles/flow.md", line: 5, "YAML aliases"))

        let config = try Hostile.failingBuild { site in
            try site.write("site.yaml", "title: A\nbase_url: https://x.vn/\n" + bomb + "menus:\n  main: *a9\n")
        }
        #expect(Hostile.hasError(config, in: "site.yaml", line: 4, "YAML aliases"))
    }

    @Test("YAML nested thousands of levels deep, in brackets, braces, dashes and indentation")
    func deepYAML() throws {
        let n = 10_000
        let report = try Hostile.failingBuild { site in
            let shapes = [
                "x: " + String(repeating: "[", count: n) + String(repeating: "]", count: n),
                "x: " + String(repeating: "{a: ", count: n) + "1" + String(repeating: "}", count: n),
                "x:\n" + String(repeating: "- ", count: n) + "1",
                "x:\n" + (1...200).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " 1",
                "x: [\n" + String(repeating: "[\n", count: n) + String(repeating: "]\n", count: n) + "]",
            ]
            for (i, yaml) in shapes.enumerated() {
                try site.write("articles/sau-\(i).md", "---\ntitle: A\ndate: 2023-01-01\n\(yaml)\n---\nx\n")
            }
        }
        for i in 0..<5 {
            #expect(Hostile.hasError(report, in: "articles/sau-\(i).md", "YAML nested more than 64 levels deep"))
        }
    }

    @Test("front matter of 300 KB is refused; 5,000 unknown keys only warn, without a slow search")
    func hugeFrontMatter() throws {
        let keys = (0..<30_000).map { "khoa\($0): giá trị \($0)\n" }.joined()
        let report = try Hostile.failingBuild { site in
            try site.write("articles/lon.md", "---\ntitle: A\ndate: 2023-01-01\n" + keys + "---\nx\n")
        }
        #expect(Hostile.hasError(report, in: "articles/lon.md", line: 2, "KB allowed; keep only the keys here"))

        let many = (0..<5_000).map { "k\(String(repeating: "x", count: $0 % 40))\($0): v\n" }.joined()
        try Hostile.passingBuild { site in
            try site.write("articles/nhieu.md", "---\ntitle: Nhiều khoá\ndate: 2023-01-01\n" + many + "---\nx\n")
        } check: { _, report in
            #expect(report.warnings.filter { $0.message.hasPrefix("unknown key") }.count == 5_000)
        }
    }

    @Test("keys of 1,000 characters warn; of 100,000 (over YAML's limit) are an error at their line")
    func hugeKeys() throws {
        try Hostile.passingBuild { site in
            try site.write("articles/khoa.md", Hostile.article(title: "Khoá dài", extra: String(repeating: "k", count: 1_000) + ": 1\n"))
        } check: { _, report in
            #expect(report.warnings.contains { $0.message.hasPrefix("unknown key 'kkkk") && !$0.message.contains("did you mean") })
        }
        let report = try Hostile.failingBuild { site in
            try site.write("articles/khoa.md", Hostile.article(extra: String(repeating: "k", count: 100_000) + ": 1\n"))
        }
        #expect(Hostile.hasError(report, in: "articles/khoa.md", line: 4, "invalid YAML"))
    }
}

/// The YAML guard must stop hostile YAML and let every ordinary front matter through.
@Suite("YAML guard")
struct YAMLGuardTests {
    @Test(
        "ordinary YAML with '*', '&', quotes, comments and block scalars passes",
        arguments: [
            "title: Hội nghị *quan trọng*\n",
            "title: \"*Khẩn*: thông báo\"\n",
            "title: '*Khẩn* ''số 1'''\n",
            "title: Sở Nội vụ & Sở Tư pháp\n",
            "summary: |\n  * mục một\n  * mục hai\n    *thụt vào*\ndate: 2023-01-01\n",
            "summary: >-\n  *nghiêng* và [ngoặc\n  còn mở\ntags: [a, b]\n",
            "title: \"dòng một\n  *dòng hai*\"\n",
            "title: A # *chú thích*\n",
            "tags:\n  - CCHC\n  - \"*SIPAS\"\n",
            "title: a*b\nsource: x *y\n",
            // A quoted value whose second line is long: its text is not indentation.
            "summary: \"Hội nghị tổng kết\n  " + String(repeating: "công tác cải cách hành chính ", count: 6)
                + "năm 2022\"\ndate: 2023-01-01\n",
            "tags: ['a\n  " + String(repeating: "b", count: 200) + "', c]\n",
        ])
    func passes(yaml: String) {
        #expect(YAMLGuard.check(yaml) == nil)
        // The whole loader (guard, then Yams) accepts it: the sample is real, valid YAML.
        guard case .success(let mapping) = YAMLText.parseMapping(yaml, file: "x.md", firstLine: 2) else {
            Issue.record("the loader refused \(yaml)")
            return
        }
        #expect(mapping != nil)
    }

    @Test(
        "aliases are found wherever YAML allows them, with their column",
        arguments: [
            ("a: &x 1\nb: *x\n", 2, 4),
            ("a: &x 1\n*x : 2\n", 2, 1),
            ("a: &x 1\n? *x\n: 2\n", 2, 3),
            ("a: &x 1\nb: [1, *x]\n", 2, 8),
            ("a: &x 1\nb:\n  - *x\n", 3, 5),
            ("a: &x 1\nb: {c: *x}\n", 2, 8),
            ("a: &x 1\nb: \"q\" \nc: *x\n", 3, 4),
        ])
    func aliases(yaml: String, line: Int, column: Int) {
        let problem = YAMLGuard.check(yaml)
        #expect(problem?.line == line && problem?.column == column, "\(String(describing: problem))")
        #expect(problem?.message.text(in: .english).contains("aliases") == true)
    }
}
