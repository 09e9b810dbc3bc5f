import BulletinCore
import Foundation

/// Front matter of Jekyll and Hugo (and of their common themes) as Bulletin's keys: the many
/// names for a summary, a cover image or a change date, categories as one category and tags.
enum FrontMatterMapping {
    /// The front matter to write, key by key in Bulletin's order, values already YAML.
    static func lines(for item: ImportedItem, media: MediaMap, jekyll: Bool, notes: inout [Message]) -> [String] {
        let f = item.fields
        var out: [String] = []
        let title = f.text("title") ?? item.oldSlug.replacingOccurrences(of: "-", with: " ").capitalizedFirstLetter
        out.append("title: " + quoted(title))
        if item.kind == .article, let date = item.date { out.append("date: " + date) }
        if item.kind == .article,
            let updated = f.text("last_modified_at", "lastmod", "modified_time", "modified", "updated", "date_modified")
                .flatMap({ DateText.normalized($0) }), updated != item.date
        {
            out.append("updated: " + updated)
        }
        if item.kind == .article {
            var categories = f.list("categories", words: jekyll) + f.list("category")
            var seen = Set<String>()
            categories = categories.filter { seen.insert($0.lowercased()).inserted }
            if let category = categories.first { out.append("category: " + quoted(category)) }
            var tags = Array(categories.dropFirst()) + f.list("tags", words: jekyll) + f.list("keywords")
            var seenTags = Set<String>()
            tags = tags.filter { seenTags.insert($0.lowercased()).inserted }
            if !tags.isEmpty { out.append("tags: [" + tags.map(quoted).joined(separator: ", ") + "]") }
            if let author = author(f) { out.append("author: " + quoted(author)) }
        }
        if let summary = f.text("summary", "excerpt", "description", "subtitle") {
            out.append("summary: " + quoted(summary.split(whereSeparator: \.isNewline).joined(separator: " ")))
        }
        if item.kind == .article, let (image, alt) = image(f) {
            // A bundle's cover is named as the file beside it.
            let inBundle = item.bundleFolder.flatMap { media.byPath["/" + $0 + "/" + image] }
            if let target = inBundle ?? media.byPath[image] ?? media.byPath["/" + image] {
                out.append("image: " + quoted(target))
                out.append("image_alt: " + quoted(alt ?? title))
            } else if image.hasPrefix("http://") || image.hasPrefix("https://") {
                out.append("image: " + quoted(image))
                out.append("image_alt: " + quoted(alt ?? title))
            } else {
                notes.append(Message(.importCoverNotCopied, ["image": .text(image)]))
            }
        }
        if item.kind == .article, let source = f.text("source") { out.append("source: " + quoted(source)) }
        if item.kind == .article, f.flag("featured") == true || f.flag("pin") == true { out.append("featured: true") }
        if item.kind == .article, item.isDraft { out.append("draft: true") }
        out.append("slug: " + item.slug)
        let route = item.kind == .article ? Routes.article(item.slug) : Routes.page(item.slug)
        var aliases: [String] = []
        for address in item.oldAddresses {
            if address.range(of: #":[a-z_]+"#, options: .regularExpression) != nil {
                notes.append(Message(.importUnknownPermalinkPart, ["address": .text(address)]))
                continue
            }
            guard let alias = Routes.alias(address) else {
                notes.append(Message(.importAddressNotAlias, ["address": .text(address)]))
                continue
            }
            let first = String(alias.split(separator: "/").first ?? "")
            if alias == route || aliases.contains(alias) { continue }
            if Routes.reserved.contains(first) && first != "tin-tuc" {
                notes.append(Message(.importAddressReserved, ["address": .text(address), "folder": .text(first)]))
                continue
            }
            aliases.append(alias)
        }
        if !aliases.isEmpty {
            out.append("aliases: [" + aliases.map { quoted("/" + $0) }.joined(separator: ", ") + "]")
        }
        return out
    }

    private static func author(_ f: [String: Any]) -> String? {
        if let name = f.text("author") { return name }
        if let mapping = f.mapping("author"), let name = mapping.text("name", "display_name") { return name }
        return f.list("authors").first
    }

    /// The cover image and its alt text, under any of the names themes give them.
    private static func image(_ f: [String: Any]) -> (String, String?)? {
        if let path = f.text("image", "cover", "thumbnail", "img", "feature_image", "featured_image", "banner", "cover_image") {
            return (path, f.text("image_alt", "alt", "cover_alt"))
        }
        for key in ["image", "cover", "header"] {
            if let mapping = f.mapping(key), let path = mapping.text("path", "image", "src", "url", "teaser", "overlay_image") {
                return (path, mapping.text("alt", "caption"))
            }
        }
        if let first = f.list("images").first { return (first, f.text("image_alt", "alt")) }
        return nil
    }

    static func quoted(_ text: String) -> String { NewArticle.yamlString(text) }
}

extension String {
    var capitalizedFirstLetter: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
