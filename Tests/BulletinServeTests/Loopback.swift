import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.0 client over a loopback socket: enough to fetch pages and to read a
/// server-sent events stream line by line, with timeouts, and nothing a test could hang on.
final class Loopback {
    private let fd: Int32
    private var buffer: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect: \(errno)")
        }
    }

    deinit { close(fd) }

    func send(_ request: String) {
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
    }

    /// Reads what is available within `timeout` seconds; false at end of stream or timeout.
    private func fill(timeout: Double) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(timeout * 1000)) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return false }
        buffer += chunk[0..<n]
        return true
    }

    /// The next line (without its end), or nil after `timeout` seconds.
    func line(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(...end)
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, fill(timeout: left) else { return nil }
        }
    }

    /// The body: `length` bytes when the server said how many, else all until it closes.
    func body(length: Int?, timeout: Double) -> [UInt8] {
        let deadline = Date().addingTimeInterval(timeout)
        while buffer.count < (length ?? Int.max), deadline.timeIntervalSinceNow > 0, fill(timeout: deadline.timeIntervalSinceNow) {}
        defer { buffer = [] }
        return buffer
    }

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    /// GET `path`, the whole response.
    static func get(port: Int, _ path: String, timeout: Double = 5) throws -> Response {
        let client = try Loopback(port: port)
        client.send("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let (status, headers) = try client.head(timeout: timeout)
        let length = headers["content-length"].flatMap { Int($0) }
        return Response(
            status: status, headers: headers, body: String(decoding: client.body(length: length, timeout: timeout), as: UTF8.self))
    }

    /// Reads the status line and headers.
    func head(timeout: Double) throws -> (Int, [String: String]) {
        guard let statusLine = line(timeout: timeout) else { throw Failure(description: "no response") }
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        while let header = line(timeout: timeout), !header.isEmpty {
            let parts = header.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return (status, headers)
    }

    /// An events stream: `next` returns each event's name and data.
    static func events(port: Int, _ path: String) throws -> Loopback {
        let client = try Loopback(port: port)
        client.send("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        _ = try client.head(timeout: 5)
        return client
    }

    func nextEvent(timeout: Double) -> (name: String, data: String)? {
        let deadline = Date().addingTimeInterval(timeout)
        var name = "message", data = ""
        while let line = line(timeout: max(0, deadline.timeIntervalSinceNow)) {
            if line.isEmpty {
                if !data.isEmpty { return (name, data) }
                name = "message"
                continue
            }
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
        }
        return nil
    }
}
