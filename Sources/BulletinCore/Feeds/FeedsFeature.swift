/// Feeds and what helps other programs find and show the site: RSS 2.0 and Atom 1.0 for the
/// whole site and for each category, `sitemap.xml` and `robots.txt`, and in every page's head
/// the feed links, Open Graph / Twitter card tags and (on articles) JSON-LD.
public final class FeedsFeature: Feature {
    public let name = "feeds"

    public init() {}

    public func jobs(_ context: RenderContext) -> [OutputJob] {
        let site = context.site
        var feeds = [
            FeedWriter(
                site: site, title: site.config.title, description: nonEmpty(site.config.description) ?? site.config.title,
                pageRoute: Routes.home, rssRoute: Routes.rss, atomRoute: Routes.atom,
                articles: FeedWriter.published(Array(site.articles.indices), in: site))
        ]
        for term in site.categories where !term.articles.isEmpty {
            feeds.append(
                FeedWriter(
                    site: site, title: "\(term.name) – \(site.config.title)",
                    description: "Tin bài mới trong chuyên mục \(term.name) của \(site.config.title)",
                    pageRoute: term.route, rssRoute: Routes.categoryRSS(term.slug), atomRoute: Routes.categoryAtom(term.slug),
                    articles: FeedWriter.published(term.articles, in: site)))
        }
        // Made again on every rebuild: fifty items of text each, a fraction of a millisecond.
        return feeds.flatMap { feed in
            [
                OutputJob(path: feed.rssRoute, reuse: .never) { feed.rss() },
                OutputJob(path: feed.atomRoute, reuse: .never) { feed.atom() },
            ]
        }
    }

    public func closingJobs(_ context: RenderContext, others: [OutputJob]) -> [OutputJob] {
        let site = context.site
        let sitemap = SitemapWriter(site: site, jobs: others, memory: context.memory)
        // One digest for all its files (past 50,000 addresses there are several).
        let digest = OnceValue { sitemap.contentDigest }
        let reuse = JobReuse.whenDigestUnchanged { digest.value }
        var jobs = sitemap.files().map { file in OutputJob(path: file.path, reuse: reuse, make: file.make) }
        jobs.append(OutputJob(path: Routes.robots, reuse: .never) { SitemapWriter.robots(site: site) })
        return jobs
    }

    public func headMarkup(for site: Site) -> ((HeadViewInput) -> String)? {
        let metadata = HeadMetadata(site: site)
        return { metadata.markup($0) }
    }
}
