import BulletinCore
import Foundation
import NIOCore

/// Server-sent events to the open pages: `reload` after a good rebuild, `errors` (the list, as
/// JSON) after a bad one. A page that connects while the site is broken gets the errors at once.
public final class LiveReload: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<ByteBuffer>.Continuation] = [:]
    private var errors: [Diagnostic] = []
    /// The language of the errors' text shown over pages.
    let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The path pages listen on, under the site's base path.
    public static let eventsPath = "__bulletin/events"

    /// A new page's stream of events.
    public func connect() -> AsyncStream<ByteBuffer> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.drop(id) }
        lock.lock()
        clients[id] = continuation
        let current = errors
        lock.unlock()
        // A comment first, so the browser knows the stream is open.
        continuation.yield(ByteBuffer(string: ": bulletin serve\n\n"))
        if !current.isEmpty { continuation.yield(LiveReload.event("errors", LiveReload.json(current, in: language))) }
        return stream
    }

    /// A good rebuild: pages reload (`changed`: the site paths written, for the curious).
    public func reload(changed: [String]) {
        lock.lock()
        errors = []
        lock.unlock()
        let list = "[" + changed.prefix(200).map { Escape.json($0) }.joined(separator: ",") + "]"
        broadcast(LiveReload.event("reload", list))
    }

    /// A bad rebuild: the pages show the errors over the last good page.
    public func failed(_ diagnostics: [Diagnostic]) {
        let errors = diagnostics.filter { $0.severity == .error }
        lock.lock()
        self.errors = errors
        lock.unlock()
        broadcast(LiveReload.event("errors", LiveReload.json(errors, in: language)))
    }

    /// Ends every stream (the server is stopping).
    public func closeAll() {
        lock.lock()
        let all = clients.values
        clients = [:]
        lock.unlock()
        for client in all { client.finish() }
    }

    private func drop(_ id: UUID) {
        lock.lock()
        clients[id] = nil
        lock.unlock()
    }

    private func broadcast(_ event: ByteBuffer) {
        lock.lock()
        let all = Array(clients.values)
        lock.unlock()
        for client in all { client.yield(event) }
    }

    static func event(_ name: String, _ data: String) -> ByteBuffer {
        ByteBuffer(string: "event: \(name)\ndata: \(data)\n\n")
    }

    /// One line of JSON (SSE data cannot span lines; Escape.json escapes line ends and < > &).
    /// `message` is English, as in `check --format json`; `text`, which pages show, is in `language`.
    static func json(_ diagnostics: [Diagnostic], in language: Language) -> String {
        let items = diagnostics.map { d in
            let place = d.location.map { "\"file\":\(Escape.json($0.file)),\"line\":\($0.line),\"column\":\($0.column)," } ?? ""
            return "{\(place)\"severity\":\(Escape.json(d.severity.rawValue)),\"code\":\(Escape.json(d.code)),"
                + "\"message\":\(Escape.json(d.message)),\"text\":\(Escape.json(d.formatted(in: language)))}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }
}
