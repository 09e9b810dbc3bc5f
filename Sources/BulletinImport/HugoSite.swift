import BulletinCore
import Foundation

/// A Hugo site: its configuration (`hugo.toml`, `config.yaml`…), `content/` (sections, leaf
/// bundles with their images, `_index.md` list pages) and `static/`.
struct HugoSite: OldSite {
    var items: [ImportedItem] = []
    var media = MediaMap()
    var skipped: [(file: String, why: Message)] = []
    var notes: [(file: String, what: Message)] = []
    var config: [String: Any] = [:]

    static let configFiles = ["hugo", "config", "config/_default/hugo", "config/_default/config"].flatMap { base in
        ["toml", "yaml", "yml"].map { base + "." + $0 }
    }

    var ownPrefixes: [String] {
        let url = (config.text("baseURL", "baseurl") ?? "").trimmingTrailingSlashes
        return SiteImporter.hostSpellings(url) + [URL(string: url)?.path ?? ""]
    }

    init(files: OldSiteFiles) {
        for name in HugoSite.configFiles {
            guard let text = files.text(name) else { continue }
            do {
                config = try name.hasSuffix(".toml") ? ForeignFrontMatter.toml(text) : ForeignFrontMatter.yaml(text)
            } catch {
                notes.append((name, Message(.importConfigUnreadable, ["reason": "\(error)"])))
            }
            break
        }
        let contentFolder = config.text("contentDir") ?? "content"
        // Hugo 0.1xx's  [permalinks.page]  table, or the older flat one.
        var permalinks = config.mapping("permalinks") ?? [:]
        if let pages = permalinks["page"] as? [String: Any] { permalinks = pages }
        let bundles = Set(
            files.paths.filter { $0.hasPrefix(contentFolder + "/") && $0.hasSuffix("/index.md") }.map {
                ($0 as NSString).deletingLastPathComponent
            })
        for path in files.paths {
            if path.hasPrefix("static/") {
                let inside = String(path.dropFirst("static/".count))
                media.add(file: files.absolute(path), oldPath: "/" + inside, target: "media/" + inside)
            } else if path.hasPrefix(contentFolder + "/") {
                let inside = String(path.dropFirst(contentFolder.count + 1))
                let folder = (path as NSString).deletingLastPathComponent
                if OldSiteFiles.isMarkdown(path) {
                    readContent(path, inside: inside, files: files, permalinks: permalinks, isBundle: bundles.contains(folder))
                } else if MediaFiles.isPublished(path) {
                    // A bundle's files (in folders too), published beside its page.
                    media.add(file: files.absolute(path), oldPath: "/" + inside, target: "media/" + inside)
                }
            }
        }
    }

    /// Hugo's urlize: lower case, spaces as "-", accents kept.
    static func urlize(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isWhitespace {
                if !out.hasSuffix("-") { out.append("-") }
            } else if character.isLetter || character.isNumber || "-_.".contains(character) {
                out.append(character)
            }
        }
        return out
    }

    private mutating func readContent(_ path: String, inside: String, files: OldSiteFiles, permalinks: [String: Any], isBundle: Bool) {
        let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if fileName == "_index" {
            skipped.append((path, Message(.importSectionList)))
            return
        }
        guard let file = files.read(path, skipped: &skipped) else { return }
        let folder = (inside as NSString).deletingLastPathComponent
        let section = String(inside.split(separator: "/").first ?? "")
        let baseName = isBundle ? (folder as NSString).lastPathComponent : fileName
        let title = HugoSite.urlize(file.fields.text("title") ?? baseName)
        let slug = file.fields.text("slug") ?? baseName
        let date = file.fields.text("date", "publishDate", "pubdate").flatMap { DateText.normalized($0) }
        let parent = isBundle ? (folder as NSString).deletingLastPathComponent : folder
        var values = Permalink.dateParts(date)
        values["slug"] = file.fields.text("slug") ?? title
        values["title"] = title
        values["filename"] = baseName
        values["contentbasename"] = baseName
        values["slugorfilename"] = slug
        values["slugorcontentbasename"] = slug
        values["section"] = section
        values["sections"] = parent
        var address: String
        if let url = file.fields.text("url") {
            address = url.hasPrefix("/") ? url : "/" + url
        } else if !parent.isEmpty, let pattern = permalinks.text(section) {
            address = Permalink.fill(pattern, values: values)
        } else {
            address = "/" + (parent.isEmpty ? "" : parent + "/") + slug + "/"
        }
        address = address.lowercased()
        if file.fields.flag("draft") == true && (date == nil || parent.isEmpty) {
            skipped.append((path, Message(.importDraftPage)))
            return
        }
        // An alias without "/" is relative to the page's section.
        let aliases = file.fields.list("aliases").map { $0.hasPrefix("/") ? $0 : "/" + (parent.isEmpty ? "" : parent + "/") + $0 }
        items.append(
            ImportedItem(
                kind: date == nil || parent.isEmpty ? .page : .article, sourcePath: path, fields: file.fields, body: file.body,
                date: date, isDraft: file.fields.flag("draft") == true, oldSlug: slug, oldAddresses: [address] + aliases,
                bundleFolder: isBundle ? folder : nil))
    }
}
