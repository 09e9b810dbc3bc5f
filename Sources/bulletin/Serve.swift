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

    func run() async throws {
        let session = try ServeSession(
            content: site.content, templates: site.templates, baseURL: site.baseURL,
            log: { text in FileHandle.standardError.write(Data((text + "\n").utf8)) })
        defer { session.stop() }
        session.buildFirst(progress: BuildProgress.terminal())
        do {
            try session.watch()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        let host = self.host
        let app = DevServer.application(session: session, host: host, port: port) { bound in
            let shown = host == "0.0.0.0" ? "127.0.0.1" : host
            print("Serving http://\(shown):\(bound)\(session.basePath) (drafts and future articles included). Ctrl-C stops.")
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
            let text = "\(error)"
            let hint = text.contains("in use") ? ": the port \(port) is taken; choose another, such as --port \(port + 1)" : ""
            FileHandle.standardError.write(Data("cannot serve on \(host):\(port)\(hint) (\(text))\n".utf8))
            throw ExitCode(1)
        }
    }
}
