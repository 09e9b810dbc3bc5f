/// What a file is made from, declared beside its job so that an incremental rebuild can tell
/// that the file would come out the same without making it (see Incremental/PageFingerprints).
///
/// Only the job's own values are declared. The rebuild adds what every file depends on:
/// site.yaml, the options and the features' data files (the site-wide key), the templates named
/// here with their partials (and, for a page, the layout, header, footer and sidebar), and the
/// `site` values those templates name. A job without inputs is made on every rebuild.
struct JobInputs {
    /// Templates the file is rendered with; none for files written in Swift (feeds, JSON).
    var templates: [String]
    /// A whole page, wrapped in the layout.
    var isPage: Bool
    /// Adds the job's own values (what it shows of articles, terms, data).
    let add: (inout InputDigest) -> Void

    init(templates: [String] = [], isPage: Bool = false, _ add: @escaping (inout InputDigest) -> Void) {
        self.templates = templates
        self.isPage = isPage
        self.add = add
    }

    /// A page whose values all come from the site-wide inputs (data files, site.yaml).
    static func page(_ templates: [String]) -> JobInputs { JobInputs(templates: templates, isPage: true) { _ in } }

    /// A file made from the site-wide inputs only.
    static let constant = JobInputs { _ in }
}

/// The values of one job's fingerprint. Articles and terms are added by id: the rebuild keeps
/// fingerprints of each one and does not hash their text again.
struct InputDigest {
    private(set) var digest = Digest()
    /// Fingerprint of each article's rendered cards (its card values, category and the card
    /// templates), by article id.
    let cards: [Int]
    /// Each article's own values but its body (title, address, dates, lead, image, author…).
    let values: [Int]
    /// Everything each article's own page shows of it (body included).
    let pages: [Int]
    /// Name, address and number of articles of each category and tag.
    let categories: [Int]
    let tags: [Int]

    init(cards: [Int], values: [Int], pages: [Int], categories: [Int], tags: [Int]) {
        self.cards = cards
        self.values = values
        self.pages = pages
        self.categories = categories
        self.tags = tags
    }

    mutating func add(_ text: String) { digest.add(text) }
    mutating func add(_ text: String?) { digest.add(text) }
    mutating func add(_ value: Int) { digest.add(value) }
    mutating func add(_ value: Int?) { digest.add(value) }
    mutating func add(_ value: Bool) { digest.add(value) }
    mutating func add(_ values: [Int]) { digest.add(values) }
    mutating func add(_ date: LocalDate) { digest.add(date.instant.timeIntervalSince1970) }
    mutating func add(bytes: [UInt8]) { digest.add(bytes: bytes) }

    /// An article as a card shows it ({{{card}}}, and every card key: title, date, category…).
    mutating func card(_ id: Int, of site: Site) {
        digest.add(cards[id])
        digest.add(site.articles[id].category.map { categories[$0] })
    }

    /// An article's values but its body, with its category and tags (feeds, search results).
    mutating func values(_ id: Int, of site: Site) {
        digest.add(values[id])
        terms(site.articles[id].category, site.articles[id].tags)
    }

    /// Everything an article's page shows of it, with its category and tags.
    mutating func article(_ id: Int, of site: Site) {
        digest.add(pages[id])
        terms(site.articles[id].category, site.articles[id].tags)
    }

    // Takes the two fields, not the article: passing an Article copies all its fields.
    private mutating func terms(_ category: Int?, _ articleTags: [Int]) {
        digest.add(category.map { categories[$0] })
        digest.add(articleTags.count)
        for t in articleTags { digest.add(tags[t]) }
    }

    mutating func category(_ id: Int) { digest.add(categories[id]) }
    mutating func tag(_ id: Int) { digest.add(tags[id]) }

    func finish() -> Int { digest.finish() }
}
