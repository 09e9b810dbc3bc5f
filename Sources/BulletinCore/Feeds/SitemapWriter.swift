/// `sitemap.xml`: every HTML page the build writes (but the 404 page and pages marked noindex),
/// with its last change where the site model knows it. Past 50,000 addresses (the limit of one
/// sitemap file) it becomes a sitemap index pointing at `sitemap-1.xml`, `sitemap-2.xml`…
struct SitemapWriter {
    static let addressesPerFile = 50_000
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    struct Entry {
        /// The address, escaped for XML.
        let location: String
        let lastChange: LocalDate?
        /// `lastChange` as the sitemap writes it.
        let lastModified: String?
    }

    let site: Site
    /// How many addresses the sitemap has.
    private let count: Int
    /// Worked out when the first file is written: a rebuild that keeps the sitemap (most edits)
    /// does not look up the address and date of every page.
    private let entries: OnceValue<[Entry]>

    /// The previous build's addresses and entries (`bulletin serve`). Most rebuilds list the same
    /// pages in the same order, so an entry is reused when the path at its position and its date
    /// are unchanged: a comparison instead of escaping and formatting again (a dictionary by path
    /// cost as much as it saved). Valid while the data key (site.yaml: the base address, the time
    /// zone) stays the same.
    final class Memo {
        let key: Int
        let paths: [String]
        let entries: [Entry]

        init(key: Int, paths: [String], entries: [Entry]) {
            self.key = key
            self.paths = paths
            self.entries = entries
        }
    }

    /// The entries for the HTML files among `paths`, in the order given.
    init(site: Site, paths: [String], memory: FeatureMemory? = nil) {
        self.site = site
        var hidden: Set<String> = [Routes.notFound]
        for id in site.articles.indices where site.articles[id].draft || site.articles[id].scheduled {
            hidden.insert(Routes.outputPath(site.articles[id].route))
        }
        // Without drafts or scheduled articles only the 404 page is hidden: one comparison, not a hash.
        let onlyNotFound = hidden.count == 1
        let isListed = { (path: String) in
            SitemapWriter.isHTML(path) && (onlyNotFound ? path != Routes.notFound : !hidden.contains(path))
        }
        count = paths.reduce(0) { isListed($1) ? $0 + 1 : $0 }
        entries = OnceValue {
            let dates = LastChanges(site: site)
            let kept = (memory?["sitemap"] as? Memo).flatMap { $0.key == memory?.dataKey ? $0 : nil }
            let listed = paths.filter(isListed)
            let entries = listed.indices.parallelMap(chunkSize: 256) { i in
                let path = listed[i]
                let route = SitemapWriter.route(ofFile: path)
                let date = dates.byRoute[route]
                if let kept, i < kept.paths.count, kept.paths[i] == path, kept.entries[i].lastChange == date {
                    return kept.entries[i]
                }
                return Entry(location: Escape.xml(site.absoluteURL(route)), lastChange: date, lastModified: date?.iso8601)
            }
            if let memory { memory["sitemap"] = Memo(key: memory.dataKey, paths: listed, entries: entries) }
            return entries
        }
    }

    /// Whether a path ends with ".html" (compared as bytes: this runs on every path of the site).
    static func isHTML(_ path: String) -> Bool {
        let bytes = path.utf8
        return bytes.count > 5 && bytes.suffix(5).elementsEqual(".html".utf8)
    }

    /// What the sitemap shows: every address, and what LastChanges works the dates out from
    /// (each article's address, dates and visibility, the lists of every category, tag and
    /// archive). Not titles or summaries: editing those leaves the sitemap as it was, and a
    /// rebuild does not write its 13,000 addresses again for nothing.
    static func inputs(site: Site, paths: [String]) -> JobInputs {
        JobInputs { d in
            d.add(paths.count)
            for path in paths { d.add(path) }
            for id in site.articles.indices {
                d.add(site.articles[id].route)
                d.add(site.articles[id].date)
                d.add(FeedWriter.lastChange(of: site.articles[id]))
                d.add(site.articles[id].draft)
                d.add(site.articles[id].scheduled)
            }
            for term in site.categories { d.add(term.articles) }
            for term in site.tags { d.add(term.articles) }
            for year in site.years {
                d.add(year.articles)
                for month in year.months { d.add(month.articles) }
            }
        }
    }

    /// "tin-tuc/x/index.html" → "tin-tuc/x/"; "index.html" → ""; "other.html" → "other.html".
    static func route(ofFile path: String) -> String {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// The files to write: `sitemap.xml`, and its parts when there are too many addresses.
    func files() -> [(path: String, make: () -> String)] {
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
        for entry in slice {
            out += "<url><loc>" + entry.location + "</loc>"
            if let date = entry.lastModified { out += "<lastmod>" + date + "</lastmod>" }
            out += "</url>\n"
        }
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
///   newest article of the site.
/// Static pages and pages of other features have no date in the model and get no <lastmod>.
struct LastChanges {
    private(set) var byRoute: [String: LocalDate] = [:]

    init(site: Site) {
        // By index through a buffer: articles are read where they lie, not copied out one by one
        // (a for-in loop copies each element, all its fields).
        var changes: [LocalDate] = []
        var newest: LocalDate?
        site.articles.withUnsafeBufferPointer { articles in
            changes = articles.indices.map { FeedWriter.lastChange(of: articles[$0]) }
            for id in articles.indices where !articles[id].draft && !articles[id].scheduled {
                byRoute[articles[id].route] = changes[id]
                if newest.map({ changes[id] > $0 }) ?? true { newest = changes[id] }
            }
        }
        guard let newest else { return }
        for route in [Routes.home, Routes.search, Routes.categoriesIndex, Routes.tagsIndex, Routes.archiveIndex] {
            byRoute[route] = newest
        }
        // An empty list's page has no date of its own.
        for list in site.pagedLists {
            guard let first = list.articles.first else { continue }
            for number in 1...list.pageCount {
                var date = site.articles[first].date
                for id in list.articles(onPage: number) where changes[id] > date { date = changes[id] }
                byRoute[list.route(number, in: site)] = date
            }
        }
    }
}
