/// `{{pager.…}}`: `current`, `total`, `prev_url`, `next_url`, `pages` [{label, url, current}]
/// (at most nine numbers around the current one), and `many` when there is more than one page.
final class PagerView: TemplateNode {
    let current: Int
    let total: Int
    let url: (Int) -> String

    init(current: Int, total: Int, url: @escaping (Int) -> String) {
        self.current = current
        self.total = total
        self.url = url
    }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "current": return .text(String(current))
        case "total": return .text(String(total))
        case "many": return .flag(total > 1)
        case "prev_url": return current > 1 ? .text(url(current - 1)) : nil
        case "next_url": return current < total ? .text(url(current + 1)) : nil
        case "first_url": return .text(url(1))
        case "last_url": return .text(url(total))
        case "pages":
            let low = max(1, min(current - 4, total - 8)), high = min(total, max(current + 4, 9))
            return .nodes((low...max(low, high)).map { LinkView(label: String($0), url: url($0), current: $0 == current) })
        default: return nil
        }
    }
}

/// `{{list.…}}` on category, tag and archive pages: `title`, `description`, `kind` flags
/// (`is_category`, `is_tag`, `is_archive`), `articles` (cards), `count`, `page` (number).
final class ListView: TemplateNode {
    enum Kind { case category, tag, archive }
    let kind: Kind
    let title: String
    let description: String?
    let articles: [CardView]
    let count: Int
    let page: Int

    init(kind: Kind, title: String, description: String?, articles: [CardView], count: Int, page: Int) {
        self.kind = kind
        self.title = title
        self.description = description
        self.articles = articles
        self.count = count
        self.page = page
    }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "title": return .text(title)
        case "description": return text(description)
        case "is_category": return .flag(kind == .category)
        case "is_tag": return .flag(kind == .tag)
        case "is_archive": return .flag(kind == .archive)
        case "articles": return articles.isEmpty ? nil : .nodes(articles)
        case "count": return .text(VietnameseNumber.format(count))
        case "page": return page > 1 ? .text(String(page)) : nil
        default: return presence(key)
        }
    }
}

/// `{{page.…}}` in layout.mustache: the document head. `title` (for <title>), `heading`,
/// `description`, `url`, `canonical` (absolute), `image` (absolute), `type` ("website"/"article"),
/// `kind` ("home", "article", "list", …), `noindex`, `head_extra` (HTML from features, such as
/// JSON-LD: use {{{page.head_extra}}}).
final class HeadView: TemplateNode {
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

    init(
        title: String, heading: String, description: String?, route: String, kind: String, type: String, image: String?,
        noindex: Bool, headExtra: String?, site: Site
    ) {
        self.title = title
        self.heading = heading
        self.description = description
        self.route = route
        self.kind = kind
        self.type = type
        self.image = image
        self.noindex = noindex
        self.headExtra = headExtra
        self.site = site
    }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "title": return .text(title)
        case "heading": return .text(heading)
        case "description": return text(nonEmpty(description) ?? site.config.description)
        case "url": return .text(site.url(route))
        case "canonical": return .text(site.absoluteURL(route))
        case "type": return .text(type)
        case "kind": return .text(kind)
        case "image": return text(image.map { $0.hasPrefix("/") ? site.config.origin + $0 : $0 })
        case "noindex": return .flag(noindex)
        case "head_extra": return text(headExtra)
        default:
            // is_KIND ("is_article"), compared in place: a case "is_\(kind)" built the string
            // again on every lookup that reached it.
            return key.hasPrefix("is_") && key.utf8.dropFirst(3).elementsEqual(kind.utf8) ? .flag(true) : nil
        }
    }
}
