import Foundation
import Testing

@testable import BulletinCore

/// A fixture site copied to a fresh temporary folder, so a test can change files and build it
/// without touching the fixture or other tests.
struct TestSite {
    let root: URL
    var content: String { root.appendingPathComponent("content").path }
    var templates: String { root.appendingPathComponent("templates").path }
    var output: String { root.appendingPathComponent("public").path }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Copies `Fixtures/<name>` (with its content/ and templates/).
    init(_ name: String = "basic") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSite.fixtures.appendingPathComponent(name), to: root)
    }

    /// Writes a file under content/ (creating folders).
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent("content").appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent("content").appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent("content").appendingPathComponent(relative))
    }

    func writeTemplate(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent("templates").appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func build(
        output: String? = nil, options: BuildOptions = BuildOptions(), baseURL: String? = nil, write: Bool = true,
        features: [Feature]? = nil
    ) -> BuildReport {
        let request = BuildRequest(
            contentPath: content, templatesPath: templates, outputPath: output ?? self.output, baseURL: baseURL,
            options: options, publishedPath: output ?? self.output)
        return Builder(request: request, features: features).run(write: write)
    }

    /// A file of the built site, as text.
    func page(_ relative: String) throws -> String {
        try String(contentsOfFile: output + "/" + relative, encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: output + "/" + relative)
    }

    /// Every file of the output with its bytes, to prove a failed build changed nothing.
    func snapshot(of folder: String? = nil) -> [String: Data] {
        let base = folder ?? output
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: base + "/" + path)
            }
        }
        return files
    }

    /// No staging or old folders left beside the output.
    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter {
            // The previous generation is kept on purpose (see OutputFolder).
            $0.hasPrefix(".public.") && $0 != ".public.previous"
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension BuildReport {
    /// The formatted errors, one string each.
    var errorLines: [String] { errors.map(\.formatted) }
    var warningLines: [String] { warnings.map(\.formatted) }
}
