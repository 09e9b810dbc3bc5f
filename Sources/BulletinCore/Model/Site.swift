import Foundation

/// A published article with everything pages need, computed once.
///
/// A class: pages, cards, feeds and the search index read articles from every thread, and a
/// struct of some twenty counted fields was copied whole (twenty reference counts, on counters
/// the other core was also changing) wherever one was handed on. Only `related` and `others`
/// change, set by the model stage on articles it has just made, before the site is shared.
public final class Article: @unchecked Sendable {
    /// Position in `Site.articles` (newest first).
    public let id: Int
    public let file: String
    public let relativePath: String
    public let title: String
    public let slug: String
    public let route: String
    public let date: LocalDate
    public let updated: LocalDate?
    public let category: Int?
    public let tags: [Int]
    public let author: String?
    public let source: String?
    /// The lead: `summary:` or the first paragraph, cut to a readable length.
    public let summary: String
    public let summaryIsExplicit: Bool
    public let imageURL: String?
    public let imageAlt: String?
    public let featured: Bool
    public let views: Int?
    public let draft: Bool
    /// Dated after the build started (shown only with --future).
    public let scheduled: Bool
    /// Body HTML as the Markdown stage made it: links to other files are markers (see
    /// LinkPlaceholders), and so are shortcodes.
    public let bodyHTML: String
    /// The address of each link marker of `bodyHTML`, in order.
    public let linkURLs: [String]
    public let shortcodes: [ShortcodeCall]
    /// Links to generated pages, checked once every page is known.
    public let siteLinks: [SiteLink]
    public let plainText: String
    /// Old addresses that lead here (`aliases:`), as routes.
    public let aliases: [String]
    /// The file its page is written to ("tin-tuc/x/index.html"). Made with the article: a
    /// rebuild that keeps the article keeps the same string, and comparing it with the last
    /// build's costs nothing.
    public let outputPath: String
    /// Up to five articles sharing the category or tags ("Tin liên quan").
    public var related: [Int] = []
    /// Older articles of the same category ("Các tin khác").
    public var others: [Int] = []
    /// The resized copies of its cover and of the images in its body (see `ImageMarkers`).
    public let images: ArticleImages

    public init(
        id: Int, file: String, relativePath: String, title: String, slug: String, route: String, date: LocalDate,
        updated: LocalDate?, category: Int?, tags: [Int], author: String?, source: String?, summary: String,
        summaryIsExplicit: Bool, imageURL: String?, imageAlt: String?, featured: Bool, views: Int?, draft: Bool,
        scheduled: Bool, bodyHTML: String, linkURLs: [String], shortcodes: [ShortcodeCall], siteLinks: [SiteLink],
        plainText: String, aliases: [String] = [], images: ArticleImages = ArticleImages()
    ) {
        self.images = images
        self.id = id
        self.file = file
        self.relativePath = relativePath
        self.title = title
        self.slug = slug
        self.route = route
        self.date = date
        self.updated = updated
        self.category = category
        self.tags = tags
        self.author = author
        self.source = source
        self.summary = summary
        self.summaryIsExplicit = summaryIsExplicit
        self.imageURL = imageURL
        self.imageAlt = imageAlt
        self.featured = featured
        self.views = views
        self.draft = draft
        self.scheduled = scheduled
        self.bodyHTML = bodyHTML
        self.linkURLs = linkURLs
        self.shortcodes = shortcodes
        self.siteLinks = siteLinks
        self.plainText = plainText
        self.aliases = aliases
        self.outputPath = Routes.outputPath(route)
    }

    /// Body HTML with links filled in; shortcode markers remain for the render stage. Filled when
    /// asked for (once per page that shows the body) rather than kept: keeping it was most of
    /// what the model stage added to memory, 6 KB an article (600 MB at 100,000 articles).
    public var html: String {
        let linked = LinkPlaceholders.fillLinks(bodyHTML, with: linkURLs)
        return images.body.isEmpty ? linked : ImageMarkers.fill(linked, with: images.body, sizes: images.sizes)
    }
}

/// An article's images as its pages show them.
public struct ArticleImages: Sendable, Equatable {
    public var cover: ImageMarkup?
    /// One per image marker of the body (nil: a file with no copies, shown as written).
    public var body: [ImageMarkup?] = []
    /// The `sizes` of the body's images (site.yaml's `images.sizes`).
    public var sizes = ""

    public init(cover: ImageMarkup? = nil, body: [ImageMarkup?] = [], sizes: String = "") {
        self.cover = cover
        self.body = body
        self.sizes = sizes
    }
}

/// A category or a tag with its articles, newest first.
public struct Term: Sendable {
    public let id: Int
    public let name: String
    public let slug: String
    /// Route of its first page.
    public let route: String
    public var articles: [Int]
}

public struct ArchiveMonth: Sendable {
    public let year: Int
    public let month: Int
    public var articles: [Int]
}

public struct ArchiveYear: Sendable {
    public let year: Int
    public var months: [ArchiveMonth]
    public var articles: [Int]
}

/// A static page (Giới thiệu, Liên hệ…).
public struct Page: Sendable {
    public let file: String
    /// Content-relative path ("pages/gioi-thieu.md"), what links to the page name.
    public let relativePath: String
    public let title: String
    public let summary: String?
    public let route: String
    public let html: String
    public let siteLinks: [SiteLink]
    /// Old addresses that lead here (`aliases:`), as routes.
    public var aliases: [String] = []
}

/// The model stage's result: the whole site, ready to render. Lists hold indexes into
/// `articles`, which is sorted newest first, so every list is already in display order.
///
/// A class, not a struct: every view and card keeps the site, and a struct of nine arrays and
/// a config of some thirty strings cost about forty reference counts per copy. Nothing in it
/// changes after the model stage, so sharing one instance is the same as copying.
public final class Site: Sendable {
    public let config: SiteConfig
    public let articles: [Article]
    public let categories: [Term]
    public let tags: [Term]
    public let years: [ArchiveYear]
    public let pages: [Page]
    /// Featured articles, newest first ("Điểm tin").
    public let featured: [Int]
    /// Content-relative paths of media files to publish.
    public let media: [String]
    /// Content-relative paths under static/, published at the root.
    public let staticFiles: [String]
    /// The photos and their resized copies.
    public let images: ImageTable
    public let buildDate: LocalDate

    public init(
        config: SiteConfig, articles: [Article], categories: [Term], tags: [Term], years: [ArchiveYear], pages: [Page],
        featured: [Int], media: [String], staticFiles: [String] = [], images: ImageTable = ImageTable(), buildDate: LocalDate
    ) {
        self.images = images
        self.staticFiles = staticFiles
        self.config = config
        self.articles = articles
        self.categories = categories
        self.tags = tags
        self.years = years
        self.pages = pages
        self.featured = featured
        self.media = media
        self.buildDate = buildDate
    }

    /// Absolute URL path of a route: "/bantin/tin-tuc/x/".
    public func url(_ route: String) -> String { config.basePath + route }

    /// Full URL of a route, for feeds, canonical links and sharing: "https://host/bantin/tin-tuc/x/".
    public func absoluteURL(_ route: String) -> String { config.baseURL + route }
}
