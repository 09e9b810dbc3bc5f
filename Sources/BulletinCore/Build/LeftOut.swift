import Foundation

/// What a build left out on purpose, said at its end so that nobody wonders where an article
/// went: drafts, and articles dated after the build (published by the first build after).
public struct LeftOut: Sendable {
    public var drafts = 0
    public var scheduled = 0
    /// The earliest date of the articles left out as scheduled, in the site's time zone.
    public var nextScheduled: LocalDate?

    public init() {}

    init(_ articles: [ArticleSource], zone: TimeZone, options: BuildOptions) {
        var next: Date? = nil
        for article in articles {
            if article.draft && !options.includeDrafts {
                drafts += 1
            } else if article.date > options.now && !options.includeFuture {
                scheduled += 1
                next = min(next ?? article.date, article.date)
            }
        }
        nextScheduled = next.map { LocalDate($0, in: zone) }
    }

    public var isEmpty: Bool { drafts == 0 && scheduled == 0 }
}
