import Foundation

/// `sitemap.xml`: every HTML page the build writes (but the 404 page and pages marked noindex),
/// with its last change where the site model knows it. Past 50,000 addresses (the limit of one
/// sitemap file) it becomes a sitemap index pointing at `sitemap-1.xml`, `sitemap-2.xml`…
struct SitemapWriter {
    static let addressesPerFile = 50_000
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    struct Entry {
        /// The whole <url> element and its line break, ready to join.
        let line: String
        let lastChange: LocalDate?
    }

    let site: Site
    /// The listed pages, in the order of the jobs: their output paths and what they are.
    private let pages: [(path: String, role: PageRole)]
    /// Worked out once, by the content digest or by the first file written, whichever comes first.
    private let dates: OnceValue<LastChanges>
    /// Worked out when the first file is written: a rebuild that keeps the sitemap (most edits)
    /// does not build its 13,000 entries.
    private let entries: OnceValue<[Entry]>

    /// The previous build's paths and entries (`bulletin serve`). Most rebuilds list the same
    /// pages in the same order, so an entry is reused when the path at its position and its date
    /// are unchanged: a comparison instead of escaping and formatting again (a dictionary by path
    /// cost as much as it saved). Valid while the data key (site.yaml: the base address, the time
    /// zone) stays the same.
    final class Memo {
        let key: Int
        let paths: [String]
        let entries: [Entry]
        /// `contentDigest` of these pages and dates.
        let digest: Int

        init(key: Int, paths: [String], entries: [Entry]) {
            self.key = key
            self.paths = paths
            self.entries = entries
            digest = SitemapWriter.digest(paths: paths, dates: entries.lazy.map(\.lastChange))
        }
    }

    /// The last build's memo, when made under this build's site-wide key.
    private let kept: Memo?

    /// The entries for the HTML pages among `jobs` that are listed, in the order given.
    init(site: Site, jobs: [OutputJob], memory: FeatureMemory? = nil) {
        self.site = site
        var pages: [(path: String, role: PageRole)] = []
        pages.reserveCapacity(jobs.count)
        let articles = site.articles
        // By index: a for-in loop would copy each job (its path, closure and inputs).
        for i in jobs.indices where SitemapWriter.isHTML(jobs[i].path) {
            switch jobs[i].role {
            case .unlisted: continue
            case .article(let id) where articles[id].draft || articles[id].scheduled: continue
            default: pages.append((jobs[i].path, jobs[i].role))
            }
        }
        self.pages = pages
        let dates = OnceValue { LastChanges(site: site) }
        self.dates = dates
        let kept = (memory?["sitemap"] as? Memo).flatMap { $0.key == memory?.dataKey ? $0 : nil }
        self.kept = kept
        entries = OnceValue {
            let dates = dates.value
            let entries = pages.indices.parallelMap(chunkSize: 256) { i in
                let (path, role) = pages[i]
                let date = dates.date(of: role)
                if let kept, i < kept.paths.count, kept.paths[i] == path, kept.entries[i].lastChange == date {
                    return kept.entries[i]
                }
                var line = "<url><loc>" + Escape.xml(site.absoluteURL(SitemapWriter.route(ofFile: path))) + "</loc>"
                if let date { line += "<lastmod>" + date.iso8601 + "</lastmod>" }
                return Entry(line: line + "</url>\n", lastChange: date)
            }
            if let memory { memory["sitemap"] = Memo(key: memory.dataKey, paths: pages.map(\.path), entries: entries) }
            return entries
        }
    }

    /// Whether a path ends with ".html" (compared as bytes: this runs on every path of the site).
    static func isHTML(_ path: String) -> Bool {
        ByteSearch.withBytes(path) { bytes in
            bytes.count > 5 && memcmp(bytes.baseAddress! + bytes.count - 5, ".html", 5) == 0
        }
    }

    /// A digest of what the sitemap lists, each page's path and date (the site-wide key adds the
    /// base address): the sitemap is made from these alone, so a rebuild that keeps them keeps
    /// the files unmade (titles and bodies are not in it, and most edits change neither).
    var contentDigest: Int {
        let dates = dates.value
        // The last sitemap's pages and dates, when they are this build's: its digest stands
        // (comparing costs less than hashing every path again, most of them the same strings).
        if let kept, kept.paths.count == pages.count,
            pages.indices.allSatisfy({ kept.paths[$0] == pages[$0].path && kept.entries[$0].lastChange == dates.date(of: pages[$0].role) })
        {
            return kept.digest
        }
        return Self.digest(paths: pages.lazy.map(\.path), dates: pages.lazy.map { dates.date(of: $0.role) })
    }

    static func digest(paths: some Collection<String>, dates: some Sequence<LocalDate?>) -> Int {
        var d = Digest()
        d.add(paths.count)
        for (path, date) in zip(paths, dates) {
            d.add(path)
            d.add(date.map { Int($0.instant.timeIntervalSince1970) })
        }
        return d.finish()
    }

    /// "tin-tuc/x/index.html" → "tin-tuc/x/"; "index.html" → ""; "other.html" → "other.html".
    static func route(ofFile path: String) -> String {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// The files to write: `sitemap.xml`, and its parts when there are too many addresses.
    func files() -> [(path: String, make: () -> String)] {
        let count = pages.count
        let parts = stride(from: 0, to: count, by: SitemapWriter.addressesPerFile).map {
            $0..<min(count, $0 + SitemapWriter.addressesPerFile)
        }
        if parts.count <= 1 {
            return [(Routes.sitemap, { urlSet(entries.value[...]) })]
        }
        var files: [(path: String, make: () -> String)] = [(Routes.sitemap, { index(parts) })]
        for (n, range) in parts.enumerated() {
            files.append((Routes.sitemapPart(n + 1), { urlSet(entries.value[range]) }))
        }
        return files
    }

    private func urlSet(_ slice: ArraySlice<Entry>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"\(SitemapWriter.namespace)\">\n"
        out.reserveCapacity(slice.count * 120 + 128)
        for entry in slice { out += entry.line }
        return out + "</urlset>\n"
    }

    private func index(_ parts: [Range<Int>]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"\(SitemapWriter.namespace)\">\n"
        for (n, range) in parts.enumerated() {
            out += "<sitemap><loc>" + Escape.xml(site.absoluteURL(Routes.sitemapPart(n + 1))) + "</loc>"
            if let newest = entries.value[range].compactMap(\.lastChange).max() { out += "<lastmod>" + newest.iso8601 + "</lastmod>" }
            out += "</sitemap>\n"
        }
        return out + "</sitemapindex>\n"
    }

    /// robots.txt: everything may be crawled; the sitemap's address. Crawlers read robots.txt
    /// only at the root of a host, so a site under a sub-path must copy these lines there.
    static func robots(site: Site) -> String {
        "User-agent: *\nDisallow:\n\nSitemap: \(site.absoluteURL(Routes.sitemap))\n"
    }
}

/// When each page of the core last changed, worked out from its articles:
/// - an article: its `updated:` date, or its date;
/// - every page of a list (category, tag, year, month): the newest article of the whole list,
///   since a new article at the top shifts every later page by one, or a later change of an
///   article on that page;
/// - the home page, the search page and the indexes of categories, tags and archives: the
///   newest published article of the site.
/// Static pages and pages of other features have no date in the model and get no <lastmod>.
struct LastChanges {
    private let site: Site
    private let lists: [PagedList]
    /// Each article's last change, by id.
    private let changes: [LocalDate]
    private let newest: LocalDate?

    init(site: Site) {
        self.site = site
        lists = site.pagedLists
        let changes = site.articles.map { FeedWriter.lastChange(of: $0) }
        var newest: LocalDate?
        for (id, article) in site.articles.enumerated() where !article.draft && !article.scheduled {
            if newest.map({ changes[id] > $0 }) ?? true { newest = changes[id] }
        }
        self.changes = changes
        self.newest = newest
    }

    func date(of role: PageRole) -> LocalDate? {
        switch role {
        case .other, .unlisted: return nil
        case .article(let id): return changes[id]
        case .overview: return newest
        case .listPage(let index, let number):
            // An empty list's page has no date of its own.
            guard newest != nil, let first = lists[index].articles.first else { return nil }
            var date = site.articles[first].date
            for id in lists[index].articles(onPage: number) where changes[id] > date { date = changes[id] }
            return date
        }
    }
}
