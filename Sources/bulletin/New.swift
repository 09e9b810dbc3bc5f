import ArgumentParser
import BulletinCore
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.newAbstract),
        discussion: helpText(.newDiscussion)
    )

    @Argument(help: .catalog(.newTitleHelp))
    var title: String

    @Option(help: .catalog(.newCategoryHelp))
    var category: String?

    @Option(help: .catalog(.newContentHelp))
    var content = "content"

    func run() throws {
        switch NewArticle(contentPath: content, title: title, category: category).create() {
        case .created(let path, let warnings):
            Console.printDiagnostics(warnings)
            print(path)
        case .refused(let problems):
            Console.printDiagnostics(problems)
            throw ExitCode(1)
        }
    }
}
