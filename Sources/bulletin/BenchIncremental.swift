import ArgumentParser
import BulletinCore
import Foundation

/// `make bench-incremental`: times rebuilds after one-article edits on a corpus (hidden: for
/// developers, not editors).
struct BenchIncremental: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-incremental", abstract: "Time incremental rebuilds after one-article edits.", shouldDisplay: false)

    @Option(help: "A generated corpus's content folder (its files are edited, then put back).")
    var content: String

    @Option var templates = "templates"

    @Option(help: "Where to build (a folder this command owns).")
    var output: String

    @Option(help: "Edits of each kind.")
    var runs = 15

    @Flag(help: "Skip the comparison with a clean build.")
    var noVerify = false

    @Option(help: "Only these edit kinds (body, scan, title, new), comma-separated.")
    var only = ""

    func run() throws {
        var benchmark = IncrementalBenchmark(
            contentPath: content, templatesPath: templates, outputPath: output, runs: runs, verify: !noVerify)
        benchmark.only = Set(only.split(separator: ",").map(String.init))
        let ok = benchmark.run()
        if !ok { throw ExitCode(1) }
    }
}
