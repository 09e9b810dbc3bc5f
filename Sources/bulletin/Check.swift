import ArgumentParser
import BulletinCore
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.checkAbstract),
        discussion: helpText(.checkDiscussion)
    )

    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @OptionGroup var selection: SelectionOptions

    @Option(help: .catalog(.checkFormatHelp))
    var format = Format.text

    @OptionGroup var publishedOptions: PublishedOptions

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(content: site.content)
        let request = BuildRequest(
            contentPath: site.content, templatesPath: site.templates, outputPath: "", baseURL: site.baseURL,
            options: selection.buildOptions, publishedPath: publishedOptions.published)
        let builder = Builder(request: request)
        if format == .text { builder.progress = BuildProgress.terminal(language: language) }
        let report = builder.check()
        switch format {
        case .json:
            print(CheckReport.json(report))
        case .text:
            Console.printDiagnostics(report.diagnostics, in: language)
            printVerdict(report, in: language)
        }
        if !report.succeeded || !report.errors.isEmpty { throw ExitCode(1) }
    }

    /// "No errors (2 warnings); 120 pages would be written. …" on stdout, or the count of errors on stderr.
    private func printVerdict(_ report: BuildReport, in language: Language) {
        let errors = report.errors.count, warnings = report.warnings.count
        if errors == 0 {
            // Counted as the build's summary counts them: pages, then feeds, index files and downloads.
            let pages = report.htmlPages, others = report.pagesByKind.values.reduce(0, +) - report.htmlPages
            print(
                Message(.checkPassed, ["warnings": .number(warnings), "pages": .number(pages), "others": .number(others)])
                    .text(in: language))
            if let line = Console.leftOutLine(report.leftOut, in: language) { print(line) }
        } else {
            let values: [String: MessageValue] = [
                "errors": .number(errors), "stage": Console.stage(report), "warnings": .number(warnings),
            ]
            Console.printVerdict(Message(.checkFailed, values), in: language)
        }
    }
}
