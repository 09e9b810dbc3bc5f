import Foundation

/// What a build left out on purpose, said at its end so that nobody wonders where an article
/// went: drafts, and articles dated after the build (published by the first build after).
public struct LeftOut: Sendable, Equatable {
    public var drafts = 0
    public var scheduled = 0
    /// The earliest date of the articles left out as scheduled.
    public var nextScheduled: Date?
    /// The site's time zone, to say that date in.
    public var zone = TimeZone(secondsFromGMT: 7 * 3600)!

    public init() {}

    init(_ articles: [ArticleSource], zone: TimeZone, options: BuildOptions) {
        self.zone = zone
        for article in articles {
            if article.draft && !options.includeDrafts {
                drafts += 1
            } else if article.date > options.now && !options.includeFuture {
                scheduled += 1
                nextScheduled = min(nextScheduled ?? article.date, article.date)
            }
        }
    }

    public var isEmpty: Bool { drafts == 0 && scheduled == 0 }
}
