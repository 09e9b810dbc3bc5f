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

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language(content: site.content)
        let request = BuildRequest(
            contentPath: site.content, templatesPath: site.templates, outputPath: output, baseURL: site.baseURL,
            options: selection.buildOptions, publishedPath: output)
        let builder = Builder(request: request)
        builder.progress = BuildProgress.terminal(language: language)
        let report = builder.run()
        Console.printDiagnostics(report.diagnostics, in: language)
        if timings { Console.printTimings(report) }
        if report.succeeded {
            Console.printSummary(report, output: output, in: language)
            // Ends here, before `builder` is released: the system takes the process's memory
            // back at once, where releasing the site's objects one by one took ~0.1 s at 10,000
            // articles. exit() flushes standard output first.
            Foundation.exit(0)
        } else {
            Console.printVerdict(Console.failure(report), in: language)
            throw ExitCode(1)
        }
    }
}

/// What the command line prints around the diagnostics, in the reader's language.
enum Console {
    static func printDiagnostics(_ diagnostics: [Diagnostic], in language: Language) {
        var text = ""
        for diagnostic in diagnostics { text += diagnostic.formatted(in: language) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// A problem that concerns no file (`lỗi: … [BLT0826]`), on stderr.
    static func printProblem(_ message: Message, in language: Language) {
        printDiagnostics([Diagnostic(.error, message, at: nil)], in: language)
    }

    /// A line on stderr, without a severity word or code: a verdict after the diagnostics.
    static func printVerdict(_ message: Message, in language: Language) {
        FileHandle.standardError.write(Data((message.text(in: language) + "\n").utf8))
    }

    static func printSummary(_ report: BuildReport, output: String, in language: Language) {
        print(summary(report, output: output).text(in: language))
        print(breakdown(report, in: language))
        if let changes = report.outputChanges {
            let line =
                changes.changed + changes.removed == 0
                ? Message(.summaryUnchanged, ["output": .text(output)])
                : Message(.summaryChanges, ["changed": .number(changes.changed), "removed": .number(changes.removed)])
            print("  " + line.text(in: language))
        }
        if report.images.made + report.images.reused > 0 {
            let saved = (Double(report.images.bytesSaved) / 1_048_576 * 10).rounded() / 10
            let line = Message(
                .summaryImages,
                ["made": .number(report.images.made), "reused": .number(report.images.reused), "saved": .decimal(saved)])
            print("  " + line.text(in: language))
        }
        if let line = leftOutLine(report.leftOut, in: language) { print(line) }
    }

    /// "Wrote 12 pages and 9 other files (…), copied 1 files to public in 0.42 s, 2 warnings."
    static func summary(_ report: BuildReport, output: String) -> Message {
        let others = report.pagesWritten - report.htmlPages
        let warnings = report.warnings.count
        return Message(
            .summaryWrote,
            [
                "pages": .number(report.htmlPages),
                "others": others == 0 ? "" : .message(Message(.summaryOtherFiles, ["count": .number(others)])),
                "files": .number(report.filesCopied), "output": .text(output), "seconds": .decimal(report.totalSeconds),
                "warnings": warnings == 0 ? "" : .message(Message(.summaryWarnings, ["count": .number(warnings)])),
            ])
    }

    /// "Left out: 2 drafts (--drafts includes them), 1 article dated later (the next on 12/01/2027
    /// 08:00; --future includes them)."; nil when nothing was.
    static func leftOutLine(_ leftOut: LeftOut, in language: Language) -> String? {
        guard !leftOut.isEmpty else { return nil }
        var parts: [Message] = []
        if leftOut.drafts > 0 {
            parts.append(Message(.leftOutDrafts, ["count": .number(leftOut.drafts)]))
        }
        if leftOut.scheduled > 0, let next = leftOut.nextScheduled {
            parts.append(
                Message(.leftOutScheduled, ["count": .number(leftOut.scheduled), "date": .text(next.numeric), "time": .text(next.time)]))
        }
        return Message(.leftOut, ["parts": list(parts, in: language)]).text(in: language)
    }

    /// "  pages: 10,000 article, 2,700 list, …\n  warnings: 0". The time of each phase is for
    /// `--timings`: editors have no use for fourteen figures of 0.00 s.
    static func breakdown(_ report: BuildReport, in language: Language) -> String {
        let kinds = report.pagesByKind.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let pages = kinds.map { Message(.summaryPageKind, ["count": .number($0.value), "kind": kindName($0.key)]) }
        let counts = pages.isEmpty ? .message(Message(.summaryNoPages)) : list(pages, in: language)
        let lines = [Message(.summaryPages, ["kinds": counts]), Message(.summaryWarningCount, ["count": .number(report.warnings.count)])]
        return lines.map { "  " + $0.text(in: language) }.joined(separator: "\n")
    }

    /// Messages joined with ", ", each in the reader's language.
    static func list(_ messages: [Message], in language: Language) -> MessageValue {
        .text(messages.map { $0.text(in: language) }.joined(separator: ", "))
    }

    /// A kind of page ("article", "feed") as the reader's language names it.
    static func kindName(_ kind: String) -> MessageValue {
        MessageKey.pageKind(kind).map { .message(Message($0)) } ?? .text(kind)
    }

    /// "3 errors found (load); nothing was written and the previous site is unchanged."
    static func failure(_ report: BuildReport) -> Message {
        Message(.buildFailed, ["errors": .number(report.errors.count), "stage": stage(report)])
    }

    /// " (load)": where a failed build stopped, or nothing.
    static func stage(_ report: BuildReport) -> MessageValue {
        report.stoppedAt.map { .message(Message(.stoppedAtStage, ["stage": BuildStage.name($0)])) } ?? ""
    }

    static func printTimings(_ report: BuildReport) {
        var text = ""
        for (name, seconds) in report.phases {
            text += name.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%8.3f s\n", seconds)
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
