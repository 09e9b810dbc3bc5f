import ArgumentParser
import BulletinCore
import Foundation

/// `make bench-incremental`: times rebuilds after one-article edits on a corpus (hidden: for
/// developers, not editors).
struct BenchIncremental: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-incremental", abstract: helpText(.benchAbstract), shouldDisplay: false)

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
