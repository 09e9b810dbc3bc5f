import ArgumentParser
import BulletinImport
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a Jekyll or Hugo site into Bulletin content; nothing that exists is overwritten.",
        discussion: """
            Posts become articles, pages pages, images and files media; front matter is mapped, \
            old addresses are kept as aliases (redirect pages), and links are rewritten. A report \
            lists what needs a hand: Liquid tags and shortcodes without an equivalent, addresses \
            that could not be kept.

            Example:
              bulletin import jekyll ../blog-cu --to content
            """
    )

    @Argument(help: "The old site's generator: jekyll or hugo.")
    var kind: String

    @Argument(help: "The old site's folder (the one with _config.yml or hugo.toml).")
    var source: String

    @Option(help: "The content folder to write into.")
    var to = "content"

    func run() throws {
        guard let kind = ImportKind(rawValue: kind.lowercased()) else {
            FileHandle.standardError.write(Data("error: '\(self.kind)' is not a generator Bulletin imports; write jekyll or hugo\n".utf8))
            throw ExitCode(1)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue else {
            FileHandle.standardError.write(Data("error: \(source) is not a folder; give the old site's folder\n".utf8))
            throw ExitCode(1)
        }
        let report = SiteImporter.run(SiteImporter.Request(kind: kind, source: source, destination: to))
        print(report.text)
    }
}
