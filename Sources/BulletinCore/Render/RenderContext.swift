import Foundation

/// One file to produce: its output path and how to make its text. Jobs are independent, so the
/// write stage runs them on all cores.
public struct OutputJob: @unchecked Sendable {
    public let path: String
    public let make: () -> String
    /// When an incremental rebuild may keep the file it made before instead of making it again.
    var reuse: JobReuse = .never
    /// What the page is, for the sitemap and for incremental rebuilds.
    var role: PageRole = .other

    public init(path: String, make: @escaping () -> String) {
        self.path = path
        self.make = make
    }

    init(path: String, reuse: JobReuse, role: PageRole = .other, make: @escaping () -> String) {
        self.path = path
        self.make = make
        self.reuse = reuse
        self.role = role
    }
}

/// When an incremental rebuild keeps a file instead of making it again. Every file is also made
/// again when site.yaml, the options or a feature's data files changed.
enum JobReuse {
    /// Made on every rebuild (and written only when its bytes changed): files made in Swift from
    /// values already at hand (feeds, the sitemap, redirects), cheap next to finding out.
    case never
    /// Kept while everything it read when it was last made is the same (see `ReadRecorder`): it
    /// reads the site only through views and the context's accessors, which note each read.
    case whenReadsUnchanged
    /// Kept while this digest of its content, known before it is made, is the same. Asked for
    /// only by incremental rebuilds (a clean build makes every file anyway).
    case whenDigestUnchanged(() -> Int)
}

/// What a job's page is, where more than its own output needs to know: the sitemap (listed or
/// not, where its <lastmod> comes from), without looking its path up.
enum PageRole: Sendable, Equatable {
    /// Listed without a date (static pages, score pages, other features' pages, files).
    case other
    /// Left out of the sitemap: the 404 page.
    case unlisted
    /// The page of article `id` (left out of the sitemap while a draft or scheduled).
    case article(Int)
    /// Page `number` of `site.pagedLists[list]`.
    case listPage(list: Int, number: Int)
    /// A page about all articles (the home page, the search page, the indexes): dated by the
    /// newest change of any published article.
    case overview
}

/// Shared state of the render stage: the site, its templates, and what is rendered once and reused.
public final class RenderContext: @unchecked Sendable {
    public let site: Site
    public let templates: TemplateSet
    let siteView: SiteView
    let cards: CardCache
    private let headers: [String: String]
    /// The routes of the main menu's items, for `section(for:)`.
    private let menuRoutes: [String]
    private let footer: String
    /// partials/sidebar, rendered once: page templates place it with {{{sidebar}}}.
    private let sidebar: String
    /// Article bodies with shortcodes rendered, by article id (nil: none in that article).
    private(set) var shortcodeBodies: [Int: String]
    /// Features' additions to every page's <head> (see `Feature.headMarkup`).
    private let headMarkups: [(HeadViewInput) -> String]
    /// What features keep between builds (`bulletin serve`); nil in a clean build.
    let memory: FeatureMemory?
    /// Articles, terms and lists by the names pages note their reads by.
    let lookup: SiteLookup

    /// `cards` makes the card cache instead of rendering every card, `lookup` is given when one
    /// is at hand (incremental rebuilds reuse theirs).
    init(
        site: Site, templates: TemplateSet, shortcodes: [String: ShortcodeDefinition], features: [Feature] = [],
        memory: FeatureMemory? = nil, lookup: SiteLookup? = nil,
        cards: ((Site, TemplateSet, SiteView, SiteLookup) -> CardCache)? = nil
    ) {
        self.site = site
        self.memory = memory
        self.templates = templates
        self.lookup = lookup ?? SiteLookup(site: site)
        var extras: [String: TemplateValue] = [:]
        for feature in features {
            extras.merge(feature.siteValues(for: site)) { first, _ in first }
        }
        let siteView = SiteView(site: site, extras: extras)
        self.siteView = siteView
        self.headMarkups = features.compactMap { $0.headMarkup(for: site) }
        // The header marks the current section of the main menu, so there is one per menu item
        // (plus one with none marked); the footer is the same everywhere.
        var headers: [String: String] = [:]
        menuRoutes = (site.config.menus["main"] ?? []).compactMap(MenuItemView.route(of:))
        for section in [nil] + menuRoutes {
            let context = ValuesView([
                "site": siteView,
                "menu": siteView.menu("main", current: section),
            ])
            headers[section ?? "\u{0}"] = templates.render("partials/header", context)
        }
        self.headers = headers
        self.footer = templates.render("partials/footer", ValuesView(["site": siteView]))
        self.cards = cards?(site, templates, siteView, self.lookup) ?? CardCache(site: site, templates: templates, siteView: siteView)
        self.sidebar = templates.has("partials/sidebar") ? templates.render("partials/sidebar", ValuesView(["site": siteView])) : ""
        self.shortcodeBodies = [:]
        self.shortcodeBodies = renderShortcodes(shortcodes)
    }

    /// Article bodies with each shortcode replaced by its HTML (only articles that have any).
    private func renderShortcodes(_ definitions: [String: ShortcodeDefinition]) -> [Int: String] {
        let withShortcodes = site.articles.filter { !$0.shortcodes.isEmpty }
        let bodies: [String] = withShortcodes.parallelMap(chunkSize: 4) { article in
            let blocks = article.shortcodes.map { call in
                definitions[call.name].map { $0.render(call, article, self) } ?? ""
            }
            return LinkPlaceholders.fillShortcodes(article.html, with: blocks)
        }
        return Dictionary(uniqueKeysWithValues: zip(withShortcodes.map(\.id), bodies))
    }

    /// The menu route a page belongs to: the longest main-menu route that starts its own route.
    func section(for route: String) -> String? {
        var best: String? = nil
        for itemRoute in menuRoutes {
            let matches = itemRoute.isEmpty ? route.isEmpty : route.hasPrefix(itemRoute)
            if matches && itemRoute.utf8.count > (best?.utf8.count ?? -1) { best = itemRoute }
        }
        return best
    }

    /// A whole HTML document: `template` renders the main content from `values` (plus `site` and
    /// `sidebar`), then layout.mustache wraps it with the head, header, breadcrumbs and footer.
    public func document(
        template: String, values: [String: (any TemplateValueConvertible)?], head: HeadViewInput, section: String? = nil,
        breadcrumbs: [(String, String?)] = []
    ) -> String {
        let header = (section ?? self.section(for: head.route)) ?? "\u{0}"
        if ReadRecorder.isRecording {
            for fragment in ["header:" + header, "footer", "sidebar"] { ReadRecorder.note(.fragment(fragment)) }
        }
        // Not a copy of `values` with two keys set: that rehashed the dictionary on every page.
        let content = templates.render(
            template, ValuesView(values, overriding: ["site": siteView, "sidebar": sidebar]), capacity: 16 << 10)
        var headExtra = head.headExtra
        for markup in headMarkups { headExtra = (headExtra ?? "") + markup(head) }
        let headView = HeadView(
            title: head.title == site.config.title ? head.title : "\(head.title) | \(site.config.title)",
            heading: head.title, description: head.description, route: head.route, kind: head.kind, type: head.type,
            image: head.image, noindex: head.noindex, headExtra: headExtra, site: site)
        let crumbs =
            breadcrumbs.isEmpty
            ? nil
            : ([LinkView(label: "Trang chủ", url: site.url(Routes.home))]
                + breadcrumbs.enumerated().map { i, crumb in
                    LinkView(label: crumb.0, url: crumb.1, current: i == breadcrumbs.count - 1)
                })
        let layout = ValuesView(pairs: [
            "site": siteView,
            "page": headView,
            "content": content,
            "header": fragment("header:" + header) ?? "",
            "footer": footer,
            "sidebar": sidebar,
            "breadcrumbs": crumbs,
        ])
        return templates.render("layout", layout, capacity: content.utf8.count + 16 << 10)
    }

    /// Article cards for a list of ids.
    func cardViews<S: Sequence>(_ ids: S) -> [CardView] where S.Element == Int {
        ids.map { CardView(id: $0, site: site, cards: cards) }
    }

    /// Text rendered once for every page: "header:ROUTE" (the header marking that menu item; "\u{0}":
    /// none), "footer", "sidebar".
    func fragment(_ name: String) -> String? {
        switch name {
        case "footer": return footer
        case "sidebar": return sidebar
        default:
            guard name.hasPrefix("header:") else { return nil }
            return headers[String(name.dropFirst("header:".count))] ?? headers["\u{0}"]
        }
    }

    // MARK: reading the site, noted for incremental rebuilds

    /// The articles at `range` of `list` (clamped to it), in order.
    func articles(_ list: ArticleList, _ range: Range<Int> = 0..<Int.max) -> ArraySlice<Int> {
        ReadRecorder.note(.articles(list, range))
        let ids = lookup.ids(list) ?? []
        return ids[range.clamped(to: ids.indices)]
    }

    /// How many articles `list` has.
    func count(_ list: ArticleList) -> Int {
        ReadRecorder.note(.count(list))
        return lookup.ids(list)?.count ?? 0
    }

    /// A category's or tag's name and address.
    func term(_ kind: TermKind, _ id: Int) -> Term {
        let term = kind == .category ? site.categories[id] : site.tags[id]
        ReadRecorder.note(.term(kind, term.slug))
        return term
    }

    /// Which categories or tags there are, in order.
    func terms(_ kind: TermKind) -> [Term] {
        ReadRecorder.note(.terms(kind))
        return lookup.terms(kind)
    }
}

/// What a page says about itself for the document head.
public struct HeadViewInput {
    public var title: String
    public var route: String
    public var kind: String
    public var description: String? = nil
    public var type: String = "website"
    public var image: String? = nil
    public var noindex = false
    public var headExtra: String? = nil
    /// The id of the article the page shows (kind "article"), for what the head says of it.
    public var article: Int? = nil

    public init(
        title: String, route: String, kind: String, description: String? = nil, type: String = "website",
        image: String? = nil, noindex: Bool = false, headExtra: String? = nil, article: Int? = nil
    ) {
        self.title = title
        self.route = route
        self.kind = kind
        self.description = description
        self.type = type
        self.image = image
        self.noindex = noindex
        self.headExtra = headExtra
        self.article = article
    }
}
