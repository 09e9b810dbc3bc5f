import ArgumentParser
import BulletinCore
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

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(content: to)
        guard let kind = ImportKind(rawValue: kind.lowercased()) else {
            Console.printProblem(Message(.importUnknownKind, ["kind": .text(self.kind)]), in: language)
            throw ExitCode(1)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue else {
            Console.printProblem(Message(.importNotAFolder, ["folder": .text(source)]), in: language)
            throw ExitCode(1)
        }
        let report = SiteImporter.run(SiteImporter.Request(kind: kind, source: source, destination: to))
        print(report.text(in: language))
    }
}
