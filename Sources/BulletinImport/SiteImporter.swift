import BulletinCore
import Foundation

/// `bulletin import jekyll|hugo SOURCE --to content`: a Jekyll or Hugo site as Bulletin
/// content. Posts become articles (`articles/YYYY/MM/slug.md`), pages pages, published files
/// media; front matter is mapped, old addresses kept as `aliases:`, links and images rewritten.
/// Nothing that exists is overwritten; what needs a hand is listed per file.
public enum SiteImporter {
    public struct Request: Sendable {
        public var kind: ImportKind
        public var source: String
        public var destination: String

        public init(kind: ImportKind, source: String, destination: String) {
            self.kind = kind
            self.source = source
            self.destination = destination
        }
    }

    public static func run(_ request: Request) -> ImportReport {
        var report = ImportReport()
        let files = OldSiteFiles(root: URL(fileURLWithPath: request.source))
        let site: any OldSite = request.kind == .jekyll ? JekyllSite(files: files) : HugoSite(files: files)
        var items = site.items
        let media = site.media, config = site.config, prefixes = site.ownPrefixes
        report.skipped = site.skipped
        report.needsHand = site.notes
        plan(&items, existing: existingSlugs(in: URL(fileURLWithPath: request.destination)), report: &report)
        var converter = BodyConverter(
            kind: request.kind, media: media, content: contentMap(items), ownPrefixes: prefixes.filter { !$0.isEmpty && $0 != "/" })
        converter.oldSite = prefixes.first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }?.trimmingTrailingSlashes
        let destination = URL(fileURLWithPath: request.destination)
        for item in items {
            let url = destination.appendingPathComponent(item.target)
            if FileManager.default.fileExists(atPath: url.path) {
                report.skipped.append((item.sourcePath, alreadyExists("\(request.destination)/\(item.target)")))
                continue
            }
            var notes: [Message] = []
            let body = converter.convert(item, notes: &notes)
            let front = FrontMatterMapping.lines(for: item, media: media, jekyll: request.kind == .jekyll, notes: &notes)
            let text = "---\n" + front.joined(separator: "\n") + "\n---\n" + (body.hasPrefix("\n") ? "" : "\n") + body
            do {
                try write(text, to: url)
                report.written.append(item.target)
                for note in notes { report.needsHand.append((item.target, note)) }
            } catch {
                report.skipped.append((item.sourcePath, cannotWrite(url, error)))
            }
        }
        for copy in media.copies {
            let url = destination.appendingPathComponent(copy.to)
            if FileManager.default.fileExists(atPath: url.path) {
                report.skipped.append((copy.to, alreadyExists("\(request.destination)/\(copy.to)")))
                continue
            }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: copy.from, toPath: url.path)
                report.media += 1
            } catch {
                report.skipped.append((copy.from, Message(.importCannotCopy, ["reason": .text(error.localizedDescription)])))
            }
        }
        writeSiteConfig(config: config, kind: request.kind, destination: destination, report: &report)
        return report
    }

    private static func alreadyExists(_ file: String) -> Message {
        Message(.importAlreadyExists, ["file": .text(file)])
    }

    private static func cannotWrite(_ url: URL, _ error: Error) -> Message {
        Message(.importCannotWrite, ["file": .text(url.path), "reason": .text(error.localizedDescription)])
    }

    /// The old site's address as it may be written: http or https, with or without "www.".
    static func hostSpellings(_ url: String) -> [String] {
        guard let parsed = URL(string: url), let host = parsed.host else { return url.isEmpty ? [] : [url] }
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let path = parsed.path == "/" ? "" : parsed.path
        return ["https://", "http://"].flatMap { scheme in [scheme + bare + path, scheme + "www." + bare + path] }
    }

    /// Slugs of the articles already in the content folder, with their files: an imported
    /// article must not take one (but may be that very file, left alone by a second run).
    private static func existingSlugs(in destination: URL) -> [String: String] {
        let files = OldSiteFiles(root: destination.appendingPathComponent("articles"))
        var slugs: [String: String] = [:]
        for path in files.paths where OldSiteFiles.isMarkdown(path) {
            guard let text = files.text(path), case .success(let file) = ForeignFrontMatter.read(text) else { continue }
            let slug = file.fields.text("slug") ?? Slug.make(file.fields.text("title") ?? "")
            if !slug.isEmpty { slugs["a:" + slug] = "articles/" + path }
        }
        return slugs
    }

    /// Gives each item its Bulletin slug (unique among articles, and among pages, and not one
    /// the site makes itself) and file.
    private static func plan(_ items: inout [ImportedItem], existing: [String: String], report: inout ImportReport) {
        var taken = Set<String>()
        for index in items.indices {
            let item = items[index]
            var slug = Slug.make(item.oldSlug)
            if slug.isEmpty { slug = Slug.make(item.fields.text("title") ?? "") }
            if slug.isEmpty { slug = "bai" }
            if item.kind == .page, Routes.reserved.contains(slug) {
                report.needsHand.append(("pages/\(slug)-trang.md", Message(.importReservedSlug, ["slug": .text(slug)])))
                slug += "-trang"
            }
            let kindKey = item.kind == .article ? "a:" : "p:"
            func target(_ slug: String) -> String {
                guard item.kind == .article, let date = item.date else { return "pages/\(slug).md" }
                return "articles/\(date.prefix(4))/\(date.dropFirst(5).prefix(2))/\(slug).md"
            }
            var unique = slug, number = 2
            while existing[kindKey + unique].map({ $0 != target(unique) }) ?? false || !taken.insert(kindKey + unique).inserted {
                unique = "\(slug)-\(number)"
                number += 1
            }
            items[index].slug = unique
            items[index].target = target(unique)
        }
    }

    /// Every name an old link can give a converted file by.
    private static func contentMap(_ items: [ImportedItem]) -> [String: String] {
        var map: [String: String] = [:]
        for item in items {
            let link = "/" + item.target
            for address in item.oldAddresses {
                let lower = address.lowercased()
                map["address:" + lower] = link
                if lower.hasSuffix("/") { map["address:" + lower + "index.html"] = link }
                if lower.hasSuffix(".html") { map["address:" + String(lower.dropLast(5))] = link }
            }
            let name = ((item.sourcePath as NSString).lastPathComponent as NSString).deletingPathExtension
            map["post:" + name] = link
            map["name:" + (item.bundleFolder.map { ($0 as NSString).lastPathComponent } ?? name)] = link
            if let contentPath = item.sourcePath.split(separator: "/", maxSplits: 1).last.map(String.init) {
                map["hugo:" + contentPath] = link
                map["hugo:" + (contentPath as NSString).deletingPathExtension] = link
                if let bundle = item.bundleFolder { map["hugo:" + bundle] = link }
            }
        }
        return map
    }

    private static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    }

    /// A site.yaml from the old configuration, when there is none yet.
    private static func writeSiteConfig(config: [String: Any], kind: ImportKind, destination: URL, report: inout ImportReport) {
        let url = destination.appendingPathComponent("site.yaml")
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        let title = config.text("title") ?? "Bản tin"
        var base: String
        switch kind {
        case .jekyll: base = (config.text("url") ?? "") + (config.text("baseurl") ?? "")
        case .hugo: base = config.text("baseURL", "baseurl") ?? ""
        }
        if !base.hasPrefix("http") {
            base = "https://example.gov.vn/"
            report.needsHand.append(("site.yaml", Message(.importNoBaseURL)))
        }
        if !base.hasSuffix("/") { base += "/" }
        let language = String((config.text("lang", "locale", "languageCode", "defaultContentLanguage") ?? "vi").prefix(2)).lowercased()
        let text = """
            title: \(FrontMatterMapping.quoted(title))
            base_url: \(FrontMatterMapping.quoted(base))
            language: \(language)

            """
        do {
            try write(text, to: url)
            report.written.append("site.yaml")
            report.needsHand.append(("site.yaml", Message(.importSiteYAMLWritten)))
        } catch {
            report.skipped.append(("site.yaml", cannotWrite(url, error)))
        }
    }
}

extension String {
    var trimmingTrailingSlashes: String {
        var text = self
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
