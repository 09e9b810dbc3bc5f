import CBulletinSystem

/// Something a page or card can read, named so that the next build can look at it again: an
/// article by its content path, a category by its slug, a list of articles by what it lists.
/// Numbers the build gives (article ids, list positions) are not names: they change meaning when
/// an article is added.
///
/// Views note what they are asked for while a page renders (see `ReadRecorder`); an incremental
/// rebuild makes a page again only when one of the things it read has a new digest (see
/// `ReadDigests`). Nothing lists beforehand what a page will read.
enum Dependency: Hashable {
    /// A template's source; a template that is missing reads as missing.
    case template(String)
    /// `{{site.KEY}}`, as far as any template can look into it.
    case siteValue(String)
    /// Text rendered once per build and placed on pages: "header:ROUTE", "footer", "sidebar".
    case fragment(String)
    /// An article's values (no body), with what its cards show: the cards' text and category.
    case card(String)
    /// An article's values but its body, as cards are made from them.
    case values(String)
    /// Everything an article's own page shows of it: body, lead, shortcodes' output and more.
    case article(String)
    /// A category's or tag's name and address.
    case term(TermKind, String)
    /// How many articles a category or tag has.
    case termCount(TermKind, String)
    /// Which categories or tags there are, in order.
    case terms(TermKind)
    /// Which articles are at `range` of a list, in order.
    case articles(ArticleList, Range<Int>)
    /// How many articles a list has.
    case count(ArticleList)
    /// The years and months of the archive, with their counts.
    case archive
    /// A static page (content/pages/), by its content path.
    case page(String)
    /// A value a feature names and gives a digest of in each build (see `RenderContext.register`).
    case named(String)
}

enum TermKind: Hashable {
    case category
    case tag
}

/// A list of articles as the site orders it.
enum ArticleList: Hashable {
    /// Every article, newest first.
    case all
    case featured
    case category(String)
    case tag(String)
    case year(Int)
    case month(Int, Int)
    /// "Tin liên quan" and "Các tin khác" of the article at that content path.
    case related(String)
    case others(String)
    /// A list a feature registers in each build (see `RenderContext.register(articles:as:)`).
    case named(String)
}

/// What the page or card being made on this thread reads. Set around each job of an incremental
/// build; clean builds set none, and every note is then a thread-local load and a nil check.
final class ReadRecorder {
    private(set) var reads: [Dependency] = []

    /// Runs `body` with this recorder noting the thread's reads (the previous one is restored).
    func recording<T>(_ body: () -> T) -> T {
        let previous = bulletin_current_recorder()
        bulletin_set_current_recorder(Unmanaged.passUnretained(self).toOpaque())
        defer { bulletin_set_current_recorder(previous) }
        return body()
    }

    /// Notes a read for the page being made, if one is being recorded.
    @inline(__always) static func note(_ read: @autoclosure () -> Dependency) {
        guard let pointer = bulletin_current_recorder() else { return }
        Unmanaged<ReadRecorder>.fromOpaque(pointer).takeUnretainedValue().reads.append(read())
    }

    /// Whether this thread's reads are being recorded.
    static var isRecording: Bool { bulletin_current_recorder() != nil }
}
