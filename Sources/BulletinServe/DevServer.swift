import BulletinCore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The HTTP side of `bulletin serve` (Hummingbird): the built site's files, with the reload
/// script in every HTML page, and the events stream pages listen on.
public enum DevServer {
    /// An application serving `session`'s site on `host:port` (port 0: any free port).
    /// `running` gets the port actually bound.
    public static func application(
        session: ServeSession, host: String, port: Int, running: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let files = Hummingbird.FileIO()
        let responder = CallbackResponder { (request: Request, context: BasicRequestContext) -> Response in
            try await respond(to: request, context: context, session: session, files: files)
        }
        var logger = Logger(label: "bulletin-serve")
        logger.logLevel = .critical
        return Application(
            responder: responder, configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await running(channel.localAddress?.port ?? port) }, logger: logger)
    }

    static func respond(
        to request: Request, context: BasicRequestContext, session: ServeSession, files: Hummingbird.FileIO
    ) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let site = SiteFiles(folder: session.siteFolder, basePath: session.basePath, language: session.language)
        switch site.answer(rawPath: request.uri.path) {
        case .redirect(let location):
            return Response(status: .found, headers: [.location: location, .cacheControl: "no-store"])
        case .events:
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: session.reload.connect()))
        case .file(let bytes, let type, let status):
            var headers = HTTPFields()
            headers[.contentType] = type
            headers[.cacheControl] = "no-store"
            let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
            if request.method == .head { headers[.contentLength] = String(bytes.count) }
            return Response(status: HTTPResponse.Status(code: status), headers: headers, body: body)
        case .stored(let path, let size, let type):
            var headers = HTTPFields()
            headers[.contentType] = type
            headers[.cacheControl] = "no-store"
            if request.method == .head {
                headers[.contentLength] = String(size)
                return Response(status: .ok, headers: headers)
            }
            return Response(status: .ok, headers: headers, body: try await files.loadFile(path: path, context: context))
        }
    }
}
