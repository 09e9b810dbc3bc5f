/// The keys the views of the core pages offer, for the check that every `{{name}}` of the theme
/// names one (a misspelt `{{titel}}` would print nothing on every page, without a word).
/// Features add theirs (`Feature.templateKeys`). A test compares this list with the keys the
/// views' sources answer, so that a new key cannot be left out.
enum TemplateKeys {
    static let core: Set<String> = [
        // Every page: the layout's and the site's values.
        "site", "page", "content", "page_content", "head_extra", "canonical", "noindex", "description", "language",
        "title", "header", "footer", "sidebar", "breadcrumbs", "base", "base_url", "home_url", "search_url",
        "categories_url", "tags_url", "archive_url", "assets", "build_date", "menus", "menu", "quick_links", "agency",
        "name", "short_name", "address", "phone", "fax", "email", "email_url", "website", "website_url", "licence",
        "responsible", "label", "url", "external", "current",
        // Articles, cards and terms.
        "article", "articles", "absolute_url", "date", "updated", "summary", "lead", "body", "image", "image_alt",
        "image_srcset", "image_webp_srcset", "image_width", "image_height",
        "category", "categories", "tags", "terms", "views", "featured", "author", "source", "draft", "scheduled",
        "card", "card_compact", "related", "others", "count",
        // Dates: {{date.numeric}}, {{date.long}}…
        "iso", "numeric", "long", "time", "weekday", "year", "years", "months",
        // The home page and lists.
        "highlights", "latest", "latest_after_highlights", "more", "sections", "list", "kind", "is_archive",
        "is_category", "is_tag", "heading", "parent", "pager", "pages", "first", "first_url", "last_url", "prev_url",
        "next_url", "many", "total", "type",
    ]

    /// Whether `key` (one part of a dotted name) is one a view offers: a known key, `has_` and a
    /// known key, or a list position such as `0`.
    static func isOffered(_ key: String, known: Set<String>) -> Bool {
        if known.contains(key) { return true }
        if key.hasPrefix("has_") && known.contains(String(key.dropFirst(4))) { return true }
        return key.allSatisfy(\.isNumber)
    }

    /// A warning for each name in the templates with a part no view offers, at its tag.
    static func check(_ templates: TemplateSet, displayRoot: String, known: Set<String>, diagnostics: Diagnostics) {
        let candidates = Array(known)
        for (name, template) in templates.templates {
            for reference in template.names where reference.name != "." {
                let parts = reference.name.split(separator: ".").map(String.init)
                guard let unknown = parts.first(where: { !isOffered($0, known: known) }) else { continue }
                let near = TextTools.suggestion(for: unknown, among: candidates)
                diagnostics.warning(
                    near == nil ? .templateKeyUnknown : .templateKeyUnknownNear,
                    ["key": .text(unknown), "tag": .text("{{" + reference.name + "}}"), "near": .text(near ?? "")],
                    at: SourceLocation(
                        file: displayRoot + "/" + name + ".mustache", line: reference.line, column: reference.column))
            }
        }
    }
}
