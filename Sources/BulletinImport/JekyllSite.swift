import BulletinCore
import Foundation

/// A Jekyll site: `_config.yml`, posts in `_posts/` (`2020-05-14-ten-bai.md`) and `_drafts/`,
/// pages with front matter anywhere else, and every other file it publishes as is.
struct JekyllSite {
    var items: [ImportedItem] = []
    var media = MediaMap()
    var skipped: [(file: String, why: String)] = []
    var config: [String: Any] = [:]

    init(files: OldSiteFiles) {
        if let text = files.text("_config.yml") ?? files.text("_config.yaml") {
            config = (try? ForeignFrontMatter.yaml(text)) ?? [:]
        }
        let pattern = JekyllSite.permalinkPattern(config.text("permalink") ?? "date")
        for path in files.paths {
            let parts = path.split(separator: "/").map(String.init)
            let inPosts = parts.contains("_posts"), inDrafts = parts.contains("_drafts")
            if inPosts || inDrafts {
                readPost(path, files: files, pattern: pattern, isDraft: inDrafts)
            } else if parts.contains(where: { $0.hasPrefix("_") || $0.hasPrefix(".") }) {
                continue  // layouts, includes, data, config, collections
            } else if OldSiteFiles.isMarkdown(path) {
                readPage(path, files: files)
            } else if MediaFiles.isMedia(path) {
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
            skipped.append((path, "not Markdown (an HTML post); copy its text into a new article by hand"))
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
        let fromName = DateText.fromFileName(name)
        guard let date = file.fields.text("date").flatMap({ DateText.normalized($0) }) ?? fromName?.date else {
            skipped.append((path, "no date: neither in the file name (2020-05-14-ten-bai.md) nor in its front matter"))
            return
        }
        let title = fromName?.rest ?? name
        // Folders above _posts are categories too, as Jekyll reads them.
        let folderCategories = path.split(separator: "/").prefix { $0 != "_posts" && $0 != "_drafts" }.map(String.init)
        let categories = folderCategories + file.fields.list("categories", words: true) + file.fields.list("category")
        var values = Permalink.dateParts(date)
        values["title"] = title
        values["slug"] = file.fields.text("slug") ?? title
        values["categories"] = categories.map { $0.lowercased() }.joined(separator: "/")
        values["output_ext"] = ".html"
        let published = file.fields.flag("published") ?? true
        let address = file.fields.text("permalink").map { Permalink.fill($0, values: values) } ?? Permalink.fill(pattern, values: values)
        items.append(
            ImportedItem(
                kind: .article, sourcePath: path, fields: file.fields, body: file.body, date: date,
                isDraft: isDraft || !published || file.fields.flag("draft") == true, oldSlug: values["slug"] ?? title,
                oldAddresses: [address], bundleFolder: nil))
    }

    private mutating func readPage(_ path: String, files: OldSiteFiles) {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let text = files.text(path), case .success(let file) = ForeignFrontMatter.read(text), !file.fields.isEmpty else {
            // Jekyll publishes only files with front matter: a README is the project's, not a page.
            skipped.append((path, "no front matter: Jekyll does not publish it either"))
            return
        }
        if name == "index" || name == "404" {
            skipped.append((path, "the site's \(name == "index" ? "home" : "not-found") page; Bulletin makes its own"))
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let address = file.fields.text("permalink") ?? "/" + (folder.isEmpty ? "" : folder + "/") + name + ".html"
        items.append(
            ImportedItem(
                kind: .page, sourcePath: path, fields: file.fields, body: file.body, date: nil,
                isDraft: file.fields.flag("published") == false, oldSlug: name, oldAddresses: [address], bundleFolder: nil))
    }
}
