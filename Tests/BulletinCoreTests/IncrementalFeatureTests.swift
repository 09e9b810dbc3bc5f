import Foundation
import Testing

@testable import BulletinCore

/// Incremental rebuilds of the sample site, which has what the synthetic site lacks: score data
/// (pages listing the articles that embed a table), documents with attached files, and
/// shortcodes. Every rebuild is compared byte for byte with a clean build.
@Suite("Incremental rebuilds of features' pages", .serialized)
struct IncrementalFeatureTests {
    static let now = ISO8601DateFormatter().date(from: "2024-06-01T08:00:00+07:00")!

    final class Sample {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-incf-\(UUID().uuidString)").path
        var content: String { root + "/content" }
        var touched = Set<String>()
        let builder: IncrementalBuilder
        let request: BuildRequest

        init() throws {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            for folder in ["content", "templates"] {
                try FileManager.default.copyItem(
                    at: TestSite.repository.appendingPathComponent(folder), to: URL(fileURLWithPath: root + "/" + folder))
            }
            request = BuildRequest(
                contentPath: root + "/content", templatesPath: root + "/templates", outputPath: root + "/served",
                options: BuildOptions(now: IncrementalFeatureTests.now))
            builder = IncrementalBuilder(request: request)
        }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let path = content + "/" + relative
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(relative) changes it")
            try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
            touched.insert(path)
        }

        func append(bytes: [UInt8], to relative: String) throws {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: content + "/" + relative))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes))
            try handle.close()
            touched.insert(content + "/" + relative)
        }

        @discardableResult
        func rebuild(_ label: String) -> IncrementalBuilder.Result {
            let changed = touched
            touched = []
            let result = builder.build(changed: changed, now: IncrementalFeatureTests.now)
            var clean = request
            clean.outputPath = root + "/clean"
            let reference = Builder(request: clean).run()
            #expect(result.report.succeeded && reference.succeeded, "\(label): \(result.report.errorLines)")
            #expect(result.report.diagnostics == reference.diagnostics, "\(label): messages differ")
            let differences = FolderSnapshot(root + "/served").differences(from: FolderSnapshot(root + "/clean"))
            #expect(differences.isEmpty, "\(label): \(differences.prefix(10))")
            return result
        }

        func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test("score pages, documents and shortcodes follow every edit")
    func features() throws {
        let sample = try Sample()
        defer { sample.cleanUp() }
        let first = sample.rebuild("first build")
        #expect(first.rendered == first.report.pagesByKind.values.reduce(0, +))
        sample.rebuild("settle")  // what the first build wrote may be too recent to trust

        let unchanged = sample.rebuild("nothing changed")
        #expect(unchanged.rendered == 0, "nothing a page read changed: nothing is made again")
        #expect(unchanged.changed.isEmpty)

        // Listed on the score pages of the index and year it embeds.
        let embedding = "articles/2023/01/hoi-nghi-tong-ket-cai-cach-hanh-chinh-2022.md"
        try sample.edit(embedding) { $0.replacingOccurrences(of: "title: \"", with: "title: \"Sửa: ") }
        let title = sample.rebuild("title of an article that embeds a score table")
        #expect(title.changed.contains { $0.hasPrefix("chi-so/") }, "its score pages list it: \(title.changed.prefix(8))")

        try sample.edit(embedding) { $0 + "\nMột câu thêm ở cuối bài.\n" }
        let body = sample.rebuild("body of that article")
        #expect(!body.changed.contains { $0.hasPrefix("chi-so/") }, "score pages show no body: \(body.changed.prefix(8))")

        try sample.append(bytes: Array(repeating: 0x20, count: 4096), to: "media/van-ban/qd-52-ubnd-2023.pdf")
        let size = sample.rebuild("an attached file grows")
        #expect(size.changed.contains { $0.hasPrefix("van-ban/") }, "document pages show the size: \(size.changed.prefix(8))")

        try sample.edit("documents/qd-52-ubnd-2023.md") { $0.replacingOccurrences(of: "summary: ", with: "summary: Sửa trích yếu. ") }
        sample.rebuild("a document's summary")

        let units = "scores/units.csv"
        try sample.edit(units) { $0.replacingOccurrences(of: ",Nội vụ,so", with: ",SNV,so") }
        sample.rebuild("a unit's short name in the score data")
    }
}
