import BulletinCore
import Foundation

/// A Hugo site: its configuration (`hugo.toml`, `config.yaml`…), `content/` (sections, leaf
/// bundles with their images, `_index.md` list pages) and `static/`.
struct HugoSite {
    var items: [ImportedItem] = []
    var media = MediaMap()
    var skipped: [(file: String, why: String)] = []
    var config: [String: Any] = [:]

    init(files: OldSiteFiles) {
        for name in ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"] {
            guard let text = files.text(name) else { continue }
            config = (try? (name.hasSuffix(".toml") ? ForeignFrontMatter.toml(text) : ForeignFrontMatter.yaml(text))) ?? [:]
            break
        }
        let contentFolder = config.text("contentDir") ?? "content"
        let permalinks = config.mapping("permalinks") ?? [:]
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
                } else if bundles.contains(folder), MediaFiles.isMedia(path) {
                    // A bundle's own file, linked from its index.md by its bare name.
                    let bundle = String(folder.dropFirst(contentFolder.count + 1))
                    media.add(
                        file: files.absolute(path), oldPath: "/" + bundle + "/" + (path as NSString).lastPathComponent,
                        target: "media/" + inside)
                }
            }
        }
    }

    private mutating func readContent(_ path: String, inside: String, files: OldSiteFiles, permalinks: [String: Any], isBundle: Bool) {
        let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if fileName == "_index" {
            skipped.append((path, "a section's list page; Bulletin makes its list pages itself"))
            return
        }
        guard let text = files.text(path) else {
            skipped.append((path, "cannot be read as UTF-8 text"))
            return
        }
        let file: ForeignFile
        switch ForeignFrontMatter.read(text) {
        case .success(let read): file = read
        case .failure(let problem):
            skipped.append((path, problem.description))
            return
        }
        let folder = (inside as NSString).deletingLastPathComponent
        let section = String(inside.split(separator: "/").first ?? "")
        let baseName = isBundle ? (folder as NSString).lastPathComponent : fileName
        let slug = file.fields.text("slug") ?? baseName
        let date = file.fields.text("date", "publishDate", "pubdate").flatMap { DateText.normalized($0) }
        var values = Permalink.dateParts(date)
        values["slug"] = slug
        values["title"] = Slug.make(file.fields.text("title") ?? baseName)
        values["filename"] = baseName
        values["contentbasename"] = baseName
        values["section"] = section
        let parent = isBundle ? (folder as NSString).deletingLastPathComponent : folder
        var address: String
        if let url = file.fields.text("url") {
            address = url.hasPrefix("/") ? url : "/" + url
        } else if !parent.isEmpty, let pattern = permalinks.text(section) {
            address = Permalink.fill(pattern, values: values)
        } else {
            address = "/" + (parent.isEmpty ? "" : parent + "/") + slug + "/"
        }
        address = address.lowercased()
        let aliases = file.fields.list("aliases").filter { $0.hasPrefix("/") }
        items.append(
            ImportedItem(
                kind: date == nil || parent.isEmpty ? .page : .article, sourcePath: path, fields: file.fields, body: file.body,
                date: date, isDraft: file.fields.flag("draft") == true, oldSlug: slug, oldAddresses: [address] + aliases,
                bundleFolder: isBundle ? folder : nil))
    }
}
