import ArgumentParser
import BulletinCore
import Foundation

/// `make bench-incremental`: times rebuilds after one-article edits on a corpus. A program of its
/// own, for developers: `bulletin` is for editors.
struct BenchIncremental: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-incremental", abstract: helpText(.benchAbstract))

    @Option(help: .catalog(.benchContentHelp))
    var content: String

    @Option var templates = "templates"

    @Option(help: .catalog(.benchOutputHelp))
    var output: String

    @Option(help: .catalog(.benchRunsHelp))
    var runs = 15

    @Flag(help: .catalog(.benchNoVerifyHelp))
    var noVerify = false

    @Option(help: .catalog(.benchOnlyHelp))
    var only = ""

    func run() throws {
        var benchmark = IncrementalBenchmark(
            contentPath: content, templatesPath: templates, outputPath: output, runs: runs, verify: !noVerify)
        benchmark.only = Set(only.split(separator: ",").map(String.init))
        let ok = benchmark.run()
        if !ok { throw ExitCode(1) }
    }
}

/// A help text from the catalogs, in the language `BULLETIN_LANG` or the system asks for.
func helpText(_ key: MessageKey) -> String {
    Message(key).text(in: .forHelp)
}

extension ArgumentHelp {
    static func catalog(_ key: MessageKey) -> ArgumentHelp {
        ArgumentHelp(helpText(key))
    }
}

BenchIncremental.main()
