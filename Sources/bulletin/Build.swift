import ArgumentParser
import BulletinCore
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.buildAbstract)
    )

    @OptionGroup var site: SiteOptions

    @Option(help: .catalog(.buildOutputHelp))
    var output = "public"

    @OptionGroup var selection: SelectionOptions

    @Flag(help: .catalog(.buildTimingsHelp))
    var timings = false

    func run() throws {
        let request = BuildRequest(
            contentPath: site.content, templatesPath: site.templates, outputPath: output, baseURL: site.baseURL,
            options: selection.buildOptions, publishedPath: output)
        let builder = Builder(request: request)
        builder.progress = BuildProgress.terminal()
        let report = builder.run()
        Console.printDiagnostics(report.diagnostics)
        if timings { Console.printTimings(report) }
        if report.succeeded {
            Console.printSummary(report, output: output)
            // Ends here, before `builder` is released: the system takes the process's memory
            // back at once, where releasing the site's objects one by one took ~0.1 s at 10,000
            // articles. exit() flushes standard output first.
            Foundation.exit(0)
        } else {
            Console.printFailure(report)
            throw ExitCode(1)
        }
    }
}

enum Console {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in diagnostics { text += diagnostic.formatted + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func printSummary(_ report: BuildReport, output: String) {
        let seconds = String(format: "%.2f", report.totalSeconds)
        let warnings = report.warnings.count
        let warningText = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
        let others = report.pagesWritten - report.htmlPages
        let otherText = others == 0 ? "" : " and \(others) other files (feeds, search index, downloads)"
        print(
            "Wrote \(report.htmlPages) pages\(otherText), copied \(report.filesCopied) files to \(output) in \(seconds) s\(warningText).")
        print(breakdown(report))
        if let line = leftOutLine(report.leftOut) { print(line) }
    }

    /// "Left out: 2 drafts (--drafts shows them), 1 article dated later (the next on 12/01/2027
    /// 08:00; --future shows them)."; nil when nothing was.
    static func leftOutLine(_ leftOut: LeftOut) -> String? {
        guard !leftOut.isEmpty else { return nil }
        var parts: [String] = []
        if leftOut.drafts > 0 {
            parts.append("\(leftOut.drafts) draft\(leftOut.drafts == 1 ? "" : "s") (--drafts includes them)")
        }
        if leftOut.scheduled > 0, let next = leftOut.nextScheduled {
            parts.append(
                "\(leftOut.scheduled) article\(leftOut.scheduled == 1 ? "" : "s") dated later (the next on \(next.numeric) \(next.time); --future includes them)"
            )
        }
        return "Left out: " + parts.joined(separator: ", ") + "."
    }

    /// "  pages: 10000 article, 2700 list, …\n  warnings: 0". The time of each phase is for
    /// `--timings`: editors have no use for fourteen figures of 0.00 s.
    static func breakdown(_ report: BuildReport) -> String {
        let kinds = report.pagesByKind.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let pages = kinds.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let warnings = report.warnings.count
        return "  pages: \(pages.isEmpty ? "none" : pages)\n  warnings: \(warnings)"
    }

    static func printTimings(_ report: BuildReport) {
        var text = ""
        for (name, seconds) in report.phases {
            text += name.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%8.3f s\n", seconds)
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func printFailure(_ report: BuildReport) {
        let errors = report.errors.count
        let stage = report.stoppedAt.map { " (\($0))" } ?? ""
        let text = "\(errors) error\(errors == 1 ? "" : "s") found\(stage); nothing was written and the previous site is unchanged.\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
