import Foundation
import Testing

@testable import BulletinCore

/// `bulletin build` again and again into the same folder, as editors do: the previous generation
/// is brought up to date and switched in; after every kind of change the site must be the one a
/// clean build gives, file for file and folder for folder.
@Suite("output generations")
struct OutputGenerationsTests {
    static let now = ISO8601DateFormatter().date(from: "2025-01-15T08:00:00+07:00")!
    static let halfway = "<p>nửa chừng</p>"

    struct Harness {
        var site: SyntheticSite
        let output: String
        let clean: String

        init(articles: Int) throws {
            site = try SyntheticSite(articles: articles, seed: 11)
            output = site.root.appendingPathComponent("public").path
            clean = site.root.appendingPathComponent("clean").path
        }

        var previous: String { site.root.appendingPathComponent(".public.previous").path }

        func build(into folder: String) -> BuildReport {
            Builder(
                request: BuildRequest(
                    contentPath: site.content, templatesPath: site.templates, outputPath: folder,
                    options: BuildOptions(now: OutputGenerationsTests.now))
            ).run()
        }

        /// Builds into `public/` and into an empty folder; both must hold the same site.
        @discardableResult
        func rebuild(_ label: String) -> BuildReport {
            let report = build(into: output)
            #expect(report.succeeded, "\(label): \(report.errorLines)")
            OutputFolder.removeTree(clean)
            #expect(build(into: clean).succeeded)
            let built = FolderSnapshot(output)
            let reference = FolderSnapshot(clean)
            let differences = built.differences(from: reference)
            #expect(differences.isEmpty, "\(label): \(differences.prefix(10))")
            return report
        }

        func inode(_ relative: String) -> UInt64? { FileStamp.of(output + "/" + relative)?.inode }

        /// Adds a paragraph to article `i`.
        func append(to i: Int, _ text: String) throws {
            try site.write(site.articlePath(i), try site.read(site.articlePath(i)) + "\n" + text + "\n")
        }

        /// A build begun by hand after two generations: the previous one claimed, a page written.
        func claimAndWriteHalfway() throws -> OutputFolder {
            try twoGenerations()
            let folder = try OutputFolder(target: output, protected: [site.content])
            #expect(!folder.previous.entries.isEmpty, "the previous generation was claimed")
            try folder.write("index.html", OutputGenerationsTests.halfway)
            return folder
        }

        /// Two builds with a change between them: `public/` and a previous generation.
        func twoGenerations() throws {
            rebuild("first")
            try append(to: 1, "Thêm.")
            rebuild("second")
        }
    }

    @Test("every kind of change, built into the same folder, gives the site a clean build gives")
    func everyKindOfChange() throws {
        var h = try Harness(articles: 30)
        defer { h.site.cleanUp() }
        h.rebuild("first build")
        #expect(!FileManager.default.fileExists(atPath: h.previous))
        try h.append(to: 2, "Một đoạn thêm.")
        h.rebuild("second build: the whole site into a new folder")
        #expect(PublishedManifest.read(in: h.previous) != nil, "the first site is kept as the previous generation")
        let shared = FileStamp.of(h.previous + "/404.html")?.inode
        #expect(shared != nil && h.inode("404.html") == shared, "a page that did not change is linked, not written again")

        let home = h.inode("index.html")
        h.rebuild("nothing changed")
        #expect(h.inode("index.html") == home, "a site that did not change stays as it was")

        try h.append(to: 5, "Đoạn văn mới.")
        h.rebuild("one body changed")
        try h.site.write("articles/2025/01/bai-moi.md", h.site.article(99, title: "Bài mới đăng"))
        h.rebuild("a new article")
        // The last one: each article links to the one three before it.
        try h.site.remove(h.site.articlePath(29))
        h.rebuild("an article deleted")
        try h.site.remove("articles/2025/01/bai-moi.md")
        h.rebuild("the new article deleted again")
        let text = try h.site.read(h.site.articlePath(3))
        try h.site.write(h.site.articlePath(3), text.replacingOccurrences(of: "title: \"", with: "title: \"Đổi tên "))
        h.rebuild("a title changed (the address moves)")
        try h.site.write("static/xac-minh.txt", "mã xác minh 1\n")
        h.rebuild("a static file added")
        try h.site.write("static/xac-minh.txt", "mã xác minh 2, dài hơn\n")
        h.rebuild("a static file changed")
        try h.site.remove("static/xac-minh.txt")
        h.rebuild("a static file removed")
    }

    @Test("a file where a folder was, and a folder where a file was")
    func fileAndFolderSwapPlaces() throws {
        let h = try Harness(articles: 4)
        defer { h.site.cleanUp() }
        try h.site.write("static/tai-lieu", "một tệp\n")
        h.rebuild("a file named tai-lieu")
        h.rebuild("again, so that a previous generation exists")
        try h.site.remove("static/tai-lieu")
        try h.site.write("static/tai-lieu/huong-dan.txt", "một tệp trong thư mục\n")
        h.rebuild("now a folder named tai-lieu")
        try h.site.remove("static/tai-lieu")
        try h.site.write("static/tai-lieu", "lại là tệp\n")
        h.rebuild("a file again")
    }

    @Test("a build stopped part way keeps the claimed generation for the next build, with what it holds")
    func abandonedGenerationStaysTrusted() throws {
        let h = try Harness(articles: 6)
        defer { h.site.cleanUp() }
        let folder = try h.claimAndWriteHalfway()
        try folder.createFolders(for: ["moi/index.html"])
        folder.abandon()
        let kept = try #require(PublishedManifest.read(in: h.previous))
        let written = Array(Self.halfway.utf8).withUnsafeBytes { PublishedManifest.page($0) }
        #expect(kept.entries["index.html"] == written)
        #expect(kept.entries["moi"] == .folder)
        try h.append(to: 2, "Thêm nữa.")
        h.rebuild("the build after it")
    }

    @Test("a killed build's half-updated generation is not trusted: the next build starts afresh")
    func killedGenerationIsRemoved() throws {
        let h = try Harness(articles: 6)
        defer { h.site.cleanUp() }
        // As a kill leaves it: claimed (no manifest), written into, under a dead process's name.
        let folder = try h.claimAndWriteHalfway()
        let dead = h.site.root.appendingPathComponent(".public.building-2147483646-1").path
        #expect(rename(folder.staging, dead) == 0)
        try h.append(to: 2, "Thêm nữa.")
        h.rebuild("the build after the kill")
        #expect(!FileManager.default.fileExists(atPath: dead))
    }

    @Test("files put into public/ by hand, at the top or deeper, go and do not come back two builds later")
    func handPlacedFileGoes() throws {
        let h = try Harness(articles: 6)
        defer { h.site.cleanUp() }
        try h.twoGenerations()
        try "xác minh\n".write(toFile: h.output + "/google123.html", atomically: false, encoding: .utf8)
        let page = try #require(
            FileManager.default.subpathsOfDirectory(atPath: h.output).first { $0.hasPrefix("tin-tuc/") && $0.hasSuffix("index.html") })
        let deep = h.output + "/" + (page as NSString).deletingLastPathComponent + "/ghi-chu.txt"
        try "ghi chú\n".write(toFile: deep, atomically: false, encoding: .utf8)
        h.rebuild("nothing changed but two files put in by hand")
        for step in 0..<3 {
            try h.append(to: 2, "Lần \(step).")
            h.rebuild("change \(step) after the file was put in")
        }
    }

    @Test("a page edited or deleted in public/ by hand is written again, though nothing else changed")
    func handEditedPageIsWrittenAgain() throws {
        let h = try Harness(articles: 6)
        defer { h.site.cleanUp() }
        try h.twoGenerations()
        let home = h.output + "/index.html"
        try (try String(contentsOfFile: home, encoding: .utf8) + "<!-- sửa tay -->").write(
            toFile: home, atomically: false, encoding: .utf8)
        h.rebuild("the home page edited by hand")
        #expect(!(try String(contentsOfFile: home, encoding: .utf8)).contains("sửa tay"))
        let article = try #require(
            FileManager.default.subpathsOfDirectory(atPath: h.output).first { $0.hasPrefix("tin-tuc/") && $0.hasSuffix("index.html") })
        try FileManager.default.removeItem(atPath: h.output + "/" + article)
        h.rebuild("an article's page deleted by hand")
    }

    @Test("a file to link from the live site is in the stopped build's manifest only once it is linked")
    func linkedOnlyOnceThere() {
        let recorder = ManifestRecorder()
        let entry = PublishedManifest.Entry.page(low: 1, high: 2, size: 3)
        recorder.fromLive("tin-tuc/index.html", entry)
        #expect(recorder.manifest().entries["tin-tuc/index.html"] == entry, "the new site has it")
        let toLink = recorder.takeFromLive()
        #expect(toLink.map(\.path) == ["tin-tuc/index.html"])
        #expect(recorder.state(after: PublishedManifest()).entries["tin-tuc/index.html"] == nil, "not linked yet")
        recorder.record("tin-tuc/index.html", entry)
        #expect(recorder.state(after: PublishedManifest()).entries["tin-tuc/index.html"] == entry)
    }

    @Test("the manifest reads back what was written, paths with tabs and newlines too")
    func manifestRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { OutputFolder.removeTree(folder) }
        var manifest = PublishedManifest()
        manifest.entries["tin-tuc/index.html"] = .page(low: 1, high: UInt64.max, size: 1234)
        manifest.entries["media/ảnh\tlạ\n.png"] = .copy(size: 77, inode: 9, modified: -1, changed: 1_700_000_000_000_000_000)
        manifest.entries["tin-tuc"] = .folder
        try manifest.write(in: folder)
        #expect(PublishedManifest.read(in: folder) == manifest)
        try Data("bulletin-manifest\t1\0p\tzz\t1\t2\tx\0".utf8).write(to: URL(fileURLWithPath: folder + "/" + PublishedManifest.fileName))
        #expect(PublishedManifest.read(in: folder) == nil, "a damaged manifest is not trusted")
        try Data("bulletin-manifest\t1\0p\t1\t2\tffffffffffffffff\tx\0".utf8).write(
            to: URL(fileURLWithPath: folder + "/" + PublishedManifest.fileName))
        #expect(PublishedManifest.read(in: folder) == nil, "a size no file has is refused, not a crash")
    }
}
