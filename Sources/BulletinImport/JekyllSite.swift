import BulletinCore
import Foundation

/// A Jekyll site: `_config.yml`, posts in `_posts/` (`2020-05-14-ten-bai.md`) and `_drafts/`,
/// pages with front matter anywhere else, and every other file it publishes as is.
struct JekyllSite: OldSite {
    var items: [ImportedItem] = []
    var media = MediaMap()
    var skipped: [(file: String, why: Message)] = []
    var notes: [(file: String, what: Message)] = []
    var config: [String: Any] = [:]
    private var prettyPages = false

    var ownPrefixes: [String] {
        let url = config.text("url") ?? "", base = config.text("baseurl") ?? ""
        return SiteImporter.hostSpellings(url).flatMap { [$0 + base, $0] } + [base]
    }

    init(files: OldSiteFiles) {
        for name in ["_config.yml", "_config.yaml"] {
            guard let text = files.text(name) else { continue }
            do {
                config = try ForeignFrontMatter.yaml(text) as [String: Any]
            } catch {
                notes.append((name, Message(.importConfigUnreadable, ["reason": "\(error)"])))
            }
            break
        }
        let style = config.text("permalink") ?? "date"
        prettyPages = style == "pretty" || style.hasSuffix("/")
        let pattern = JekyllSite.permalinkPattern(style)
        let included = Set(config.list("include"))
        for path in files.paths {
            let parts = path.split(separator: "/").map(String.init)
            let inPosts = parts.contains("_posts"), inDrafts = parts.contains("_drafts")
            if inPosts || inDrafts {
                readPost(path, files: files, pattern: pattern, isDraft: inDrafts)
            } else if parts.dropLast().contains(where: {
                ($0.hasPrefix("_") && !included.contains($0) && $0 != "_pages") || $0.hasPrefix(".")
            }) {
                continue  // layouts, includes, data, collections
            } else if parts.count == 1 && (parts[0].hasPrefix("_") || parts[0].hasPrefix(".")) {
                continue  // _config.yml and the like
            } else if OldSiteFiles.isMarkdown(path) {
                readPage(path, files: files)
            } else if ["html", "htm"].contains((path as NSString).pathExtension.lowercased()) {
                if let text = files.text(path), text.hasPrefix("---") {
                    skipped.append((path, Message(.importHTMLPage)))
                }
            } else if MediaFiles.isPublished(path) {
                media.add(file: files.absolute(path), oldPath: "/" + path, target: "media/" + path)
            }
        }
    }

    /// Jekyll's named permalink styles as patterns.
    static func permalinkPattern(_ style: String) -> String {
        switch style {
        case "date": return "/:categories/:year/:month/:day/:title:output_ext"
        case "pretty": return "/:categories/:year/:month/:day/:title/"
        case "ordinal": return "/:categories/:year/:y_day/:title:output_ext"
        case "none": return "/:categories/:title:output_ext"
        default: return style
        }
    }

    private mutating func readPost(_ path: String, files: OldSiteFiles, pattern: String, isDraft: Bool) {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard OldSiteFiles.isMarkdown(path) else {
            skipped.append((path, Message(.importHTMLPost)))
            return
        }
        guard let file = files.read(path, skipped: &skipped) else { return }
        let fromName = DateText.fromFileName(name)
        // A draft's date is its file's, as Jekyll takes it.
        let modified = isDraft ? files.modificationDate(path) : nil
        guard let date = file.fields.text("date").flatMap({ DateText.normalized($0) }) ?? fromName?.date ?? modified else {
            skipped.append((path, Message(.importNoDate)))
            return
        }
        let title = fromName?.rest ?? name
        // Folders above _posts are categories too, as Jekyll reads them.
        let folderCategories = path.split(separator: "/").prefix { $0 != "_posts" && $0 != "_drafts" }.map(String.init)
        let categories = folderCategories + file.fields.list("categories", words: true) + file.fields.list("category")
        var values = Permalink.dateParts(date)
        // Jekyll's :title is the post's slug: when it has one.
        values["title"] = file.fields.text("slug") ?? title
        values["slug"] = file.fields.text("slug") ?? title
        values["categories"] = categories.map { $0.lowercased() }.joined(separator: "/")
        values["output_ext"] = ".html"
        let published = file.fields.flag("published") ?? true
        let address = file.fields.text("permalink").map { Permalink.fill($0, values: values) } ?? Permalink.fill(pattern, values: values)
        var fields = file.fields
        if !folderCategories.isEmpty {
            fields["categories"] = folderCategories + file.fields.list("categories", words: true)
        }
        items.append(
            ImportedItem(
                kind: .article, sourcePath: path, fields: fields, body: file.body, date: date,
                isDraft: isDraft || !published || file.fields.flag("draft") == true, oldSlug: values["slug"] ?? title,
                oldAddresses: [address] + JekyllSite.redirects(file.fields), bundleFolder: nil))
    }

    private mutating func readPage(_ path: String, files: OldSiteFiles) {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let text = files.text(path), case .success(let file) = ForeignFrontMatter.read(text), !file.fields.isEmpty else {
            // Jekyll publishes only files with front matter: a README is the project's, not a page.
            skipped.append((path, Message(.importNoFrontMatter)))
            return
        }
        var folder = (path as NSString).deletingLastPathComponent
        if folder == "_pages" || folder.hasPrefix("_pages/") { folder = String(folder.dropFirst(min(folder.count, 7))) }
        if folder.isEmpty && (name == "index" || name == "404") {
            skipped.append((path, Message(name == "index" ? .importHomePage : .importNotFoundPage)))
            return
        }
        if file.fields.flag("published") == false || file.fields.flag("draft") == true {
            skipped.append((path, Message(.importUnpublishedPage)))
            return
        }
        // A page in a folder of its own (gioi-thieu/index.md) is named by the folder.
        let pageName = name == "index" ? (folder as NSString).lastPathComponent : name
        let parent = name == "index" ? (folder as NSString).deletingLastPathComponent : folder
        let prefix = "/" + (parent.isEmpty ? "" : parent + "/")
        let address =
            file.fields.text("permalink") ?? (prettyPages || name == "index" ? prefix + pageName + "/" : prefix + pageName + ".html")
        items.append(
            ImportedItem(
                kind: .page, sourcePath: path, fields: file.fields, body: file.body, date: nil,
                isDraft: false, oldSlug: pageName, oldAddresses: [address] + JekyllSite.redirects(file.fields), bundleFolder: nil))
    }

    /// jekyll-redirect-from's `redirect_from:`, addresses that led to the post before.
    static func redirects(_ fields: [String: Any]) -> [String] {
        fields.list("redirect_from").map { $0.hasPrefix("/") ? $0 : "/" + $0 }
    }
}
