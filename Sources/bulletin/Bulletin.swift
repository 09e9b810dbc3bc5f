import ArgumentParser
import BulletinCore
import Foundation

@main
struct Bulletin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "Builds a department's news portal from Markdown, YAML and CSV files.",
        subcommands: [Build.self, New.self, Check.self, Serve.self, BenchIncremental.self],
        defaultSubcommand: Build.self
    )
}
