/// Addresses of the feeds, the sitemap and robots.txt (names already reserved in `Routes`).
extension Routes {
    public static let rss = "rss.xml"
    public static let atom = "atom.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"

    /// "chuyen-muc/cai-cach-hanh-chinh/rss.xml"
    public static func categoryRSS(_ slug: String) -> String { category(slug) + rss }
    /// "chuyen-muc/cai-cach-hanh-chinh/atom.xml"
    public static func categoryAtom(_ slug: String) -> String { category(slug) + atom }

    /// Part N of a sitemap too long for one file ("sitemap-2.xml").
    static func sitemapPart(_ number: Int) -> String { "sitemap-\(number).xml" }
}
