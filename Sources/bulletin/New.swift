import ArgumentParser
import BulletinCore
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new article as a draft: content/articles/YYYY/MM/<slug>.md, dated now.",
        discussion: """
            The file gets the title, the date and time now in the site's time zone, the slug, \
            the category, the default author from site.yaml and draft: true. An existing file is \
            never overwritten.

            Example:
              bulletin new "Hội nghị tổng kết năm 2023" --category "Tin tức - Sự kiện"
            """
    )

    @Argument(help: "The article's title, in quotes.")
    var title: String

    @Option(help: "The article's category (chuyên mục), such as \"Tin tức - Sự kiện\".")
    var category: String?

    @Option(help: "The content folder (site.yaml, articles/).")
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
