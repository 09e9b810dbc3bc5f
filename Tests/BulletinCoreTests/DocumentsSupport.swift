import Foundation

@testable import BulletinCore

/// Paths and small helpers for the documents tests: fixture sites under Fixtures/documents-*,
/// built with the default theme into temporary folders.
enum DocumentsTestSite {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures").path
    /// The project's default theme (templates/), which has the documents templates.
    static let theme = testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates").path

    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "bulletin-documents-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Builds `content` with the default theme and the documents feature into `output`.
    static func build(content: String, output: String, features: [Feature] = [DocumentsFeature()]) -> BuildReport {
        let request = BuildRequest(
            contentPath: content, templatesPath: theme, outputPath: output,
            options: BuildOptions(now: ISO8601DateFormatter().date(from: "2024-01-01T00:00:00Z")!))
        return Builder(request: request, features: features).run()
    }

    static func read(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// A copy of a fixture that a test may change.
    static func copy(of fixture: String) -> String {
        let target = temporaryFolder() + "/content"
        try! FileManager.default.copyItem(atPath: self.fixture(fixture), toPath: target)
        return target
    }

    /// Offset of the first occurrence of `needle` in `text` (tests only: small pages).
    static func position(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text.distance(from: text.startIndex, to: range.lowerBound)
    }

    static func write(_ text: String, to path: String) {
        try! FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
