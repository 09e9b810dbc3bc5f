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

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(content: content)
        switch NewArticle(contentPath: content, title: title, category: category).create() {
        case .created(let path, let warnings):
            Console.printDiagnostics(warnings, in: language)
            print(path)
        case .refused(let problems):
            Console.printDiagnostics(problems, in: language)
            throw ExitCode(1)
        }
    }
}
