import ArgumentParser
import BulletinCore
import Foundation

struct Bulletin: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: helpText(.bulletinAbstract),
        version: "0.1.0",
        subcommands: [Init.self, Build.self, New.self, Check.self, Serve.self, Import.self],
        defaultSubcommand: Build.self
    )

    @OptionGroup var languageOptions: LanguageOptions
}

/// Runs the command on the main thread; only `serve` starts Swift concurrency. An async `main`
/// would park the main thread in dispatch's signal loop for every command, which profilers such as
/// valgrind cannot follow (and builds gain nothing from it).
@main
enum Main {
    static func main() {
        do {
            var command = try Bulletin.parseAsRoot()
            // Here, on the main thread: glibc fixes the number of arenas when a second thread
            // first allocates, which the async command's task would do before its first line.
            if command is Serve { FreeMemory.useOneArena() }
            if let asynchronous = command as? AsyncParsableCommand {
                try run(asynchronous)
            } else {
                try command.run()
            }
        } catch {
            Bulletin.exit(withError: error)
        }
    }

    /// Runs an async command to its end, waiting on this thread.
    private static func run(_ command: AsyncParsableCommand) throws {
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var command = command
        Task.detached {
            do { try await command.run() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }
}
