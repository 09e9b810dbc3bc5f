import BulletinCore
import Foundation

/// Which generator the old site was made with.
public enum ImportKind: String, Sendable, CaseIterable {
    case jekyll, hugo
}

/// One post or page of the old site, read, before its body is converted and it is written.
struct ImportedItem {
    enum Kind { case article, page }
    var kind: Kind
    /// Path in the old site, for the report ("_posts/2020-05-14-hoi-nghi.md").
    var sourcePath: String
    var fields: [String: Any]
    var body: String
    /// Normalized (`DateText`); articles only.
    var date: String?
    var isDraft: Bool
    /// The name the old generator gave it (Jekyll's file name after the date, Hugo's slug).
    var oldSlug: String
    /// Addresses it had on the old site, from its first "/".
    var oldAddresses: [String]
    /// A Hugo leaf bundle's folder inside `content/` ("posts/hop-bao"): files beside `index.md`.
    var bundleFolder: String?
    /// Set when planned: the Bulletin slug and the content-relative path written.
    var slug = ""
    var target = ""
}

/// An old site as read: what to convert and copy, what was skipped or needs a hand, and the
/// prefixes its own addresses are written with (host and base path, taken off links).
protocol OldSite {
    var items: [ImportedItem] { get }
    var media: MediaMap { get }
    var skipped: [(file: String, why: Message)] { get }
    var notes: [(file: String, what: Message)] { get }
    var config: [String: Any] { get }
    var ownPrefixes: [String] { get }
}

/// What the import did, for the person who ran it.
public struct ImportReport: Sendable {
    public var written: [String] = []
    public var media: Int = 0
    /// Files written that still need a hand, with what.
    public var needsHand: [(file: String, what: Message)] = []
    public var skipped: [(file: String, why: Message)] = []

    /// The report as printed, in `language`: counts, then each file to look at.
    public func text(in language: Language) -> String {
        let articles = written.filter { $0.hasPrefix("articles/") }.count, pages = written.filter { $0.hasPrefix("pages/") }.count
        let counts: [String: MessageValue] = ["articles": .number(articles), "pages": .number(pages), "media": .number(media)]
        var lines = [Message(written.contains("site.yaml") ? .importWroteWithSiteYAML : .importWrote, counts).text(in: language)]
        if !needsHand.isEmpty {
            lines.append(Message(.importNeedsHand, ["count": .number(needsHand.count)]).text(in: language))
            lines += needsHand.map { "  \($0.file): \($0.what.text(in: language))" }
        }
        if !skipped.isEmpty {
            lines.append(Message(.importSkipped, ["count": .number(skipped.count)]).text(in: language))
            lines += skipped.map { "  \($0.file): \($0.why.text(in: language))" }
        }
        return lines.joined(separator: "\n")
    }
}

/// Where media of the old site go: each file keeps its path under `media/`, so that an address
/// "/assets/img/a.png" becomes "/media/assets/img/a.png".
struct MediaMap {
    /// Old site path ("/assets/img/a.png") → new one ("/media/assets/img/a.png").
    var byPath: [String: String] = [:]
    /// Files to copy: old file (absolute) → content-relative target.
    var copies: [(from: String, to: String)] = []

    mutating func add(file: String, oldPath: String, target: String) {
        byPath[oldPath] = "/" + target
        copies.append((file, target))
    }
}

enum MediaFiles {
    static let extensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "ico", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
        "odt", "ods", "zip", "rar", "7z", "mp3", "mp4", "webm", "ogg", "txt", "csv",
    ]

    static func isMedia(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// The old theme's own files and the generator's: not the site's content.
    static let themeExtensions: Set<String> = [
        "md", "markdown", "html", "htm", "xml", "css", "scss", "sass", "less", "js", "mjs", "ts", "map", "yml", "yaml", "json",
        "toml", "rb", "lock", "gemspec", "woff", "woff2", "ttf", "eot", "otf", "liquid", "sh",
    ]
    static let toolFiles: Set<String> = ["Gemfile", "Rakefile", "CNAME", "LICENSE", "README", "Makefile", "Dockerfile"]

    /// A file the old site published as it is and that is content: any file but the theme's.
    static func isPublished(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        let base = (name as NSString).deletingPathExtension
        return !themeExtensions.contains((name as NSString).pathExtension.lowercased()) && !toolFiles.contains(base)
            && !name.hasPrefix(".")
    }
}
