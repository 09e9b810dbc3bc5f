/// Whether an edit changed what other files depend on, or only the file's own text.
///
/// Validation and the site model look across files: addresses and their clashes, link targets,
/// which articles are published and in which order, categories, tags, archives, "Tin liên quan".
/// All of that comes from the fields compared here. When every changed file keeps them, the
/// previous validation and model stay right, and only the changed articles are rebuilt.
/// The other fields (body, lead, cover image, author, views…) show on the article's own page and
/// its cards only, whose reads rebuilds follow (see ReadRecorder).
///
/// Positions (`locations`, link lines) are not compared: they only place messages, and a
/// rebuild replays previous messages only when none of them is in a changed file.
enum StructureKey {
    /// ArticleSource's stored properties, each classified here. A new property must be added to
    /// one list or the other (a test checks), so nothing slips past unclassified.
    static let articleStructural: Set<String> = [
        "file", "relativePath", "title", "date", "category", "tags", "featured", "draft", "slug", "image", "body",
        "aliases",
    ]
    static let articleOwnContent: Set<String> = [
        "updated", "author", "source", "summary", "imageAlt", "views", "locations",
    ]
    static let pageStructural: Set<String> = ["file", "relativePath", "slug", "body", "aliases"]
    /// RenderedMarkdown (`body`): what it points at is structural, its text is not.
    static let bodyStructural: Set<String> = ["links", "assets", "siteLinks", "shortcodes", "unreadShortcodes"]
    static let bodyOwnContent: Set<String> = ["html", "images", "firstParagraph", "plainText", "problems"]
    static let pageOwnContent: Set<String> = ["title", "summary", "locations"]

    static func same(_ a: ArticleSource, _ b: ArticleSource) -> Bool {
        a.title == b.title && sameButTitle(a, b)
    }

    /// Every structural field but the title. Other files depend on a title only through the
    /// address made from it (links to the article), which a rebuild can patch (see RebuildCache).
    static func sameButTitle(_ a: ArticleSource, _ b: ArticleSource) -> Bool {
        a.file == b.file && a.relativePath == b.relativePath && a.date == b.date && a.category == b.category
            && a.tags == b.tags && a.featured == b.featured && a.draft == b.draft && a.slug == b.slug && a.image == b.image
            && a.aliases == b.aliases
            && sameReferences(a.body, b.body)
    }

    static func same(_ a: PageSource, _ b: PageSource) -> Bool {
        a.file == b.file && a.relativePath == b.relativePath && a.slug == b.slug && a.aliases == b.aliases
            && sameReferences(a.body, b.body)
    }

    /// What a body points at (other files, media, generated pages, shortcodes), not where.
    static func sameReferences(_ a: RenderedMarkdown, _ b: RenderedMarkdown) -> Bool {
        a.links.elementsEqual(b.links) { $0.target == $1.target && $0.suffix == $1.suffix }
            && a.assets.elementsEqual(b.assets) { $0.path == $1.path }
            && a.siteLinks.elementsEqual(b.siteLinks) { $0.path == $1.path }
            && a.shortcodes.elementsEqual(b.shortcodes) { x, y in
                x.name == y.name && x.arguments.elementsEqual(y.arguments) { $0.key == $1.key && $0.value == $1.value }
            }
            // Reported by validation, which looks at the known shortcodes of every feature.
            && a.unreadShortcodes.elementsEqual(b.unreadShortcodes) { $0.name == $1.name && $0.message == $1.message }
    }
}
