import Mustache

/// `{{pager.…}}`: `current`, `total`, `prev_url`, `next_url`, `pages` [{label, url, current}]
/// (at most nine numbers around the current one), and `many` when there is more than one page.
struct PagerView: MustacheParent {
    let current: Int
    let total: Int
    let url: (Int) -> String

    func child(named key: String) -> Any? {
        switch key {
        case "current": return String(current)
        case "total": return String(total)
        case "many": return total > 1
        case "prev_url": return current > 1 ? url(current - 1) : nil
        case "next_url": return current < total ? url(current + 1) : nil
        case "first_url": return url(1)
        case "last_url": return url(total)
        case "pages":
            let low = max(1, min(current - 4, total - 8)), high = min(total, max(current + 4, 9))
            return (low...max(low, high)).map { LinkView(label: String($0), url: url($0), current: $0 == current) }
        default: return nil
        }
    }
}

/// `{{list.…}}` on category, tag and archive pages: `title`, `description`, `kind` flags
/// (`is_category`, `is_tag`, `is_archive`), `articles` (cards), `count`, `page` (number).
struct ListView: MustacheParent {
    enum Kind { case category, tag, archive }
    let kind: Kind
    let title: String
    let description: String?
    let articles: [CardView]
    let count: Int
    let page: Int

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "description": return nonEmpty(description)
        case "is_category": return kind == .category
        case "is_tag": return kind == .tag
        case "is_archive": return kind == .archive
        case "articles": return articles.isEmpty ? nil : articles
        case "count": return VietnameseNumber.format(count)
        case "page": return page > 1 ? String(page) : nil
        default: return presence(key)
        }
    }
}

/// `{{page.…}}` in layout.mustache: the document head. `title` (for <title>), `heading`,
/// `description`, `url`, `canonical` (absolute), `image` (absolute), `type` ("website"/"article"),
/// `kind` ("home", "article", "list", …), `noindex`, `head_extra` (HTML from features, such as
/// JSON-LD: use {{{page.head_extra}}}).
struct HeadView: MustacheParent {
    var title: String
    var heading: String
    var description: String?
    var route: String
    var kind: String
    var type: String = "website"
    var image: String? = nil
    var noindex = false
    var headExtra: String? = nil
    let site: Site

    func child(named key: String) -> Any? {
        switch key {
        case "title": return title
        case "heading": return heading
        case "description": return nonEmpty(description) ?? nonEmpty(site.config.description)
        case "url": return site.url(route)
        case "canonical": return site.absoluteURL(route)
        case "type": return type
        case "kind": return kind
        case "is_\(kind)": return true
        case "image": return image.map { $0.hasPrefix("/") ? site.config.origin + $0 : $0 }
        case "noindex": return noindex
        case "head_extra": return headExtra
        default: return nil
        }
    }
}
