import Foundation
import Testing

@testable import BulletinCore

/// The file system as a hostile or careless user leaves it: links out of the content folder,
/// named pipes, files and folders that cannot be read, an output that cannot be written.
@Suite("Hostile input: the file system", .timeLimit(.minutes(2)))
struct HostileFilesTests {
    func link(_ site: TestSite, _ relative: String, to target: String) throws {
        let path = site.content + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    @Test("links leading out of content/ are not followed, with a warning naming the link")
    func linksOut() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let secret = "BÍ MẬT NGOÀI THƯ MỤC"
        try Data(Hostile.article(title: "Bí mật", body: secret + "\n").utf8).write(to: outside.appendingPathComponent("bi-mat.md"))
        try Data(secret.utf8).write(to: outside.appendingPathComponent("bi-mat.png"))
        try Hostile.passingBuild { site in
            try link(site, "articles/bi-mat.md", to: outside.appendingPathComponent("bi-mat.md").path)
            try link(site, "articles/ngoai", to: outside.path)
            try link(site, "articles/tuong-doi.md", to: "../../../../../../../../../../etc/passwd")
            try link(site, "media/bi-mat.png", to: outside.appendingPathComponent("bi-mat.png").path)
            try link(site, "pages/passwd.md", to: "/etc/passwd")
        } check: { site, report in
            for path in ["articles/bi-mat.md", "articles/ngoai", "articles/tuong-doi.md", "media/bi-mat.png", "pages/passwd.md"] {
                #expect(
                    report.warnings.contains {
                        $0.location?.file.hasSuffix("content/" + path) == true
                            && $0.message.contains("outside the content folder: not followed")
                    }, "\(path)")
            }
            for (path, data) in site.snapshot() {
                #expect(!String(decoding: data, as: UTF8.self).contains(secret), "\(path)")
                #expect(!String(decoding: data, as: UTF8.self).contains("root:x:0:0"), "\(path)")
            }
            #expect(!site.exists("media/bi-mat.png"))
        }
    }

    @Test("links inside content/ are followed; loops and broken links end with a warning")
    func linksInside() throws {
        try Hostile.passingBuild { site in
            try site.write("kho/ban-goc.md", Hostile.article(title: "Bản gốc"))
            try link(site, "articles/ban-sao.md", to: "../kho/ban-goc.md")
            try link(site, "articles/vong", to: ".")
            try link(site, "articles/vong-ngoai", to: "..")
            try link(site, "articles/hong.md", to: "khong-co.md")
        } check: { site, report in
            #expect(site.exists("tin-tuc/ban-goc/index.html"))
            #expect(
                report.warnings.contains {
                    $0.location?.file.hasSuffix("articles/hong.md") == true && $0.message.contains("broken symbolic link")
                })
            for loop in ["articles/vong", "articles/vong-ngoai"] {
                #expect(
                    report.warnings.contains {
                        $0.location?.file.hasSuffix(loop) == true && $0.message.contains("a folder that is already read through")
                    }, "\(loop)")
            }
        }
    }

    @Test("a named pipe, directly or through a link, is not read: no build waits forever on it")
    func namedPipes() throws {
        let report = try Hostile.failingBuild { site in
            #expect(mkfifo(site.content + "/articles/ong.md", 0o644) == 0)
            #expect(mkfifo(site.content + "/ong-an.md", 0o644) == 0)
            try link(site, "articles/qua-lien-ket.md", to: "../ong-an.md")
        }
        #expect(Hostile.hasError(report, in: "articles/qua-lien-ket.md", "cannot read this file: not a regular file"))
        #expect(
            report.warnings.contains { $0.location?.file.hasSuffix("articles/ong.md") == true && $0.message.contains("not a regular file") }
        )
    }

    @Test("a named pipe under media/ reached through a link fails the write, and the old site stays")
    func pipeInMedia() throws {
        let report = try Hostile.failingBuild { site in
            #expect(mkfifo(site.content + "/ong.svg", 0o644) == 0)
            try link(site, "media/ong.svg", to: "../ong.svg")
        }
        #expect(report.errorLines.contains { $0.contains("cannot write the site") && $0.contains("not a regular file") })
        #expect(report.stoppedAt == "write")
    }

    @Test("unreadable files and folders (simulated, as root ignores permissions): errors naming them")
    func unreadableSimulated() throws {
        let file = try Hostile.failingBuild(io: Hostile.failing("articles/2023/01/hoi-nghi.md")) { _ in }
        #expect(Hostile.hasError(file, in: "articles/2023/01/hoi-nghi.md", "cannot read this file: Permission denied"))

        let folder = try Hostile.failingBuild(io: Hostile.failing("articles/2022")) { _ in }
        #expect(Hostile.hasError(folder, in: "articles/2022", "cannot read this folder: Permission denied; check its permissions"))

        let config = try Hostile.failingBuild(io: Hostile.failing("site.yaml")) { _ in }
        #expect(Hostile.hasError(config, in: "site.yaml", "cannot read site.yaml (Permission denied)"))

        let template = try Hostile.failingBuild(io: Hostile.failing("templates/article.mustache")) { _ in }
        #expect(
            template.errorLines.contains { $0.contains("templates/article.mustache: error: cannot read this template: Permission denied") })

        // The theme's assets are listed before anything is written: the build stops there too.
        let assets = try Hostile.failingBuild(io: Hostile.failing("templates/assets")) { site in
            try site.writeTemplate("assets/site.css", "body { margin: 0; }\n")
        }
        #expect(assets.errorLines.contains { $0.contains("templates/assets: error: cannot read this folder: Permission denied") })

        // A failing disk: every Markdown file is reported, in one run.
        let disk = try Hostile.failingBuild(io: Hostile.failing(".md", errno: EIO)) { _ in }
        #expect(disk.errors.filter { $0.message == "cannot read this file: Input/output error" }.count == 5)
    }

    @Test("unreadable files and folders for real (chmod 000)", .enabled(if: !Hostile.isRoot, "root reads any file"))
    func unreadableForReal() throws {
        var paths: [String] = []
        defer { for path in paths { chmod(path, 0o755) } }
        let report = try Hostile.failingBuild { site in
            paths = [site.content + "/articles/2023/01/hoi-nghi.md", site.content + "/articles/2022"]
            for path in paths { #expect(chmod(path, 0) == 0) }
        }
        #expect(Hostile.hasError(report, in: "articles/2023/01/hoi-nghi.md", "cannot read this file: Permission denied"))
        #expect(Hostile.hasError(report, in: "articles/2022", "cannot read this folder: Permission denied"))
    }

    @Test("an output folder under a file, in /proc, or with a missing parent is an error; nothing is created")
    func unwritableOutput() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let file = site.root.appendingPathComponent("tep.txt").path
        try Data("tệp".utf8).write(to: URL(fileURLWithPath: file))
        let before = site.snapshot(of: site.root.path)
        let cases = [
            (file + "/public", "Not a directory"),
            (file, "exists and is not a folder"),
            ("/proc/bulletin-public", "cannot create the output next to /proc/bulletin-public"),
            ("/proc/self/bulletin-public", "cannot create the output"),
            (site.root.appendingPathComponent("khong/co/public").path, "does not exist"),
        ]
        for (output, message) in cases {
            let report = site.build(output: output)
            #expect(!report.succeeded)
            #expect(report.errorLines.contains { $0.contains(message) }, "\(output): \(report.errorLines)")
        }
        #expect(site.snapshot(of: site.root.path) == before)
        #expect(site.leftovers().isEmpty)
    }

    @Test("a read-only output folder (real permissions)", .enabled(if: !Hostile.isRoot, "root writes anywhere"))
    func readOnlyOutput() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = site.snapshot()
        chmod(site.root.path, 0o555)
        defer { chmod(site.root.path, 0o755) }
        let report = site.build()
        #expect(report.errorLines.contains { $0.contains("cannot create the output") })
        #expect(site.snapshot() == before)
    }
}
