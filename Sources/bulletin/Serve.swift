import ArgumentParser
import BulletinCore
import BulletinServe
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.serveAbstract),
        discussion: helpText(.serveDiscussion)
    )

    @Option(help: .catalog(.servePortHelp))
    var port = 8080

    @Option(help: .catalog(.serveHostHelp))
    var host = "127.0.0.1"

    @OptionGroup var site: SiteOptions

    @OptionGroup var publishedOptions: PublishedOptions

    @OptionGroup var languageOptions: LanguageOptions

    func run() async throws {
        let language = languageOptions.language(content: site.content)
        let session = try ServeSession(
            content: site.content, templates: site.templates, baseURL: site.baseURL, published: publishedOptions.published,
            language: language,
            log: { text in FileHandle.standardError.write(Data((text + "\n").utf8)) })
        defer { session.stop() }
        session.buildFirst(progress: BuildProgress.terminal(language: language))
        do {
            try session.watch()
        } catch let failure as FileWatcher.Failure {
            Console.printProblem(failure.message, in: language)
            throw ExitCode(1)
        }
        let host = self.host
        let app = DevServer.application(session: session, host: host, port: port) { bound in
            let shown = host == "0.0.0.0" ? "127.0.0.1" : host
            let address = "http://\(shown):\(bound)\(session.basePath)"
            print(Message(.serveListening, ["address": .text(address)]).text(in: language))
            fflush(stdout)
        }
        // Ctrl-C (or a TERM) ends the pages' event streams first: a graceful shutdown waits for
        // open responses, and those never end by themselves.
        let server = Task { try await app.run() }
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                session.reload.closeAll()
                server.cancel()
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        do {
            try await server.value
        } catch is CancellationError {
            return
        } catch {
            Console.printProblem(cannotListen(error), in: language)
            throw ExitCode(1)
        }
    }

    /// Why the server could not start: a port in use says which to try instead.
    private func cannotListen(_ error: Error) -> Message {
        let reason = "\(error)"
        let values: [String: MessageValue] = [
            "address": .text("\(host):\(port)"), "port": .text(String(port)), "next": .text(String(port + 1)), "reason": .text(reason),
        ]
        return Message(reason.contains("in use") ? .servePortTaken : .serveCannotListen, values)
    }
}
