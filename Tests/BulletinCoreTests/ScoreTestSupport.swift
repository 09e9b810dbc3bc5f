import Foundation

@testable import BulletinCore

/// Paths and helpers shared by the score tests.
enum ScoreFixtures {
    /// The repository root, from this file's place in Tests/BulletinCoreTests/.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func content(_ fixture: String) -> String { "\(root)/Tests/BulletinCoreTests/Fixtures/\(fixture)/content" }
    static var templates: String { root + "/templates" }
    static var sampleContent: String { root + "/content" }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "bulletin-score-tests/\(safe)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Builds `content` with the default theme (or `templates`) into a new folder.
    static func build(content: String, templates: String? = nil, output: String? = nil, write: Bool = true) -> (BuildReport, String) {
        let out = output ?? temporaryFolder() + "/public"
        let request = BuildRequest(
            contentPath: content, templatesPath: templates ?? self.templates, outputPath: out,
            options: BuildOptions(now: Date(timeIntervalSince1970: 1_800_000_000)))
        return (Builder(request: request).run(write: write), out)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Loads the score data of a content folder the way the build does.
    static func load(_ content: String) -> (ScoreData?, Diagnostics) {
        let diagnostics = Diagnostics()
        let tree = ContentTree(root: content, displayRoot: "content", io: .posix)
        return (ScoreFiles(tree: tree, diagnostics: diagnostics).load(), diagnostics)
    }

    /// The text between the first `start` after `anchor` and the next `end`.
    static func slice(_ text: String, after anchor: String, from start: String, to end: String) -> String {
        guard let a = text.range(of: anchor), let s = text.range(of: start, range: a.upperBound..<text.endIndex),
            let e = text.range(of: end, range: s.upperBound..<text.endIndex)
        else { return "" }
        return String(text[s.lowerBound..<e.upperBound])
    }
}
