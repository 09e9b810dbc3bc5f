// View models: plain values, already formatted (dates, numbers, URLs), that templates print
// without logic. Each answers its keys with a switch; empty strings come back as nil so that
// {{#key}}…{{/key}} hides them. docs/theme.md lists every key for the people who edit the templates.

/// `{{site.…}}`: values shared by every page.
public final class SiteView: TemplateNode, @unchecked Sendable {
    let site: Site
    let agency: AgencyView
    /// `menus.NAME`: every menu of site.yaml.
    let menus: ValuesView
    /// Values features add (see `Feature.siteValues`).
    let extras: [String: TemplateValue]
    /// The assets folder's address, asked for several times on every page.
    let assets: String

    init(site: Site, extras: [String: TemplateValue] = [:]) {
        self.site = site
        self.extras = extras
        self.agency = AgencyView(agency: site.config.agency)
        self.assets = site.config.basePath + "assets/"
        var menus: [String: TemplateValue] = [:]
        for (name, items) in site.config.menus {
            menus[name] = .nodes(items.map { MenuItemView(item: $0, basePath: site.config.basePath, current: false) })
        }
        self.menus = ValuesView(values: menus)
    }

    public func child(named key: String) -> TemplateValue? {
        // Each category notes its own reads; the list notes which categories there are.
        ReadRecorder.note(key == "categories" ? .terms(.category) : .siteValue(key))
        // Fields are read through `site.config` in place: a local copy of the config cost some
        // thirty reference counts on each of the dozen lookups a page makes here.
        switch key {
        case "title": return .text(site.config.title)
        case "description": return text(site.config.description)
        case "language": return .text(site.config.language)
        case "base": return .text(site.config.basePath)
        case "base_url": return .text(site.config.baseURL)
        case "home_url": return .text(site.config.basePath)
        case "assets": return .text(assets)
        case "agency": return .node(agency)
        case "menus": return .node(menus)
        case "quick_links": return menus.value("quick_links").flatMap { $0.isShown ? $0 : nil }
        case "year": return .text(String(site.buildDate.year))
        case "build_date": return .node(DateView(site.buildDate))
        case "categories": return .nodes(site.categories.map { TermLinkView(term: $0, kind: .category, site: site) })
        case "tags_url": return .text(site.url(Routes.tagsIndex))
        case "categories_url": return .text(site.url(Routes.categoriesIndex))
        case "archive_url": return .text(site.url(Routes.archiveIndex))
        case "search_url": return .text(site.url(Routes.search))
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
final class AgencyView: TemplateNode {
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

    func child(named key: String) -> TemplateValue? {
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
final class MenuItemView: TemplateNode {
    let label: TemplateValue
    let url: TemplateValue
    let current: Bool
    let external: Bool

    init(item: MenuItem, basePath: String, current: Bool) {
        self.label = .text(item.label)
        if let route = MenuItemView.route(of: item) {
            self.url = .text(basePath + route)
            self.external = false
        } else {
            self.url = .text(item.url)
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

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": return label
        case "url": return url
        case "current": return .flag(current)
        case "external": return .flag(external)
        default: return nil
        }
    }
}

/// A date in every form templates need: `long` "Thứ Năm, 12/01/2023", `numeric` "12/01/2023",
/// `time` "15:30", `weekday` "Thứ Năm", `iso` "2023-01-12T15:30:00+07:00".
final class DateView: TemplateNode {
    let date: LocalDate
    init(_ date: LocalDate) { self.date = date }
    func child(named key: String) -> TemplateValue? {
        switch key {
        case "long": return .text(date.long)
        case "numeric": return .text(date.numeric)
        case "time": return .text(date.time)
        case "weekday": return .text(date.weekdayName)
        case "iso": return .text(date.iso8601)
        case "year": return .text(String(date.year))
        default: return nil
        }
    }
}

/// A category or tag link: `name`, `url`, `count`.
final class TermLinkView: TemplateNode {
    let term: Term
    let kind: TermKind
    let site: Site

    init(term: Term, kind: TermKind, site: Site) {
        self.term = term
        self.kind = kind
        self.site = site
    }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "name":
            ReadRecorder.note(.term(kind, term.slug))
            return .text(term.name)
        case "url":
            ReadRecorder.note(.term(kind, term.slug))
            return .text(site.url(term.route))
        case "count":
            // Apart from name and address: a page that shows no count stays as it is when an
            // article joins the category.
            ReadRecorder.note(.termCount(kind, term.slug))
            return .text(VietnameseNumber.format(term.articles.count))
        default: return nil
        }
    }
}

/// A link with a label, for breadcrumbs and pagers.
final class LinkView: TemplateNode {
    let label: TemplateValue
    let url: TemplateValue?
    let current: Bool

    init(label: String, url: String?, current: Bool = false) {
        self.label = .text(label)
        self.url = text(url)
        self.current = current
    }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "label": return label
        case "url": return url
        case "current": return .flag(current)
        default: return nil
        }
    }
}
