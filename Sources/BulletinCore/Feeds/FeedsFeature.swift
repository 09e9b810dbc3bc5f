/// Feeds and what helps other programs find and show the site: RSS 2.0 and Atom 1.0 for the
/// whole site and for each category, `sitemap.xml` and `robots.txt`, and in every page's head
/// the feed links, Open Graph / Twitter card tags and (on articles) JSON-LD.
public final class FeedsFeature: Feature {
    public let name = "feeds"

    public init() {}

    public func jobs(_ context: RenderContext) -> [OutputJob] {
        let site = context.site
        var feeds = [
            FeedJob(
                list: .all, ids: Array(site.articles.indices), site: site,
                writer: { articles in
                    FeedWriter(
                        site: site, title: site.config.title, description: nonEmpty(site.config.description) ?? site.config.title,
                        pageRoute: Routes.home, rssRoute: Routes.rss, atomRoute: Routes.atom, articles: articles)
                })
        ]
        for term in site.categories where !term.articles.isEmpty {
            feeds.append(
                FeedJob(
                    list: .category(term.slug), ids: term.articles, site: site,
                    writer: { articles in
                        FeedWriter(
                            site: site, title: "\(term.name) – \(site.config.title)",
                            description: "Tin bài mới trong chuyên mục \(term.name) của \(site.config.title)",
                            pageRoute: term.route, rssRoute: Routes.categoryRSS(term.slug), atomRoute: Routes.categoryAtom(term.slug),
                            articles: articles)
                    }))
        }
        return feeds.flatMap { feed in
            [
                OutputJob(path: feed.writer.rssRoute, reuse: feed.reuse) { feed.make { $0.rss() } },
                OutputJob(path: feed.writer.atomRoute, reuse: feed.reuse) { feed.make { $0.atom() } },
            ]
        }
    }

    /// A feed's writer with what it reads: the first articles of a list, their values and terms.
    /// A feed is written from Swift, not a template, so it notes its reads itself.
    private struct FeedJob {
        let list: ArticleList
        /// How many of the list's articles were looked at to find the feed's items.
        let consumed: Int
        let writer: FeedWriter

        init(list: ArticleList, ids: [Int], site: Site, writer: ([Article]) -> FeedWriter) {
            let (articles, consumed) = FeedWriter.published(ids, in: site)
            self.list = list
            self.consumed = consumed
            self.writer = writer(articles)
        }

        /// An empty feed is dated with the build: made on every rebuild.
        var reuse: JobReuse { writer.articles.isEmpty ? .never : .whenReadsUnchanged }

        func make(_ text: (FeedWriter) -> String) -> String {
            ReadRecorder.note(.articles(list, 0..<consumed))
            // A list that ran out before the feed was full: one more article would be an item.
            if writer.articles.count < FeedWriter.itemCount { ReadRecorder.note(.count(list)) }
            let site = writer.site
            for article in writer.articles {
                ReadRecorder.note(.values(article.relativePath))
                if let category = article.category { ReadRecorder.note(.term(.category, site.categories[category].slug)) }
                for tag in article.tags { ReadRecorder.note(.term(.tag, site.tags[tag].slug)) }
            }
            return text(writer)
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
