import BulletinCore
import Foundation

/// Answers a request path from the built site's folder, as a static host would (…/ → index.html,
/// 404.html for what does not exist), under the site's base path, with the reload script added
/// to HTML. Plain values, so the HTTP layer stays thin.
struct SiteFiles {
    let folder: String
    /// The site's base path, "/" or "/bantin/".
    let basePath: String
    /// The language of the overlay and of the page for a missing address when the site has none.
    let language: Language

    enum Answer: Equatable {
        case file(bytes: [UInt8], type: String, status: Int)
        /// A file sent as it is on disk, read in chunks while it is sent (media can be large).
        case stored(path: String, size: Int, type: String)
        case redirect(String)
        case events
    }

    var eventsPath: String { basePath + LiveReload.eventsPath }

    func answer(rawPath: String) -> Answer {
        let path = rawPath.removingPercentEncoding ?? rawPath
        if path == eventsPath { return .events }
        // The site lives under its base path; the bare host leads there.
        if !path.hasPrefix(basePath) {
            if path == "/" || path + "/" == basePath { return .redirect(basePath) }
            return notFound()
        }
        var relative = String(path.dropFirst(basePath.count))
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        // Nothing outside the folder, nothing hidden (the marker file, editors' leftovers).
        if parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) || relative.contains("\0") { return notFound() }
        if relative.isEmpty || relative.hasSuffix("/") {
            relative += "index.html"
        } else if POSIXFiles.isDirectory(folder + "/" + relative) {
            return .redirect(path + "/")
        }
        let full = folder + "/" + relative
        let type = SiteFiles.contentType(of: relative)
        guard type.hasPrefix("text/html") else {
            guard let size = try? POSIXFiles.regularFileSize(full) else { return notFound() }
            return .stored(path: full, size: size, type: type)
        }
        guard let bytes = try? POSIXFiles.read(full) else { return notFound() }
        return .file(bytes: inject(bytes), type: type, status: 200)
    }

    private func notFound() -> Answer {
        let page = (try? POSIXFiles.read(folder + "/" + Routes.notFound)) ?? Array(Message(.servePageNotFound).text(in: language).utf8)
        return .file(bytes: inject(page), type: "text/html; charset=utf-8", status: 404)
    }

    /// The reload script, just before the last </body> (or at the end when there is none).
    func inject(_ page: [UInt8]) -> [UInt8] {
        let script = Array(ReloadScript.html(eventsURL: eventsPath, language: language).utf8)
        let marker = Array("</body>".utf8)
        var i = page.count - marker.count
        while i >= 0 {
            if page[i] == UInt8(ascii: "<") && SiteFiles.matchesIgnoringCase(page, at: i, marker) {
                return Array(page[..<i]) + script + Array(page[i...])
            }
            i -= 1
        }
        return page + script
    }

    private static func matchesIgnoringCase(_ bytes: [UInt8], at start: Int, _ marker: [UInt8]) -> Bool {
        for (k, m) in marker.enumerated() {
            let b = bytes[start + k]
            if b != m && !(b >= 0x41 && b <= 0x5A && b + 32 == m) { return false }
        }
        return true
    }

    static func contentType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "txt", "csv": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "doc": return "application/msword"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xls": return "application/vnd.ms-excel"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "zip": return "application/zip"
        case "mp4", "m4v": return "video/mp4"
        case "webm": return "video/webm"
        case "mp3": return "audio/mpeg"
        case "m4a": return "audio/mp4"
        case "ogg", "oga": return "audio/ogg"
        case "vtt": return "text/vtt; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
