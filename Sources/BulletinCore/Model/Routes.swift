/// Every address the site has, in one place. A route is site-relative, without a leading '/',
/// and ends with '/' for pages (served as …/index.html): "tin-tuc/hoi-nghi-2022/".
/// Names are Vietnamese, as readers of a Vietnamese portal expect to see them.
public enum Routes {
    public static let home = ""
    public static let articlesPrefix = "tin-tuc/"
    public static let categoriesIndex = "chuyen-muc/"
    public static let tagsIndex = "the/"
    public static let archiveIndex = "luu-tru/"
    public static let notFound = "404.html"
    public static let search = "tim-kiem/"

    /// First path segments the generator owns; a page file may not take them.
    public static let reserved: Set<String> = [
        "tin-tuc", "chuyen-muc", "the", "luu-tru", "trang", "assets", "media", "chi-so", "van-ban", "tim-kiem",
        "404.html", "sitemap.xml", "robots.txt", "rss.xml", "atom.xml", "feed", "search",
    ]

    public static func article(_ slug: String) -> String { articlesPrefix + slug + "/" }
    public static func category(_ slug: String, page: Int = 1) -> String { paged(categoriesIndex + slug + "/", page) }
    public static func tag(_ slug: String, page: Int = 1) -> String { paged(tagsIndex + slug + "/", page) }
    public static func archiveYear(_ year: Int, page: Int = 1) -> String { paged("\(archiveIndex)\(year)/", page) }
    public static func archiveMonth(_ year: Int, _ month: Int, page: Int = 1) -> String {
        paged("\(archiveIndex)\(year)/\(month < 10 ? "0" : "")\(month)/", page)
    }
    public static func page(_ slug: String) -> String { slug + "/" }

    /// Page 1 is the list's own address; later pages are …/trang/N/.
    public static func paged(_ base: String, _ page: Int) -> String {
        page <= 1 ? base : base + "trang/\(page)/"
    }

    /// The route of an old address given in `aliases:` ("/tin-cu/", "/2020/05/14/bai.html"):
    /// an address of this site from its first "/", without a query, fragment, "." or ".."
    /// folders; one whose last part has no extension is a folder. Nil when it is not one.
    public static func alias(_ written: String) -> String? {
        guard written.hasPrefix("/"), !written.hasPrefix("//"), !written.contains(where: { "?#\\\"<>".contains($0) || $0.isWhitespace })
        else {
            return nil
        }
        let parts = written.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let folders = written.hasSuffix("/") ? parts.dropLast() : parts
        guard !folders.isEmpty, folders.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        let path = folders.joined(separator: "/")
        let isFile = !written.hasSuffix("/") && (folders.last?.contains(".") ?? false)
        return isFile ? path : path + "/"
    }

    /// The file a route is written to: "tin-tuc/x/" → "tin-tuc/x/index.html", "" → "index.html".
    public static func outputPath(_ route: String) -> String {
        route.isEmpty || route.hasSuffix("/") ? route + "index.html" : route
    }
}
