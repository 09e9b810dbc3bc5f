/// A list of articles shown over numbered pages of `page_size`: a category, a tag, a year or a
/// month of the archive. `Site.pagedLists` gives every one in one fixed order, which the pages,
/// and the sitemap's dates follow.
public struct PagedList: Sendable {
    public enum Kind: Sendable {
        case category(Int)
        case tag(Int)
        case year(Int)
        case month(year: Int, month: Int)
    }

    public let kind: Kind
    /// Newest first.
    public let articles: [Int]
    let pageSize: Int

    /// Pages, at least one (an empty list still has its page).
    public var pageCount: Int { pageCount(of: articles.count) }

    /// Pages for `count` articles.
    func pageCount(of count: Int) -> Int { max(1, (count + pageSize - 1) / pageSize) }

    /// The articles on page `number` (from 1).
    public func articles(onPage number: Int) -> ArraySlice<Int> {
        articles[min(articles.count, (number - 1) * pageSize)..<min(articles.count, number * pageSize)]
    }

    /// The route of page `number`.
    public func route(_ number: Int, in site: Site) -> String {
        switch kind {
        case .category(let id): return Routes.category(site.categories[id].slug, page: number)
        case .tag(let id): return Routes.tag(site.tags[id].slug, page: number)
        case .year(let year): return Routes.archiveYear(year, page: number)
        case .month(let year, let month): return Routes.archiveMonth(year, month, page: number)
        }
    }
}

extension Site {
    /// Every paginated list: categories, tags, then each year followed by its months.
    public var pagedLists: [PagedList] {
        let size = config.pageSize
        var lists = categories.map { PagedList(kind: .category($0.id), articles: $0.articles, pageSize: size) }
        lists += tags.map { PagedList(kind: .tag($0.id), articles: $0.articles, pageSize: size) }
        for year in years {
            lists.append(PagedList(kind: .year(year.year), articles: year.articles, pageSize: size))
            for month in year.months {
                lists.append(PagedList(kind: .month(year: month.year, month: month.month), articles: month.articles, pageSize: size))
            }
        }
        return lists
    }
}
