import ArgumentParser
import BulletinCore
import BulletinImport
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: helpText(.importAbstract),
        discussion: helpText(.importDiscussion)
    )

    @Argument(help: .catalog(.importKindHelp))
    var kind: String

    @Argument(help: .catalog(.importSourceHelp))
    var source: String

    @Option(help: .catalog(.importToHelp))
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
