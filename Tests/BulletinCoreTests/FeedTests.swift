import Foundation
import Testing

@testable import BulletinCore

@Suite("Feeds, sitemap and robots.txt")
struct FeedTests {
    static let feeds = [
        "rss.xml", "atom.xml", "chuyen-muc/tin-tuc/rss.xml", "chuyen-muc/tin-tuc/atom.xml",
        "chuyen-muc/cai-cach-hanh-chinh/rss.xml", "chuyen-muc/cai-cach-hanh-chinh/atom.xml",
    ]

    @Test("every feed is well-formed XML (Foundation's XMLParser)")
    func wellFormed() throws {
        let site = try FeedTestSite()
        #expect(site.report.succeeded)
        for feed in FeedTests.feeds {
            let parsed = XMLRecorder.parse(try site.read(feed))
            #expect(parsed.error == nil, "\(feed): \(String(describing: parsed.error))")
        }
    }

    @Test("RSS: the latest 50 items, one unique guid each, absolute addresses under the sub-path, +0700 dates")
    func rss() throws {
        let site = try FeedTestSite()
        let feed = XMLRecorder.parse(try site.read("rss.xml"))
        let guids = feed.texts("guid")
        #expect(guids.count == FeedWriter.itemCount)
        #expect(Set(guids).count == guids.count)
        for url in guids + feed.texts("link") { #expect(url.hasPrefix(FeedTestSite.baseURL), "\(url)") }
        for date in feed.texts("pubDate") { #expect(date.hasSuffix(" +0700"), "\(date)") }
        // Newest first: the tricky-title article (May 2023) is newer than every "Tin số" but the last ones.
        #expect(feed.texts("title")[1] == FeedTestSite.trickyTitle)
        let selfLink = feed.elements.first { $0.name == "atom:link" }?.attributes["href"]
        #expect(selfLink == FeedTestSite.baseURL + "rss.xml")
    }

    @Test("Atom: unique entry ids, +07:00 dates, updated: used for <updated>, drafts left out")
    func atom() throws {
        let site = try FeedTestSite(drafts: true)
        let feed = XMLRecorder.parse(try site.read("chuyen-muc/cai-cach-hanh-chinh/atom.xml"))
        let ids = feed.texts("id")
        #expect(ids.first == FeedTestSite.baseURL + "chuyen-muc/cai-cach-hanh-chinh/")
        let entries = Array(ids.dropFirst())
        #expect(entries.count == 2, "the draft is not in the feed")
        #expect(Set(entries).count == entries.count)
        for date in feed.texts("updated") + feed.texts("published") { #expect(date.hasSuffix("+07:00"), "\(date)") }
        #expect(feed.texts("updated").first == "2023-06-20T15:45:00+07:00", "the feed's date is its latest change")
        #expect(feed.texts("title").contains(FeedTestSite.trickyTitle))
    }

    @Test("the sitemap lists every HTML page written but the 404 page and drafts, with list dates from their articles")
    func sitemap() throws {
        let site = try FeedTestSite(drafts: true)
        let sitemap = XMLRecorder.parse(try site.read("sitemap.xml"))
        #expect(sitemap.error == nil)
        let listed = Set(sitemap.texts("loc"))
        let draft = "tin-tuc/tap-huan-van-thu/index.html"
        #expect(site.exists(draft))
        let pages = site.files().filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != draft }
        let expected = Set(pages.map { FeedTestSite.baseURL + SitemapWriter.route(ofFile: $0) })
        #expect(listed == expected)
        #expect(pages.count > 60)

        var lastmod: [String: String] = [:]
        let locs = sitemap.texts("loc"), dates = sitemap.elements.filter { $0.name == "url" }
        #expect(locs.count == dates.count)
        // Pair each <loc> with the <lastmod> that follows it inside the same <url>.
        var current: String? = nil
        for element in sitemap.elements {
            if element.name == "loc" { current = element.text }
            if element.name == "lastmod", let url = current { lastmod[url] = element.text }
        }
        let base = FeedTestSite.baseURL
        #expect(lastmod[base + "tin-tuc/ket-qua-chi-so-cai-cach-hanh-chinh/"] == "2023-06-20T15:45:00+07:00")
        // Every page of a list changes when a newer article arrives: the newest article of the list.
        #expect(lastmod[base + "chuyen-muc/tin-tuc/trang/5/"] == "2023-02-28T08:00:00+07:00")
        #expect(lastmod[base + "chuyen-muc/cai-cach-hanh-chinh/"] == "2023-06-20T15:45:00+07:00")
        #expect(lastmod[base] == "2023-06-20T15:45:00+07:00")
        #expect(lastmod[base + "gioi-thieu/"] == nil, "a static page has no date")
    }

    @Test("robots.txt points to the sitemap's absolute address")
    func robots() throws {
        let site = try FeedTestSite()
        let robots = try site.read("robots.txt")
        #expect(robots.contains("Sitemap: \(FeedTestSite.baseURL)sitemap.xml\n"))
        #expect(robots.hasPrefix("User-agent: *\n"))
    }

    @Test("a sitemap past 50,000 addresses becomes an index of parts")
    func sitemapParts() throws {
        let config = SiteConfig(title: "T", baseURL: FeedTestSite.baseURL)
        let site = Site(
            config: config, articles: [], categories: [], tags: [], years: [], pages: [], featured: [], media: [],
            buildDate: LocalDate(Date(timeIntervalSince1970: 0), in: config.timeZone))
        let jobs = (0..<(SitemapWriter.addressesPerFile + 10)).map { OutputJob(path: "trang-\($0)/index.html") { "" } }
        let files = SitemapWriter(site: site, jobs: jobs).files()
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"])
        let index = XMLRecorder.parse(files[0].make())
        #expect(index.texts("loc") == [FeedTestSite.baseURL + "sitemap-1.xml", FeedTestSite.baseURL + "sitemap-2.xml"])
        #expect(XMLRecorder.parse(files[2].make()).texts("loc").count == 10)
    }
}
