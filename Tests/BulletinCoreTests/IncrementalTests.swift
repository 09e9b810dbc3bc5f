import Foundation
import Testing

@testable import BulletinCore

/// Incremental rebuilds must write exactly what a clean build of the same input writes: after
/// every kind of edit, the output folder is compared file by file, byte for byte (and folder by
/// folder) with a clean build, and the messages with the clean build's messages.
@Suite("Incremental rebuilds", .serialized)
struct IncrementalTests {
    static let now = ISO8601DateFormatter().date(from: "2025-01-15T08:00:00+07:00")!

    struct Harness {
        var site: SyntheticSite
        let builder: IncrementalBuilder
        let output: String
        let clean: String
        let options: BuildOptions
        /// Tell each rebuild which files changed, as `serve`'s watcher does.
        let hinted: Bool

        init(
            articles: Int, seed: UInt64 = 42, hinted: Bool = false, options: BuildOptions = BuildOptions(now: IncrementalTests.now)
        ) throws {
            self.hinted = hinted
            site = try SyntheticSite(articles: articles, seed: seed)
            output = site.root.appendingPathComponent("served").path
            clean = site.root.appendingPathComponent("clean").path
            self.options = options
            builder = IncrementalBuilder(
                request: BuildRequest(
                    contentPath: site.content, templatesPath: site.templates, outputPath: output, options: options))
        }

        /// Rebuilds, builds from scratch, and checks that both agree.
        @discardableResult
        func rebuild(_ label: String, changed: Set<String>? = nil) -> IncrementalBuilder.Result {
            let touched = site.takeTouched()
            let result = builder.build(changed: changed ?? (hinted ? touched : nil), now: options.now)
            let request = BuildRequest(contentPath: site.content, templatesPath: site.templates, outputPath: clean, options: options)
            let reference = Builder(request: request).run()
            #expect(result.report.succeeded == reference.succeeded, "\(label): \(result.report.errorLines)")
            #expect(result.report.diagnostics == reference.diagnostics, "\(label): messages differ")
            if reference.succeeded {
                let differences = FolderSnapshot(output).differences(from: FolderSnapshot(clean))
                #expect(differences.isEmpty, "\(label): \(differences.prefix(10))")
            }
            return result
        }
    }

    @Test("every kind of edit gives the same files as a clean build", arguments: [false, true])
    func editKinds(hinted: Bool) throws {
        var h = try Harness(articles: 40, hinted: hinted)
        defer { h.site.cleanUp() }
        let first = h.rebuild("first build")
        #expect(first.report.succeeded)
        #expect(first.rendered == first.report.pagesByKind.values.reduce(0, +))

        let unchanged = h.rebuild("nothing changed")
        #expect(unchanged.changed.isEmpty)

        let path = h.site.articlePath(10)
        try h.site.write(path, try h.site.read(path) + "\nMột đoạn mới được thêm vào cuối bài.\n")
        let body = h.rebuild("body edit")
        #expect(body.reusedModel, "a body edit keeps validation and the model")
        #expect(body.changed.contains { $0.hasSuffix("/index.html") && $0.hasPrefix("tin-tuc/") })
        // Pages are made again only when something they read changed: the article's page, and of
        // the rest only the search shards that hold its new words (they change, so each one made
        // is written) and the manifest, whose version stamp tells browsers to fetch the shards
        // again. Files made on every rebuild (feeds, sitemap) are counted apart.
        let shards = body.changed.filter { $0.hasPrefix(SearchShards.folder) }
        #expect(shards.contains(SearchShards.folder + "manifest.json"), "the stamp changes with the index")
        #expect(
            shards.allSatisfy {
                $0.hasPrefix(SearchShards.folder + "w/") || $0.hasPrefix(SearchShards.folder + "p/")
                    || $0 == SearchShards.folder + "manifest.json"
            },
            "only word and pair shards and the manifest: \(shards)")
        let shardsMade = shards.filter { $0 != SearchShards.folder + "manifest.json" }.count  // the manifest is remade
        #expect(body.rendered == 1 + shardsMade, "the article and \(shardsMade) search shards, not \(body.rendered) files")

        try h.site.write(path, try h.site.read(path).replacingOccurrences(of: "title: \"", with: "title: \"Sửa tiêu đề "))
        let title = h.rebuild("title edit (new address)")
        #expect(title.reusedModel, "a new title moves the address: patched, validation and the model kept")
        let linking = h.site.articlePath(13)  // links to article 10
        let linkingPage = title.changed.first { $0.hasPrefix("tin-tuc/") && $0.contains("-13/") }
        #expect(linkingPage != nil, "the article linking to it holds the new address: \(title.changed), \(linking)")

        // Two articles trade titles (each takes the address the other gives up), then one takes
        // a third's title: the clash is reported as a clean build reports it, and then mended.
        func titleLine(_ path: String) throws -> String {
            try h.site.read(path).components(separatedBy: "\n").first { $0.hasPrefix("title:") } ?? ""
        }
        let (a, b, c) = (h.site.articlePath(20), h.site.articlePath(21), h.site.articlePath(22))
        let (titleA, titleB, titleC) = (try titleLine(a), try titleLine(b), try titleLine(c))
        try h.site.write(a, try h.site.read(a).replacingOccurrences(of: titleA, with: titleB))
        try h.site.write(b, try h.site.read(b).replacingOccurrences(of: titleB, with: titleA))
        #expect(h.rebuild("two articles trade titles").reusedModel)
        try h.site.write(c, try h.site.read(c).replacingOccurrences(of: titleC, with: titleA))
        let clash = h.rebuild("a title another article has")
        #expect(clash.report.errorLines.contains { $0.contains("two articles would have the same address") })
        try h.site.write(c, try h.site.read(c).replacingOccurrences(of: titleA, with: titleC))
        #expect(h.rebuild("the clash mended").report.succeeded)

        let summarised = h.site.articlePath(8)
        try h.site.write(summarised, try h.site.read(summarised).replacingOccurrences(of: "summary: \"", with: "summary: \"Tóm tắt mới. "))
        #expect(h.rebuild("summary edit (cards change)").reusedModel)

        let dated = h.site.articlePath(11)
        try h.site.write(dated, try h.site.read(dated).replacingOccurrences(of: "date: 2024-12", with: "date: 2021-12"))
        h.rebuild("date edit (moves between archives)")

        let moved = h.site.articlePath(12)
        try h.site.write(moved, try h.site.read(moved).replacingOccurrences(of: "category: ", with: "category: Thanh niên\n# was: "))
        h.rebuild("category edit")

        let tagged = h.site.articlePath(13)
        try h.site.write(tagged, try h.site.read(tagged).replacingOccurrences(of: "tags: [", with: "tags: [Mới, "))
        h.rebuild("tags edit (new tag)")

        try h.site.write(h.site.articlePath(15), setKey(try h.site.read(h.site.articlePath(15)), "featured", "true"))
        h.rebuild("featured edit")

        try h.site.write("articles/2024/12/bai-moi.md", h.site.article(999, title: "Bài mới hoàn toàn"))
        h.rebuild("new article")

        try h.site.remove(h.site.articlePath(39))
        h.rebuild("deleted article")

        let renamed = h.site.articlePath(38)
        let text = try h.site.read(renamed)
        try h.site.remove(renamed)
        try h.site.write("articles/2024/12/doi-ten.md", text)
        h.rebuild("renamed file")

        try h.site.write(h.site.articlePath(37), setKey(try h.site.read(h.site.articlePath(37)), "draft", "true"))
        h.rebuild("article made a draft")

        try h.site.writeTemplate("article.mustache", try h.site.readTemplate("article.mustache") + "<!-- sửa mẫu bài -->\n")
        let template = h.rebuild("article template edit")
        #expect(template.changed.allSatisfy { $0.hasPrefix("tin-tuc/") }, "only article pages: \(template.changed.prefix(5))")

        try h.site.writeTemplate("partials/card.mustache", try h.site.readTemplate("partials/card.mustache") + "<!-- thẻ -->\n")
        h.rebuild("card template edit")

        try h.site.writeTemplate("layout.mustache", try h.site.readTemplate("layout.mustache") + "<!-- khung -->\n")
        h.rebuild("layout edit")

        try h.site.write(
            "site.yaml", try h.site.read("site.yaml").replacingOccurrences(of: "title: \"Sở Thử nghiệm\"", with: "title: \"Sở Nội vụ\""))
        h.rebuild("site.yaml edit")

        try h.site.write("media/anh-3.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n")
        try h.site.remove("media/anh-2.svg")
        for i in stride(from: 5, to: 40, by: 10) {
            let file = h.site.articlePath(i)
            guard FileManager.default.fileExists(atPath: h.site.content + "/" + file) else { continue }
            try h.site.write(file, try h.site.read(file).replacingOccurrences(of: "anh-2.svg", with: "anh-3.svg"))
        }
        h.rebuild("media added and removed")

        try h.site.write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu chung\n---\nNội dung mới của trang.\n")
        h.rebuild("static page edit")

        try h.site.write("pages/hoi-dap.md", "---\ntitle: Hỏi đáp\n---\nCâu hỏi thường gặp.\n")
        h.rebuild("static page added")
    }

    @Test("a category's shown name changes while its number stays: the search stamp follows", arguments: [false, true])
    func categoryNameOnly(hinted: Bool) throws {
        let h = try Harness(articles: 8, hinted: hinted)
        defer { h.site.cleanUp() }
        h.rebuild("first build")
        // "Tin tức - Sự kiện" has articles 0 and 4; article 0's file comes first, so its spelling
        // is the one shown. An en dash keeps the address and the number of the category.
        let path = h.site.articlePath(0)
        try h.site.write(
            path, try h.site.read(path).replacingOccurrences(of: "category: Tin tức - Sự kiện", with: "category: Tin tức – Sự kiện"))
        let renamed = h.rebuild("one article spells the category with an en dash")
        #expect(renamed.changed.contains(SearchShards.folder + "manifest.json"))
    }

    @Test("score files are read again when they change, and their pages follow; kept otherwise")
    func scoreEdits() throws {
        let h = try Harness(articles: 6, hinted: true)
        defer { h.site.cleanUp() }
        try FileManager.default.copyItem(
            at: TestSite.repository.appendingPathComponent("content/scores"), to: URL(fileURLWithPath: h.site.content + "/scores"))
        #expect(h.rebuild("first build with score data").report.succeeded)
        #expect(FileManager.default.fileExists(atPath: h.output + "/chi-so/index.html"))
        h.rebuild("settled")
        let article = h.site.articlePath(2)
        try h.site.write(article, try h.site.read(article) + "\nThêm một câu.\n")
        #expect(h.rebuild("body edit, score data kept").report.succeeded)

        let scores = "scores/par-index/2022.csv"
        let good = try h.site.read(scores)
        let lowered = good.replacingOccurrences(of: "Sở Nội vụ,9.80,", with: "Sở Nội vụ,9.10,")
        try h.site.write(scores, lowered.replacingOccurrences(of: ",14.03,94.36", with: ",14.03,93.66"))
        let edited = h.rebuild("a score value edited")
        #expect(edited.report.succeeded, "\(edited.report.errorLines)")
        #expect(edited.changed.contains { $0.hasPrefix("chi-so/") }, "the score pages show the new value")

        try h.site.write(scores, good.replacingOccurrences(of: "Sở Nội vụ,9.80,", with: "Sở Nội vụ,chín,"))
        let broken = h.rebuild("a score value that is not a number")
        #expect(!broken.report.succeeded)
        #expect(broken.report.errorLines.contains { $0.contains("2022.csv:2:") }, "\(broken.report.errorLines)")
        try h.site.write(scores, good)
        #expect(h.rebuild("fixed").report.succeeded)
    }

    @Test("a failing rebuild writes nothing; the next good one catches up", arguments: [false, true])
    func failure(hinted: Bool) throws {
        let h = try Harness(articles: 12, hinted: hinted)
        defer { h.site.cleanUp() }
        h.rebuild("first build")
        let before = FolderSnapshot(h.output)
        let path = h.site.articlePath(5)
        let good = try h.site.read(path)
        try h.site.write(path, good.replacingOccurrences(of: "title: \"", with: "title: \"Đang sửa: \"dở"))
        let broken = h.rebuild("broken front matter")
        #expect(!broken.report.succeeded)
        #expect(broken.report.errorLines.contains { $0.hasPrefix(h.site.content + "/" + path + ":") })
        #expect(FolderSnapshot(h.output) == before, "the last good site stays as it was")
        // Other edits while the site is broken are not lost once it is fixed.
        let other = h.site.articlePath(7)
        try h.site.write(other, try h.site.read(other).replacingOccurrences(of: "title: \"", with: "title: \"Trong lúc lỗi "))
        let third = h.site.articlePath(9)
        try h.site.write(third, try h.site.read(third) + "\nThêm trong lúc lỗi.\n")
        #expect(!h.rebuild("still broken, other files edited").report.succeeded)
        try h.site.write(path, good + "\nĐã sửa xong.\n")
        #expect(h.rebuild("fixed").report.succeeded)
        try h.site.write(third, try h.site.read(third) + "\nRồi thêm nữa.\n")
        #expect(h.rebuild("edited after the fix").report.succeeded)
    }

    @Test("a media file larger than any file the loader reads is copied on rebuilds too")
    func largeMedia() throws {
        let h = try Harness(articles: 4, hinted: true)
        defer { h.site.cleanUp() }
        h.rebuild("first build")
        // A sparse file: 80 MB long, next to nothing on disk.
        try h.site.write("media/video/hoi-nghi.mp4", "")
        let path = h.site.content + "/media/video/hoi-nghi.mp4"
        #expect(truncate(path, off_t(80 << 20)) == 0)
        let result = h.rebuild("large media added")
        #expect(result.report.succeeded, "\(result.report.errorLines)")
        #expect(FileStamp.of(h.output + "/media/video/hoi-nghi.mp4")?.size == 80 << 20)
    }

    @Test("the first rebuild over a folder an earlier build wrote deletes what is no longer produced")
    func strayFilesOfAnEarlierBuild() throws {
        let h = try Harness(articles: 12, hinted: true)
        defer { h.site.cleanUp() }
        // `bulletin build` wrote the folder; since then an article got a new title (so a new
        // address) and a media file was deleted.
        try h.site.write("media/anh/cu.png", "png")
        let earlier = Builder(
            request: BuildRequest(contentPath: h.site.content, templatesPath: h.site.templates, outputPath: h.output, options: h.options)
        ).run()
        #expect(earlier.succeeded)
        let moved = h.site.articlePath(3)
        try h.site.write(moved, setKey(try h.site.read(moved), "title", "\"Tiêu đề mới hẳn\""))
        try h.site.remove("media/anh/cu.png")
        // `serve` starts on that folder: its first build must match a clean build, strays gone.
        let first = h.rebuild("first build over the earlier folder")
        #expect(first.report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: h.output + "/media/anh/cu.png"))
    }

    @Test("an incremental build refuses a folder of other files, as a full build does")
    func foreignOutputFolder() throws {
        let site = try SyntheticSite(articles: 3, seed: 5)
        defer { site.cleanUp() }
        let output = site.root.appendingPathComponent("tai-lieu").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("ghi chú".utf8).write(to: URL(fileURLWithPath: output + "/ghi-chu.txt"))
        let builder = IncrementalBuilder(
            request: BuildRequest(contentPath: site.content, templatesPath: site.templates, outputPath: output))
        let result = builder.build(now: IncrementalTests.now)
        #expect(!result.report.succeeded)
        #expect(result.report.errorLines.contains { $0.contains("holds files Bulletin did not write") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["ghi-chu.txt"])
    }

    @Test("random edits, each compared with a clean build", arguments: [false, true])
    func randomEdits(hinted: Bool) throws {
        var h = try Harness(articles: 30, seed: 7, hinted: hinted)
        defer { h.site.cleanUp() }
        h.rebuild("first build")
        var rng = SeededRandom(seed: 2024)
        var added = 0
        var succeeded = 0
        for step in 0..<36 {
            let files = h.site.articleFiles().filter { !$0.hasSuffix("ban-nhap.md") }
            let file = files[rng.next(below: files.count)]
            let text = try h.site.read(file)
            let label: String
            switch rng.next(below: 8) {
            case 0:
                label = "body"
                try h.site.write(file, text + "\n" + h.site.sentence(6) + ".\n")
            case 1:
                label = "title"
                try h.site.write(file, text.replacingOccurrences(of: "title: \"", with: "title: \"\(h.site.sentence(1)) "))
            case 2:
                label = "tags"
                try h.site.write(file, text.replacingOccurrences(of: "tags: [", with: "tags: [\(SyntheticSite.tags[rng.next(below: 6)]), "))
            case 3:
                label = "category"
                let category = SyntheticSite.categories[rng.next(below: 4)]
                try h.site.write(file, text.replacingOccurrences(of: "category: ", with: "category: \(category)\n# "))
            case 4:
                label = "add"
                added += 1
                try h.site.write("articles/2024/0\(1 + added % 9)/them-\(added).md", h.site.article(500 + added))
            case 5:
                label = "summary"
                try h.site.write(file, setKey(text, "summary", "\"\(h.site.sentence(4))\""))
            case 6:
                label = "views"
                try h.site.write(file, setKey(text, "views", "\(rng.next(below: 5000))"))
            default:
                label = "template"
                let name = ["partials/card-compact.mustache", "list.mustache", "home.mustache"][rng.next(below: 3)]
                try h.site.writeTemplate(name, try h.site.readTemplate(name) + "<!-- \(step) -->\n")
            }
            if h.rebuild("step \(step): \(label) \(file)").report.succeeded { succeeded += 1 }
        }
        #expect(succeeded >= 30, "most steps leave a site that builds (\(succeeded) of 36)")
    }

    @Test("a watcher's list of changed files is enough to see a change")
    func hints() throws {
        let h = try Harness(articles: 10)
        defer { h.site.cleanUp() }
        h.rebuild("first build")
        let path = h.site.articlePath(4)
        try h.site.write(path, try h.site.read(path) + "\nChỉ trình theo dõi biết tệp này đổi.\n")
        let result = h.rebuild("hinted body edit", changed: [h.site.content + "/" + path])
        #expect(result.reusedModel)
        #expect(!result.changed.isEmpty)
    }

    @Test("the words of a view's text values are part of its fingerprint")
    func textValuesCount() {
        let names: Set<String> = ["name", "count"]
        // ValuesView hands its strings to templates as Text, as the site's category links do.
        func digest(_ name: String) -> Int? {
            ViewDigest.of(ValuesView(["categories": [ValuesView(["name": name, "count": "3"])]]), names: names.union(["categories"]))
        }
        #expect(digest("Tin tức") != nil)
        #expect(digest("Tin tức") == digest("Tin tức"))
        #expect(digest("Tin tức") != digest("Sự kiện"), "a renamed category changes every page that lists it")
    }

    @Test("every field of a source is classified as structural or its own content")
    func classification() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let tree = ContentTree(root: site.content, displayRoot: "content", io: .posix)
        let loaded = try #require(ContentLoader(tree: tree, diagnostics: Diagnostics()).load())
        let article = try #require(loaded.articles.first)
        let page = try #require(loaded.pages.first)
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        #expect(labels(article) == StructureKey.articleStructural.union(StructureKey.articleOwnContent))
        #expect(labels(page) == StructureKey.pageStructural.union(StructureKey.pageOwnContent))
        #expect(labels(article.body) == StructureKey.bodyStructural.union(StructureKey.bodyOwnContent))
    }
}

/// Front matter with `key` set to `value` (replacing the line, or adding it before the closing ---).
func setKey(_ text: String, _ key: String, _ value: String) -> String {
    var lines = text.components(separatedBy: "\n")
    if let i = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
        lines[i] = "\(key): \(value)"
    } else if let close = lines.dropFirst().firstIndex(of: "---") {
        lines.insert("\(key): \(value)", at: close)
    }
    return lines.joined(separator: "\n")
}
