import BulletinCore
import Foundation
import Testing

@testable import BulletinServe

/// `bulletin serve` driven as an editor uses it: the real command in its own process, on a free
/// loopback port, with an events stream open like a browser tab's.
@Suite("bulletin serve", .serialized)
struct ServeTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = tests.deletingLastPathComponent()
    static let article = "/bantin/tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/"

    /// A copy of the core tests' fixture site, with the repository's default theme.
    struct Site {
        let root: URL
        var content: String { root.appendingPathComponent("content").path }
        var templates: String { root.appendingPathComponent("templates").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-serve-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: ServeTests.tests.appendingPathComponent("BulletinCoreTests/Fixtures/basic/content"),
                to: root.appendingPathComponent("content"))
            try FileManager.default.copyItem(
                at: ServeTests.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        }

        var articleFile: String { content + "/articles/2022/12/ket-qua.md" }

        func edit(_ transform: (String) -> String) throws {
            let text = try String(contentsOfFile: articleFile, encoding: .utf8)
            try Data(transform(text).utf8).write(to: URL(fileURLWithPath: articleFile))
        }

        func cleanUp() { try? FileManager.default.removeItem(at: root) }
    }

    /// `bulletin serve --port 0` in its own process; the port is read from what it prints.
    final class Server {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        var port = 0

        init(_ site: Site) throws {
            let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("bulletin")
            process.executableURL =
                FileManager.default.isExecutableFile(atPath: beside.path)
                ? beside : ServeTests.repository.appendingPathComponent(".build/debug/bulletin")
            process.arguments = ["serve", "--port", "0", "--content", site.content, "--templates", site.templates]
            // The tests read what it says in English.
            process.environment = ProcessInfo.processInfo.environment.merging(["BULLETIN_LANG": "en"]) { _, given in given }
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let reader = output.fileHandleForReading
            var seen = ""
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, !seen.contains("\n") {
                let data = reader.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
            guard let range = seen.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression) else {
                throw Loopback.Failure(description: "serve did not start: \(seen)")
            }
            port = Int(seen[range].split(separator: ":").last ?? "") ?? 0
        }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
    }

    /// Polls until `check` holds or `seconds` pass; returns whether it held.
    func within(_ seconds: Double, _ check: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if try check() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        return try check()
    }

    @Test("an edit is served within a second and open pages are told to reload")
    func editReloads() throws {
        let site = try Site()
        defer { site.cleanUp() }
        let server = try Server(site)
        defer { server.stop() }

        let page = try Loopback.get(port: server.port, ServeTests.article)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("data-bulletin-serve"), "the reload script is added to pages")
        #expect(page.body.contains("new EventSource(\"/bantin/__bulletin/events\")"))

        let events = try Loopback.events(port: server.port, "/bantin/__bulletin/events")
        try site.edit { $0 + "\nCâu mới thêm khi đang xem trang.\n" }
        let served = try within(1.0) {
            try Loopback.get(port: server.port, ServeTests.article).body.contains("Câu mới thêm khi đang xem trang.")
        }
        #expect(served, "the new text is served within 1 s")
        let event = events.nextEvent(timeout: 2)
        #expect(event?.name == "reload")
        #expect(event?.data.contains("tin-tuc/danh-gia-ket-qua-chi-so-nam-2021/index.html") == true)
    }

    @Test("a broken edit: the errors reach the browser, the last good page stays served")
    func brokenEdit() throws {
        let site = try Site()
        defer { site.cleanUp() }
        let server = try Server(site)
        defer { server.stop() }
        let before = try Loopback.get(port: server.port, ServeTests.article).body

        let events = try Loopback.events(port: server.port, "/bantin/__bulletin/events")
        let good = try String(contentsOfFile: site.articleFile, encoding: .utf8)
        try site.edit { $0.replacingOccurrences(of: "category: ", with: "category: \"Chưa đóng ngoặc ") }
        let event = events.nextEvent(timeout: 3)
        #expect(event?.name == "errors")
        let errors = try JSONSerialization.jsonObject(with: Data((event?.data ?? "[]").utf8)) as? [[String: Any]] ?? []
        #expect(errors.count == 1)
        #expect((errors.first?["file"] as? String)?.hasSuffix("articles/2022/12/ket-qua.md") == true)
        #expect((errors.first?["line"] as? Int ?? 0) >= 4, "the line of the broken value or after it")
        #expect((errors.first?["text"] as? String)?.contains(": error: invalid YAML") == true)

        let during = try Loopback.get(port: server.port, ServeTests.article)
        #expect(during.status == 200)
        #expect(during.body == before, "the last good page is still served")

        // A page opened while the site is broken gets the errors at once.
        let late = try Loopback.events(port: server.port, "/bantin/__bulletin/events")
        #expect(late.nextEvent(timeout: 2)?.name == "errors")

        try site.edit { _ in good + "\nĐã sửa xong.\n" }
        #expect(events.nextEvent(timeout: 3)?.name == "reload")
        #expect(try Loopback.get(port: server.port, ServeTests.article).body.contains("Đã sửa xong."))
    }

    @Test("media larger than any file the loader reads are served whole")
    func largeMedia() throws {
        let site = try Site()
        defer { site.cleanUp() }
        // A sparse file: 80 MB long, next to nothing on disk.
        let video = site.content + "/media/video/hoi-nghi.mp4"
        try FileManager.default.createDirectory(atPath: site.content + "/media/video", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: video, contents: Data("ftyp".utf8)))
        #expect(truncate(video, off_t(80 << 20)) == 0)
        let server = try Server(site)
        defer { server.stop() }
        let served = try Loopback.get(port: server.port, "/bantin/media/video/hoi-nghi.mp4", timeout: 20)
        #expect(served.status == 200)
        #expect(served.headers["content-type"] == "video/mp4")
        #expect(served.headers["content-length"] == String(80 << 20))
        #expect(served.body.utf8.count == 80 << 20)
        #expect(served.body.hasPrefix("ftyp"))
    }

    @Test("the site is served under its base path; drafts are built and marked")
    func paths() throws {
        let site = try Site()
        defer { site.cleanUp() }
        let server = try Server(site)
        defer { server.stop() }
        let root = try Loopback.get(port: server.port, "/")
        #expect(root.status == 302)
        #expect(root.headers["location"] == "/bantin/")
        #expect(try Loopback.get(port: server.port, "/bantin").headers["location"] == "/bantin/")
        #expect(try Loopback.get(port: server.port, "/bantin/tin-tuc").headers["location"] == "/bantin/tin-tuc/")
        let missing = try Loopback.get(port: server.port, "/bantin/khong-co/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("data-bulletin-serve"))
        #expect(try Loopback.get(port: server.port, "/bantin/../../etc/passwd").status == 404)
        #expect(try Loopback.get(port: server.port, "/bantin/.bulletin-output").status == 404)
        let css = try Loopback.get(port: server.port, "/bantin/assets/style.css")
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!css.body.contains("data-bulletin-serve"))
        let draft = try Loopback.get(port: server.port, "/bantin/tin-tuc/ban-nhap-chua-dang/")
        #expect(draft.status == 200)
        #expect(draft.body.contains("<span class=\"badge badge-draft\">Bản nháp</span>"))
    }
}

@Suite("bulletin serve: parts")
struct ServePartsTests {
    @Test("files on disk are those of a normal build with drafts and future articles")
    func diskIsAPlainBuild() throws {
        let site = try ServeTests.Site()
        defer { site.cleanUp() }
        let session = try ServeSession(content: site.content, templates: site.templates, language: .english, log: { _ in })
        defer { session.stop() }
        #expect(session.buildFirst())
        let clean = site.root.appendingPathComponent("clean").path
        let report = Builder(
            request: BuildRequest(
                contentPath: site.content, templatesPath: site.templates, outputPath: clean,
                options: BuildOptions(includeDrafts: true, includeFuture: true))
        ).run()
        #expect(report.succeeded)
        #expect(OutputFolder.differences(session.siteFolder, clean).isEmpty)
        #expect(!session.siteFolder.hasPrefix(site.root.path), "served from a private folder, not beside the content")
    }

    @Test("a warning is printed once; later rebuilds count it as before, and print a new one")
    func warningsOnce() throws {
        let site = try ServeTests.Site()
        defer { site.cleanUp() }
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var entries: [String] = []
            func add(_ text: String) { lock.withLock { entries.append(text) } }
            var all: [String] { lock.withLock { entries } }
        }
        let log = Log()
        let session = try ServeSession(content: site.content, templates: site.templates, language: .english, log: { log.add($0) })
        defer { session.stop() }
        #expect(session.buildFirst())
        let first = log.all.joined(separator: "\n")
        let warnings = first.components(separatedBy: ": warning: ").count - 1
        #expect(warnings > 0, "the fixture has warnings")
        #expect(first.contains("Built ") && first.contains(" pages and "))

        func rebuild(_ transform: @escaping (String) -> String) throws -> String {
            let before = log.all.count
            try site.edit(transform)
            session.schedule([site.articleFile])
            let deadline = Date().addingTimeInterval(30)
            while log.all.count == before && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            return log.all.dropFirst(before).joined(separator: "\n")
        }
        let same = try rebuild { $0 + "\nThêm một câu.\n" }
        #expect(!same.contains(": warning: "), "\(same)")
        #expect(same.contains("(\(warnings) warning\(warnings == 1 ? "" : "s") as before)"))
        let new = try rebuild { $0 + "\n![](/media/anh.svg)\n" }
        #expect(new.components(separatedBy: ": warning: ").count - 1 == 1, "only the new warning: \(new)")
        #expect(new.contains("image without alt text"))
    }

    @Test("the log speaks the session's language")
    func vietnameseLog() throws {
        let site = try ServeTests.Site()
        defer { site.cleanUp() }
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var text = ""
            func add(_ line: String) { lock.withLock { text += line + "\n" } }
        }
        let log = Log()
        let session = try ServeSession(content: site.content, templates: site.templates, language: .vietnamese, log: { log.add($0) })
        defer { session.stop() }
        #expect(session.buildFirst())
        let text = log.lock.withLock { log.text }
        #expect(text.contains(": cảnh báo: "), "\(text)")
        #expect(text.range(of: #"\nĐã dựng \d+ trang và \d+ tệp khác trong [\d.]+ ms\.\n$"#, options: .regularExpression) != nil, "\(text)")
    }

    @Test("the script goes before the last </body>, or at the end")
    func injection() {
        let files = SiteFiles(folder: "/nonexistent", basePath: "/bantin/", language: .english)
        let page = Array("<html><body><p>a</p></BODY></html>".utf8)
        let out = String(decoding: files.inject(page), as: UTF8.self)
        #expect(out.hasPrefix("<html><body><p>a</p><script data-bulletin-serve>"))
        #expect(out.hasSuffix("</script>\n</BODY></html>"))
        let bare = String(decoding: files.inject(Array("<p>x</p>".utf8)), as: UTF8.self)
        #expect(bare.hasPrefix("<p>x</p><script"))
    }

    @Test("errors travel as one line of JSON with < > & escaped")
    func errorsJSON() throws {
        let diagnostic = Diagnostic(
            .error, .importLinkToNothing, ["address": "<script>alert(1)</script> & co\nis"],
            at: SourceLocation(file: "content/a.md", line: 3, column: 7))
        let json = LiveReload.json([diagnostic], in: .vietnamese)
        #expect(!json.contains("\n"))
        #expect(!json.contains("<script>"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(
            decoded?.first?["message"] as? String
                == "the link <script>alert(1)</script> & co\nis leads to nothing that was imported; check it", "English, as check's")
        #expect(decoded?.first?["line"] as? Int == 3)
        #expect(decoded?.first?["code"] as? String == "BLT1015")
        #expect((decoded?.first?["text"] as? String)?.hasPrefix("content/a.md:3:7: lỗi: liên kết <script>") == true, "what pages show")
    }

    @Test("the overlay and the page for a missing address speak the language chosen")
    func overlayLanguage() {
        let vietnamese = ReloadScript.html(eventsURL: "/__bulletin/events", language: .vietnamese)
        #expect(vietnamese.contains("\"Chưa dựng lại được trang: 1 lỗi. Sửa rồi lưu tệp, trang sẽ tự tải lại.\""))
        #expect(vietnamese.contains("\"Chưa dựng lại được trang: %n lỗi."))
        #expect(vietnamese.contains("\"Ẩn (vẫn xem bản dựng trước)\""))
        let english = ReloadScript.html(eventsURL: "/__bulletin/events", language: .english)
        #expect(english.contains("\"The site could not be rebuilt: 1 error. Fix and save the file; the page reloads by itself.\""))
        #expect(english.contains("\"The site could not be rebuilt: %n errors."))
        #expect(english.contains("\"Hide (keep viewing the last build)\""))
        guard
            case .file(let bytes, _, let status) = SiteFiles(folder: "/nonexistent", basePath: "/", language: .english).answer(
                rawPath: "/x/")
        else {
            Issue.record("a missing page is a page")
            return
        }
        #expect(status == 404)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Page not found.<script data-bulletin-serve>"))
    }

    @Test("the watcher reports new folders' files, once things are quiet")
    func watcher() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let seen = Seen()
        let watcher = FileWatcher(roots: [root], debounce: 50) { seen.add($0) }
        try watcher.start()
        defer { watcher.stop() }
        try FileManager.default.createDirectory(atPath: root + "/2024/05", withIntermediateDirectories: true)
        Thread.sleep(forTimeInterval: 0.2)
        for i in 0..<5 { try Data("bản \(i)".utf8).write(to: URL(fileURLWithPath: root + "/2024/05/bai.md")) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/2024/05/.bai.md.swp"))
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline && !seen.paths.contains(root + "/2024/05/bai.md") { Thread.sleep(forTimeInterval: 0.02) }
        #expect(seen.paths.contains(root + "/2024/05/bai.md"), "a file in a folder created after the watch began")
        #expect(!seen.paths.contains { $0.hasSuffix(".swp") }, "editors' swap files are not reported")
        #expect(seen.reports <= 3, "five quick writes are reported together, not one by one (\(seen.reports))")
    }

    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var all = Set<String>()
        private var count = 0
        func add(_ paths: Set<String>?) {
            lock.lock()
            all.formUnion(paths ?? [])
            count += 1
            lock.unlock()
        }
        var paths: Set<String> {
            lock.lock()
            defer { lock.unlock() }
            return all
        }
        var reports: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }
    }
}
