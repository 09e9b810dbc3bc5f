import Foundation
import Testing

@testable import BulletinCore

/// Helpers shared by the Hostile*Tests suites: each hostile input must end as an error that names
/// the file (and line), with the build failed, the previous site exactly as it was and no staging
/// folder left, and never a crash or a hang.
enum Hostile {
    /// An article with the required keys; `extra` is more front matter (ending with a newline).
    static func article(title: String = "Bài thử", extra: String = "", body: String = "Nội dung.\n") -> String {
        "---\ntitle: \(title)\ndate: 2023-01-01\n\(extra)---\n\(body)"
    }

    /// Builds the basic fixture (so there is a previous site), applies `change`, builds again with
    /// `io`, and checks that the second build failed and left everything as it was.
    static func failingBuild(
        io: FileIO = .posix, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ change: (TestSite) throws -> Void
    ) throws -> BuildReport {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded, sourceLocation: sourceLocation)
        let before = site.snapshot()
        try change(site)
        let report = build(site, io: io)
        #expect(!report.succeeded, "the build must fail", sourceLocation: sourceLocation)
        #expect(!report.errors.isEmpty, "a failed build must say why", sourceLocation: sourceLocation)
        #expect(site.snapshot() == before, "the previous site must stay as it was", sourceLocation: sourceLocation)
        #expect(site.leftovers().isEmpty, "no staging folder may be left behind", sourceLocation: sourceLocation)
        return report
    }

    /// Like `failingBuild`, for inputs that are not errors: the build must succeed.
    static func passingBuild(
        io: FileIO = .posix, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ change: (TestSite) throws -> Void,
        check: (TestSite, BuildReport) throws -> Void = { _, _ in }
    ) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try change(site)
        let report = build(site, io: io)
        #expect(report.succeeded, "\(report.errorLines)", sourceLocation: sourceLocation)
        #expect(site.leftovers().isEmpty, sourceLocation: sourceLocation)
        try check(site, report)
    }

    static func build(_ site: TestSite, io: FileIO = .posix, write: Bool = true) -> BuildReport {
        let request = BuildRequest(contentPath: site.content, templatesPath: site.templates, outputPath: site.output)
        return Builder(request: request, io: io).run(write: write)
    }

    /// Whether `report` has an error at `file` (content-relative) and `line` (0: any line, or
    /// none) whose message contains `message`.
    static func hasError(_ report: BuildReport, in file: String, line: Int = 0, _ message: String) -> Bool {
        report.errors.contains { error in
            guard let location = error.location, location.file.hasSuffix("content/" + file) else { return false }
            return (line == 0 || location.line == line) && error.message.contains(message)
        }
    }

    /// A FileIO that behaves like the disk except that reading or listing `path` (a suffix of
    /// the absolute path) fails with `code`: what chmod 000 does for a user that is not root.
    static func failing(_ suffix: String, errno code: Int32 = EACCES) -> FileIO {
        let disk = FileIO.posix
        return FileIO(
            read: { path in
                if path.hasSuffix(suffix) { throw FileError(path: path, errno: code) }
                return try disk.read(path)
            },
            list: { path in
                if path.hasSuffix(suffix) { throw FileError(path: path, errno: code) }
                return try disk.list(path)
            },
            realPath: disk.realPath, isDirectory: disk.isDirectory)
    }

    static var isRoot: Bool { getuid() == 0 }
}
