import Foundation
import Testing

/// The `bulletin` command as editors run it: exit status, messages on stderr, summary on stdout.
@Suite("Command line")
struct CLITests {
    /// The executable built next to the test bundle (swift build --build-tests builds both).
    static var executable: URL {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("bulletin")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestSite.repository.appendingPathComponent(".build/debug/bulletin")
    }

    /// Runs `bulletin` with `environment` in place of the language settings of the tests' own
    /// (BULLETIN_LANG, LC_ALL, LC_MESSAGES, LANG): English by default, since most tests read
    /// what it says in English; the tests of the language choice give their own.
    func run(
        _ arguments: [String], environment: [String: String] = ["BULLETIN_LANG": "en"]
    ) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for name in ["BULLETIN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { _, given in given }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test("a good site: exit 0 and a one-line summary")
    func success() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try run(["build", "--content", site.content, "--templates", site.templates, "--output", site.output])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Wrote "))
        #expect(
            result.stdout.contains(" pages and ")
                && result.stdout.contains("other files (feeds, search index, downloads), copied 1 files to "))
        #expect(!result.stderr.contains("error:"))
    }

    @Test("the summary says what changed since the last build, and when nothing did")
    func changesSinceLastBuild() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let build = ["build", "--content", site.content, "--templates", site.templates, "--output", site.output]
        let first = try run(build)
        #expect(first.status == 0)
        #expect(!first.stdout.contains("since the last build"), "a first build has nothing to compare with")
        let again = try run(build)
        #expect(again.stdout.contains("since the last build: nothing changed, \(site.output) left as it was"))
        let article = "articles/2022/12/thanh-nien.md"
        let text = try String(contentsOf: URL(fileURLWithPath: site.content + "/" + article), encoding: .utf8)
        try site.write(article, text + "\nMột đoạn mới.\n")
        let changed = try run(build)
        #expect(changed.stdout.firstMatch(of: try Regex("since the last build: [1-9][0-9]* files? changed, 0 removed")) != nil)
        let vietnamese = try run(build, environment: ["BULLETIN_LANG": "vi"])
        #expect(vietnamese.stdout.contains("so với lần dựng trước: không có gì thay đổi, \(site.output) được giữ nguyên"))
    }

    @Test("bad input: exit 1, every error as path:line:col, the previous site untouched")
    func failure() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(try run(["build", "--content", site.content, "--templates", site.templates, "--output", site.output]).status == 0)
        let before = site.snapshot()
        try site.write("articles/a.md", "---\ntitle: A\ndate: sai\n---\n")
        try site.write("articles/b.md", "---\ndate: 2023-01-01\n---\n")
        let result = try run(["build", "--content", site.content, "--templates", site.templates, "--output", site.output])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.range(of: #"^.+\.md:\d+:\d+: error: "#, options: .regularExpression) != nil })
        #expect(result.stderr.contains("nothing was written and the previous site is unchanged"))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(site.snapshot() == before)
    }

    @Test("a missing content folder is a message, not a crash")
    func missingContent() throws {
        let result = try run(["build", "--content", "/khong/co/thu-muc", "--output", "/tmp/bulletin-none"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/khong/co/thu-muc: error: the content folder does not exist"))
    }
}
