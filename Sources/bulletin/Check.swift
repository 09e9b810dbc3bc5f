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

    func run() throws {
        let request = BuildRequest(
            contentPath: site.content, templatesPath: site.templates, outputPath: "", baseURL: site.baseURL,
            options: selection.buildOptions)
        let builder = Builder(request: request)
        if format == .text { builder.progress = BuildProgress.terminal() }
        let report = builder.check()
        switch format {
        case .json:
            print(CheckReport.json(report))
        case .text:
            Console.printDiagnostics(report.diagnostics)
            let errors = report.errors.count, warnings = report.warnings.count
            let pages = report.pagesByKind.values.reduce(0, +)
            if errors == 0 {
                print("No errors (\(warnings) warning\(warnings == 1 ? "" : "s")); \(pages) pages would be written. Nothing was written.")
                if let line = Console.leftOutLine(report.leftOut) { print(line) }
            } else {
                let stage = report.stoppedAt.map { " (\($0))" } ?? ""
                FileHandle.standardError.write(
                    Data(
                        "\(errors) error\(errors == 1 ? "" : "s") found\(stage), \(warnings) warning\(warnings == 1 ? "" : "s"). Nothing was written.\n"
                            .utf8))
            }
        }
        if !report.succeeded || !report.errors.isEmpty { throw ExitCode(1) }
    }
}
