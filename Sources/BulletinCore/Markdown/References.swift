import Foundation

/// A link from one content file to another (`[…](../2022/03/bai-viet.md)`), turned into the
/// target's URL once every file's URL is known.
public struct ContentLink: Sendable, Equatable {
    /// Content-relative path of the target ("articles/2022/03/bai-viet.md").
    public var target: String
    public var fragment: String?
    public var location: SourceLocation
}

/// A reference to a file that is published as it is (an image or PDF under media/).
public struct AssetReference: Sendable, Equatable {
    /// Content-relative path ("media/anh/hoi-nghi.svg").
    public var path: String
    public var location: SourceLocation
}

/// A link to a page the generator makes ("/chi-so/"), checked against the pages built.
public struct SiteLink: Sendable, Equatable {
    /// Site-relative path without the leading '/' ("chi-so/").
    public var path: String
    public var location: SourceLocation
}

/// What a link or image address written by an editor refers to.
public enum Reference: Equatable, Sendable {
    /// Another site or a mail/phone address; left as written.
    case external(String)
    /// "#section" on the same page.
    case fragment(String)
    /// A Markdown file of the site.
    case content(path: String, fragment: String?)
    /// A published file; `url` is the address under the site's base path.
    case asset(path: String, url: String)
    /// A generated page; `url` is the address under the site's base path.
    case site(path: String, url: String)
    /// An address that cannot be used, with the reason.
    case invalid(String)
    /// An address with a scheme that is not allowed (`javascript:`, `data:`, "C:\\…"), with the
    /// reason: removed from the page rather than published.
    case refused(String)

    /// Classifies `raw` as written in the file at `relativePath` (content-relative).
    /// A path starting with '/' is relative to the content root; any other path to the file.
    public static func resolve(_ raw: String, from relativePath: String, basePath: String) -> Reference {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .invalid("the address is empty") }
        if text.hasPrefix("#") { return .fragment(text) }
        if text.hasPrefix("//") { return .external(text) }
        if let scheme = scheme(of: text) {
            guard allowedSchemes.contains(scheme.lowercased()) else {
                return .refused(
                    "the address \"\(raw)\" starts with '\(scheme):', which a page may not link to; link to a web, mail or phone address (https://…, mailto:…, tel:…) or to a file of the site"
                )
            }
            return .external(text)
        }

        var pathPart = Substring(text)
        var suffix = ""
        if let cut = pathPart.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            suffix = Escape.urlSuffix(String(pathPart[cut...]))
            pathPart = pathPart[..<cut]
        }
        let decoded = String(pathPart).removingPercentEncoding ?? String(pathPart)
        let isRootRelative = decoded.hasPrefix("/")
        let directory = isRootRelative ? [] : relativePath.split(separator: "/").dropLast().map(String.init)
        guard let resolved = normalise(decoded, under: directory) else {
            return .invalid("the address \"\(raw)\" points outside the content folder")
        }
        let trailingSlash = decoded.hasSuffix("/") && !resolved.isEmpty
        let lastSegment = resolved.split(separator: "/").last.map(String.init) ?? ""
        if lastSegment.lowercased().hasSuffix(".md") {
            let fragment = suffix.hasPrefix("#") ? String(suffix.dropFirst()) : nil
            return .content(path: resolved, fragment: fragment)
        }
        if lastSegment.contains(".") && !trailingSlash {
            return .asset(path: resolved, url: basePath + Escape.urlPath(resolved) + suffix)
        }
        let sitePath = resolved.isEmpty ? "" : resolved + "/"
        return .site(path: sitePath, url: basePath + Escape.urlPath(sitePath) + suffix)
    }

    /// Joins `path` onto `directory`, resolving "." and ".."; nil when it climbs above the root.
    static func normalise(_ path: String, under directory: [String]) -> String? {
        var parts = directory
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(segment))
            }
        }
        return parts.joined(separator: "/")
    }

    /// An http(s) address, or one without scheme ("//host/…"): the only external addresses a
    /// value from front matter or site.yaml may give, so that `javascript:` or `data:` cannot
    /// reach an href or src.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || (lower.hasPrefix("//") && !lower.hasPrefix("///"))
    }

    /// Schemes an address written by an editor may use. Anything else is a mistake (a Windows
    /// path "C:\\…") or an attack (`javascript:`, `data:`), and would also let text forge the
    /// generator's own `bulletin-link:` placeholders.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp"]

    static func hasScheme(_ text: String) -> Bool { scheme(of: text) != nil }

    /// "https" for "https://…"; nil when the text does not start with a scheme.
    static func scheme(of text: String) -> Substring? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return nil }
        let valid = scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        return valid ? scheme : nil
    }
}
