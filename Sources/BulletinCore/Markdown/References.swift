import Foundation

/// A link from one content file to another (`[…](../2022/03/bai-viet.md)`), turned into the
/// target's URL once every file's URL is known.
public struct ContentLink: Sendable, Equatable {
    /// Content-relative path of the target ("articles/2022/03/bai-viet.md").
    public var target: String
    /// "?query#fragment" as written, percent-encoded once; "" when there is none.
    public var suffix: String
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
    /// A Markdown file of the site, with the "?query#fragment" written after it (percent-encoded).
    case content(path: String, suffix: String)
    /// A published file; `url` is the address under the site's base path.
    case asset(path: String, url: String)
    /// A generated page; `url` is the address under the site's base path.
    case site(path: String, url: String)
    /// Nothing at all ("[text]()"): legal CommonMark, a link to the page itself.
    case empty
    /// An address that cannot be used, with the reason.
    case invalid(Problem)
    /// An address with a scheme that runs or reads something (`javascript:`, `data:`, `file:`),
    /// with the reason: removed from the page rather than published.
    case refused(Problem)

    /// Why an address cannot be used, from the catalogs. Written into a String, it gives the
    /// English text (as before it was a message of its own).
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public let message: Message

        init(_ key: MessageKey, _ values: [String: MessageValue]) {
            message = Message(key, values)
        }

        public var description: String { message.text(in: .english) }
    }

    /// Classifies `raw` as written in the file at `relativePath` (content-relative).
    /// A path starting with '/' is relative to the content root; any other path to the file.
    public static func resolve(_ raw: String, from relativePath: String, basePath: String) -> Reference {
        let text = TextTools.trimmed(raw)
        let utf8 = text.utf8
        guard let first = utf8.first else { return .empty }
        if first == UInt8(ascii: "#") { return .fragment(text) }
        if text.hasPrefix("//") { return .external(text) }
        if let scheme = scheme(of: text) {
            guard !refusedSchemes.contains(scheme.lowercased()) else {
                return .refused(Problem(.addressSchemeRefused, ["address": .text(raw), "scheme": .text(String(scheme))]))
            }
            return .external(text)
        }

        // Split off "?query" and "#fragment", kept as written but percent-encoded. The work is
        // done on the bytes: every link and image of every article comes through here, and the
        // same steps on the String's views cost ten times as much.
        let bytes = Array(utf8)
        let slash = UInt8(ascii: "/")
        let cut = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        // Cut next to an ASCII character, so both parts are whole UTF-8.
        let suffix = cut < bytes.count ? Escape.urlSuffix(KnownUTF8.string(Array(bytes[cut...]))) : ""
        var pathText = KnownUTF8.string(Array(bytes[..<cut]))
        if bytes[..<cut].contains(UInt8(ascii: "%")) { pathText = pathText.removingPercentEncoding ?? pathText }
        let isRootRelative = first == slash
        guard let resolved = normalise(pathText, under: isRootRelative ? "" : folder(of: relativePath)) else {
            return .invalid(Problem(.addressOutsideContent, ["address": .text(raw)]))
        }
        let trailingSlash = pathText.utf8.last == slash && !resolved.isEmpty
        let resolvedBytes = Array(resolved.utf8)
        let lastSegment = resolvedBytes[((resolvedBytes.lastIndex(of: slash) ?? -1) + 1)...]
        if ContentTree.isMarkdown(bytes: lastSegment) {
            return .content(path: resolved, suffix: suffix)
        }
        if lastSegment.contains(UInt8(ascii: ".")) && !trailingSlash {
            return .asset(path: resolved, url: basePath + Escape.urlPath(resolved) + suffix)
        }
        let sitePath = resolved.isEmpty ? "" : resolved + "/"
        return .site(path: sitePath, url: basePath + Escape.urlPath(sitePath) + suffix)
    }

    /// The folder a content-relative file is in: "articles/2022" for "articles/2022/a.md", "" for "a.md".
    static func folder(of relativePath: String) -> Substring {
        let slash = ByteSearch.withBytes(relativePath) { bytes -> Int? in
            var end = bytes.count
            while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            return bytes[..<end].lastIndex(of: UInt8(ascii: "/"))
        }
        guard let slash else { return "" }
        return relativePath[..<relativePath.utf8.index(relativePath.utf8.startIndex, offsetBy: slash)]
    }

    /// Joins `path` onto `directory`, resolving "." and ".." in `path`; nil when it climbs above
    /// the root. One pass over the bytes: every link of every article comes through here.
    static func normalise(_ path: String, under directory: Substring) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var out: [UInt8] = []
        out.reserveCapacity(directory.utf8.count + path.utf8.count + 1)
        out.append(contentsOf: directory.utf8)
        out.append(slash)
        out.append(contentsOf: path.utf8)
        // `out` holds the directory and the path; segments are copied down to `end`, and empty
        // ones ("a//b", a leading or trailing "/") are dropped.
        var end = 0
        let directoryEnd = directory.utf8.count
        var climbedOut = false
        out.withUnsafeMutableBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                var j = i
                while j < bytes.count && bytes[j] != slash { j += 1 }
                let length = j - i
                if length == 0 {
                    // nothing between two slashes
                } else if i > directoryEnd && length == 1 && bytes[i] == dot {
                    // "." stays where it is
                } else if i > directoryEnd && length == 2 && bytes[i] == dot && bytes[i + 1] == dot {
                    if end == 0 {
                        climbedOut = true
                        return
                    }
                    while end > 0 && bytes[end - 1] != slash { end -= 1 }
                    if end > 0 { end -= 1 }
                } else {
                    if end > 0 {
                        bytes[end] = slash
                        end += 1
                    }
                    for k in i..<j {
                        bytes[end] = bytes[k]
                        end += 1
                    }
                }
                i = j + 1
            }
        }
        if climbedOut { return nil }
        // Whole segments of two Strings joined by '/': UTF-8 already.
        return out.withUnsafeBufferPointer { KnownUTF8.string(UnsafeBufferPointer(rebasing: $0[..<end])) }
    }

    /// An http(s) address, or one without scheme ("//host/…"): the only external addresses a
    /// value from front matter or site.yaml may give, so that `javascript:` or `data:` cannot
    /// reach an href or src.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || (lower.hasPrefix("//") && !lower.hasPrefix("///"))
    }

    /// Schemes an address in Markdown may not use: they run script or read what is not on the
    /// web. cmark's safe mode blanks the same ones (it keeps `data:` images; Bulletin does not,
    /// since an image belongs under media/).
    public static let refusedSchemes: Set<String> = ["javascript", "vbscript", "file", "data"]

    static func hasScheme(_ text: String) -> Bool { scheme(of: text) != nil }

    /// "https" for "https:…", "javascript" for "javascript:…": a letter, then letters, digits,
    /// + - . up to a colon. nil when the text does not start with a scheme.
    static func scheme(of text: String) -> Substring? {
        let utf8 = text.utf8
        var sawLetter = false
        for i in utf8.indices {
            let b = utf8[i]
            let isLetter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
            if b == UInt8(ascii: ":") { return sawLetter ? text[..<i] : nil }
            if !sawLetter {
                guard isLetter else { return nil }
                sawLetter = true
                continue
            }
            guard isLetter || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            else { return nil }
        }
        return nil
    }
}
