import Foundation
import Testing

@testable import BulletinCore

@Suite("Front matter and source text")
struct FrontMatterTests {
    @Test("splits YAML from the body and keeps line numbers")
    func split() throws {
        let text = "---\ntitle: A\ndate: 2023-01-12\n---\nBody line\n"
        let split = try FrontMatter.split(text).get()
        #expect(split.yaml == "title: A\ndate: 2023-01-12\n")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body line\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test("a file must open and close the front matter with ---")
    func delimiters() {
        #expect(FrontMatter.split("title: A\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("---\ntitle: A\n") == .failure(.notClosed))
        #expect(FrontMatter.split("----\ntitle: A\n---\n") == .failure(.missingOpening))
        // A line of four dashes inside does not close it.
        #expect(FrontMatter.split("---\ntitle: A\n----\n") == .failure(.notClosed))
    }

    @Test("BOM and CRLF are accepted, text comes out NFC")
    func sourceText() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: Ke\u{0302}\u{0301}\r\n---\r\n".utf8)
        let text = try SourceText.decode(bytes).get()
        #expect(text == "---\ntitle: Kế\n---\n")
        #expect(text.unicodeScalars.count == "---\ntitle: Kế\n---\n".unicodeScalars.count)
    }

    @Test("invalid UTF-8 and binary data are located")
    func badBytes() {
        let invalid: [UInt8] = Array("dòng 1\nab".utf8) + [0xC3, 0x28]
        #expect(SourceText.decode(invalid) == .failure(.invalidUTF8(line: 2, column: 3)))
        // Columns count characters: "Hội " is 4 characters but 6 bytes.
        let afterVietnamese: [UInt8] = Array("x\nHội ".utf8) + [0xFF]
        #expect(SourceText.decode(afterVietnamese) == .failure(.invalidUTF8(line: 2, column: 5)))
        #expect(SourceText.decode([0x41, 0x0A, 0x00, 0x01]) == .failure(.binary(line: 2)))
        // After a byte order mark, lines are still counted from the start of the file.
        #expect(SourceText.decode([0xEF, 0xBB, 0xBF, 0x41, 0x0A, 0x0A, 0x00]) == .failure(.binary(line: 3)))
        // CR LF and a lone CR both become LF.
        #expect(SourceText.decode(Array("a\r\nb\rc".utf8)) == .success("a\nb\nc"))
    }

    @Test("YAML errors point at the line in the Markdown file")
    func yamlError() {
        let yaml = "title: \"Không đóng\ndate: 2023-01-12\n"
        guard case .failure(let problem) = YAMLText.parseMapping(yaml, file: "a.md", firstLine: 2) else {
            Issue.record("expected a YAML error")
            return
        }
        #expect(problem.location?.file == "a.md")
        #expect((problem.location?.line ?? 0) >= 2)
        #expect(problem.message.hasPrefix("invalid YAML"))
    }

    @Test("a key given twice is an error naming it")
    func duplicateKey() {
        guard case .failure(let problem) = YAMLText.parseMapping("title: A\ntitle: B\n", file: "a.md", firstLine: 2) else {
            Issue.record("expected an error")
            return
        }
        #expect(problem.message.contains("'title' is given twice"))
    }

    @Test("deep nesting is refused before Yams recurses")
    func deepNesting() {
        let yaml = "title: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        guard case .failure(let problem) = YAMLText.parseMapping(yaml, file: "a.md", firstLine: 2) else {
            Issue.record("expected an error")
            return
        }
        #expect(problem.message.contains("nested more than"))
    }

    @Test("typed fields report wrong values at their line, unknown keys with a suggestion")
    func fields() throws {
        let yaml = "title: A\nviews: nhiều\nfeatured: có lẽ\ntilte: B\ndate: 2023-02-30\n"
        let mapping = try YAMLText.parseMapping(yaml, file: "a.md", firstLine: 2).get()
        var fields = FieldReader(mapping: mapping, file: "a.md", firstLine: 2)
        #expect(fields.int("views") == nil)
        #expect(fields.bool("featured") == nil)
        #expect(fields.date("date", zone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!) == nil)
        fields.rejectUnknownKeys(ArticleSource.knownKeys, in: .message(Message(.placeFrontMatter)))
        let lines = fields.problems.map(\.formatted)
        #expect(lines.contains { $0.hasPrefix("a.md:3:1: error: 'views' must be a whole number") })
        #expect(lines.contains { $0.hasPrefix("a.md:4:1: error: 'featured' must be true or false") })
        #expect(lines.contains { $0.hasPrefix("a.md:6:1: error: 'date' is not a real date") })
        #expect(lines.contains { $0.hasPrefix("a.md:5:1: warning: unknown key 'tilte'") && $0.contains("did you mean 'title'") })
    }

    @Test("whole numbers may set off thousands with '.', but a decimal is not one")
    func wholeNumbers() {
        #expect(FieldReader.wholeNumber("1234") == 1234)
        #expect(FieldReader.wholeNumber("1.234") == 1234)
        #expect(FieldReader.wholeNumber("12.345.678") == 12_345_678)
        #expect(FieldReader.wholeNumber("1_234") == 1234)
        #expect(FieldReader.wholeNumber("1.5") == nil)
        #expect(FieldReader.wholeNumber("1234.567") == nil)
        #expect(FieldReader.wholeNumber("1..234") == nil)
        #expect(FieldReader.wholeNumber("-1") == -1)
    }

    @Test("tags accept a list or one string")
    func tags() throws {
        var one = FieldReader(
            mapping: try YAMLText.parseMapping("tags: CCHC\n", file: "a", firstLine: 1).get(), file: "a", firstLine: 1)
        #expect(one.stringList("tags") == ["CCHC"])
        var list = FieldReader(
            mapping: try YAMLText.parseMapping("tags: [CCHC, \"PAR Index\", ]\n", file: "a", firstLine: 1).get(), file: "a",
            firstLine: 1)
        #expect(list.stringList("tags") == ["CCHC", "PAR Index"])
    }

    @Test("tags written as one value with commas get a warning that shows the list to write")
    func tagsWithCommas() throws {
        let site = try TestSite()
        let front = "---\ntitle: \"Tin có thẻ\"\ndate: 2023-05-01\ncategory: Cải cách hành chính\n"
        try site.write("articles/2023/05/the-a.md", front + "tags: CCHC, SIPAS, Chỉ số\n---\nNội dung.\n")
        try site.write(
            "articles/2023/05/the-b.md",
            front.replacingOccurrences(of: "có thẻ", with: "khác") + "tags: \"Sơn La, Việt Nam\"\n---\nNội dung.\n")
        let report = site.build(write: false)
        let warnings = report.diagnostics.filter { $0.message.contains("is one value") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.location?.file.hasSuffix("articles/2023/05/the-a.md") == true)
        #expect(warnings.first?.location?.line == 5)
        #expect(warnings.first?.message.contains("tags: [CCHC, SIPAS, Chỉ số]") == true)
    }

    @Test("a .markdown file is ignored with a warning that says to rename it or import the old site")
    func markdownExtension() throws {
        let site = try TestSite()
        try site.write("articles/2023/05/cu.markdown", "---\ntitle: \"Cũ\"\ndate: 2023-05-01\n---\nChữ.\n")
        let report = site.build(write: false)
        let warning = report.diagnostics.first { $0.location?.file.hasSuffix("cu.markdown") == true }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("rename it to cu.md, or convert the old site with  bulletin import") == true)
    }
}
