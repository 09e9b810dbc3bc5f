import Mustache

// View models: plain values, already formatted (dates, numbers, URLs), that templates print
// without logic. Each is a MustacheParent with a switch, which swift-mustache looks up far faster
// than a reflected struct. Empty strings come back as nil so that {{#key}}…{{/key}} hides them.
// README.md lists every key for the people who edit the templates.

@inline(__always) func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
}

/// Whether a value would show anything: false for nil, false, "" and empty lists. Every view
/// answers `has_KEY` with this, so templates can wrap a list in a heading only when it has items
/// ({{#has_related}}<h2>Tin liên quan</h2>…{{/has_related}}).
func isPresent(_ value: Any?) -> Bool {
    switch value {
    case nil: return false
    case let flag as Bool: return flag
    case let text as Text: return !text.value.isEmpty
    case let text as String: return !text.isEmpty
    case let list as [Any]: return !list.isEmpty
    default: return true
    }
}

extension MustacheParent {
    /// `has_KEY` for any KEY of this view (see `isPresent`).
    func presence(_ key: String) -> Any? {
        guard key.hasPrefix("has_") else { return nil }
        return isPresent(child(named: String(key.dropFirst(4))))
    }
}

/// `{{site.…}}`: values shared by every page.
public final class SiteView: MustacheParent, @unchecked Sendable {
    let site: Site
    let agency: AgencyView
    let menus: [String: [MenuItemView]]
    /// Values features add (see `Feature.siteValues`).
    let extras: [String: Any]

    init(site: Site, extras: [String: Any] = [:]) {
        self.site = site
        self.extras = extras
        self.agency = AgencyView(agency: site.config.agency)
        var menus: [String: [MenuItemView]] = [:]
        for (name, items) in site.config.menus {
            menus[name] = items.map { MenuItemView(item: $0, basePath: site.config.basePath, current: false) }
        }
        self.menus = menus
    }

    public func child(named key: String) -> Any? {
        let config = site.config
        switch key {
        case "title": return Text(config.title)
        case "description": return text(config.description)
        case "language": return Text(config.language)
        case "base": return Text(config.basePath)
        case "base_url": return Text(config.baseURL)
        case "home_url": return Text(config.basePath)
        case "assets": return Text(config.basePath + "assets/")
        case "agency": return agency
        case "menus": return menus
        case "quick_links": return menus["quick_links"].flatMap { $0.isEmpty ? nil : $0 }
        case "year": return Text(String(site.buildDate.year))
        case "build_date": return DateView(site.buildDate)
        case "categories": return site.categories.map { TermLinkView(term: $0, site: site) }
        case "tags_url": return Text(site.url(Routes.tagsIndex))
        case "categories_url": return Text(site.url(Routes.categoriesIndex))
        case "archive_url": return Text(site.url(Routes.archiveIndex))
        case "search_url": return Text(site.url(Routes.search))
        default: return extras[key] ?? presence(key)
        }
    }

    /// Menu items with `current` set on the item for `route`.
    func menu(_ name: String, current route: String?) -> [MenuItemView] {
        guard let items = site.config.menus[name] else { return [] }
        return items.map { item in
            MenuItemView(item: item, basePath: site.config.basePath, current: route != nil && MenuItemView.route(of: item) == route)
        }
    }
}

/// `{{site.agency.…}}`: the publishing agency (footer, contact, JSON-LD publisher).
/// `short_name` is the name without the place it shares with its parent body, for the header's
/// two lines ("UBND tỉnh Sơn La" above "Sở Nội vụ").
final class AgencyView: MustacheParent {
    let agency: Agency
    let shortName: String?

    init(agency: Agency) {
        self.agency = agency
        self.shortName = agency.name.map { AgencyView.shortName($0, parent: agency.parent) }
    }

    /// "Sở Nội vụ tỉnh Sơn La" under "UBND tỉnh Sơn La" → "Sở Nội vụ": the words both end with
    /// are dropped, as long as some remain.
    static func shortName(_ name: String, parent: String?) -> String {
        let words = name.split(separator: " ")
        let parentWords = (parent ?? "").split(separator: " ")
        var common = 0
        while common < words.count - 1 && common < parentWords.count
            && words[words.count - 1 - common].lowercased() == parentWords[parentWords.count - 1 - common].lowercased()
        {
            common += 1
        }
        return words.dropLast(common).joined(separator: " ")
    }

    func child(named key: String) -> Any? {
        switch key {
        case "name": return text(agency.name)
        case "short_name": return text(shortName)
        case "parent": return text(agency.parent)
        case "address": return text(agency.address)
        case "phone": return text(agency.phone)
        case "fax": return text(agency.fax)
        case "email": return text(agency.email)
        case "email_url": return text(nonEmpty(agency.email).map { "mailto:" + $0 })
        case "website": return text(agency.website)
        case "website_url": return text(agency.websiteURL)
        case "responsible": return text(agency.responsible)
        case "licence": return text(agency.licence)
        default: return presence(key)
        }
    }
}

/// A menu entry: `label`, `url`, `current` (this page is in that section), `external`.
final class MenuItemView: MustacheParent {
    let label: Text
    let url: Text
    let current: Bool
    let external: Bool

    init(item: MenuItem, basePath: String, current: Bool) {
        self.label = Text(item.label)
        if let route = MenuItemView.route(of: item) {
            self.url = Text(basePath + route)
            self.external = false
        } else {
            self.url = Text(item.url)
            self.external = true
        }
        self.current = current
    }

    /// The site route an item points at, or nil for another site.
    static func route(of item: MenuItem) -> String? {
        if Reference.hasScheme(item.url) || item.url.hasPrefix("//") { return nil }
        var path = item.url
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }

    func child(named key: String) -> Any? {
        switch key {
        case "label": return label
        case "url": return url
        case "current": return current
        case "external": return external
        default: return nil
        }
    }
}

/// A date in every form templates need: `long` "Thứ Năm, 12/01/2023", `numeric` "12/01/2023",
/// `time` "15:30", `weekday` "Thứ Năm", `iso` "2023-01-12T15:30:00+07:00".
final class DateView: MustacheParent {
    let date: LocalDate
    init(_ date: LocalDate) { self.date = date }
    func child(named key: String) -> Any? {
        switch key {
        case "long": return Text(date.long)
        case "numeric": return Text(date.numeric)
        case "time": return Text(date.time)
        case "weekday": return Text(date.weekdayName)
        case "iso": return Text(date.iso8601)
        case "year": return Text(String(date.year))
        default: return nil
        }
    }
}

/// A category or tag link: `name`, `url`, `count`.
final class TermLinkView: MustacheParent {
    let name: Text
    let url: Text
    let count: Int

    init(term: Term, site: Site) {
        self.name = Text(term.name)
        self.url = Text(site.url(term.route))
        self.count = term.articles.count
    }

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "url": return url
        case "count": return Text(VietnameseNumber.format(count))
        default: return nil
        }
    }
}

/// A link with a label, for breadcrumbs and pagers.
final class LinkView: MustacheParent {
    let label: Text
    let url: Text?
    let current: Bool

    init(label: String, url: String?, current: Bool = false) {
        self.label = Text(label)
        self.url = text(url)
        self.current = current
    }

    func child(named key: String) -> Any? {
        switch key {
        case "label": return label
        case "url": return url
        case "current": return current
        default: return nil
        }
    }
}

/// A context made of named values, for the top of a page's template. nil values are dropped
/// (swift-mustache would print a stored nil as the text "nil").
final class ValuesView: MustacheParent {
    let values: [String: Any]
    init(_ values: [String: Any?]) {
        self.values = values.compactMapValues { value in
            if let string = value as? String { return Text(string) }
            return value
        }
    }
    func child(named key: String) -> Any? { values[key] ?? presence(key) }
}
