import Foundation
import Testing
import Yams

@testable import BulletinCore

/// `FlatYAML` reads flat front matter without Yams; whatever it accepts must read exactly as Yams
/// reads it, and whatever it is not sure of must be left to Yams.
@Suite("Flat front matter")
struct FlatYAMLTests {
    /// The fields Yams gives, in the order written.
    private func yamsFields(_ yaml: String) throws -> [(String, Field)] {
        let reader = FieldReader(mapping: try YAMLText.parseMapping(yaml, file: "a.md", firstLine: 1).get(), file: "a.md", firstLine: 1)
        return reader.order.map { ($0, reader.entries[$0]!) }
    }

    /// Yams' fields without their nodes, which the flat reader does not make.
    private func withoutNodes(_ fields: [(String, Field)]) -> [(String, Field)] {
        fields.map { ($0.0, Field(line: $0.1.line, column: $0.1.column, value: $0.1.value, node: nil)) }
    }

    private func expectSame(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let flat = try #require(FlatYAML.fields(yaml), "not read as flat: \(yaml)", sourceLocation: sourceLocation)
        let yams = withoutNodes(try yamsFields(yaml))
        #expect(flat.map(\.0) == yams.map(\.0), "keys of \(yaml)", sourceLocation: sourceLocation)
        #expect(flat.map(\.1) == yams.map(\.1), "values of \(yaml)", sourceLocation: sourceLocation)
    }

    @Test("reads flat keys, quoted and plain values and bracketed lists as Yams does")
    func sameAsYams() throws {
        let samples = [
            "title: \"Đồng công thể cao nước trào\"\ndate: 2019-03-12T18:45:29+07:00\ncategory: Thi đua - Khen thưởng\n"
                + "tags: [Khen thưởng]\nauthor: Lường Văn Sơn\nsummary: \"Hoạt kết tục: đoàn tạo hội #1.\"\nviews: 475\n",
            "tags: [Công đoàn, Phong trào, Văn hóa công sở]\nfeatured: true\n",
            "tags: []\n",
            "tags: [ CCHC ,  \"PAR Index\" ,SIPAS]\n",
            "tags: [\"Cải cách hành chính\", CCHC]\n",
            "title: Sở \"Nội vụ\" và 'Lao động'\n",
            "title: 10:30 sáng thứ Năm\nsource: https://sonla.gov.vn/tin-tuc?id=12&trang=2\n",
            "title: C# và a#b\n",
            "title: ~\nsummary: null\nimage: \"\"\n",
            "summary:    nhiều   khoảng trắng\n",
            "# a comment line\ntitle: A\n\n# another\ndate: 2023-01-12\n\n",
            "title: Lá cờ 🇻🇳 và chữ ký\n",
            "title: 50% cán bộ\nviews: 1.234\n",
            "Title_2: X\n",
            "title: A\nupdated: 2023-01-13",
            "title: a\\b\n",
        ]
        for yaml in samples { try expectSame(yaml) }
    }

    @Test("leaves to Yams what it is not sure of")
    func fallsBack() {
        let samples = [
            "title: 'single quotes'\n",
            "title: \"an \\\"escape\\\"\"\n",
            "title: \"not closed\n",
            "summary: |\n  block\n",
            "summary: >\n  folded\n",
            "tags:\n  - a\n  - b\n",
            "title:\n",
            "  title: indented\n",
            "title: value # a comment\n",
            "title: trailing space \n",
            "title: \"x\" \n",
            "title: A\ntitle: B\n",
            "views: -1\n",
            "tags: [a, [b]]\n",
            "tags: [a,]\n",
            "tags: [a,,b]\n",
            "tags: [\"a, b\", c]\n",
            "tags: [http://a]\n",
            "tags: {a: b}\n",
            "title: a\tb\n",
            "title: a\u{2028}b\n",
            "title: a\u{85}b\n",
            "title: \u{FEFF}a\n",
            "title: a: b\n",
            "title: a\n  continued\n",
            "---\ntitle: a\n",
            "title: ?x\n",
            "title: %x\n",
            "title: &anchor x\n",
            "title: !tag x\n",
            "title : a\n",
            "title:a\n",
            "tiêu_đề: a\n",
            "",
            "\n# only a comment\n",
            String(repeating: "k", count: 100) + ": a\n",
        ]
        for yaml in samples { #expect(FlatYAML.fields(yaml) == nil, "read as flat: \(yaml)") }
    }

    @Test("every front matter of the sample site reads as flat, and as Yams reads it")
    func sampleSite() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".md")
        }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            try expectSame(try FrontMatter.split(text).get().yaml)
        }
    }

    @Test("a flat front matter and its Yams reading report the same problems at the same places")
    func sameProblems() throws {
        let yaml = "title: \"\"\nviews: nhiều\nfeatured: có lẽ\ntilte: B\ndate: 2023-02-30\ntags: [a, \"\"]\n"
        var flat = try YAMLText.parseFields(yaml, file: "a.md", firstLine: 2).get()
        var yams = FieldReader(mapping: try YAMLText.parseMapping(yaml, file: "a.md", firstLine: 2).get(), file: "a.md", firstLine: 2)
        #expect(yams.entries.values.allSatisfy { $0.node != nil })
        #expect(flat.entries.values.allSatisfy { $0.node == nil })
        func read(_ fields: inout FieldReader) -> [String] {
            _ = fields.requiredString("title", example: "title: A")
            _ = fields.int("views")
            _ = fields.bool("featured")
            _ = fields.date("date", zone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
            _ = fields.stringList("tags")
            fields.rejectUnknownKeys(ArticleSource.knownKeys, in: .message(Message(.placeFrontMatter)))
            return fields.problems.map(\.formatted)
        }
        let problems = read(&flat)
        #expect(problems == read(&yams))
        #expect(problems.count == 5)
    }
}
