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
