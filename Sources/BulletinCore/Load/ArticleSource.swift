import Foundation

/// An article as read from `articles/**/*.md`: front matter decoded, body rendered.
///
/// A class: validation, the model and rebuild caches hand articles from stage to stage and hold
/// them in lists and tuples. As a struct of some twenty-five counted fields, each such copy cost
/// as many reference counts, on the one thread the cross-article checks run on. Nothing changes
/// an article once read, so sharing one is the same as copying it.
public final class ArticleSource: Sendable {
    public let file: String
    public let relativePath: String
    public let title: String
    public let date: Date
    public let updated: Date?
    public let category: String?
    public let tags: [String]
    public let author: String?
    public let source: String?
    public let summary: String?
    /// The cover image, resolved; nil when none is given or it is unusable.
    public let image: Reference?
    public let imageAlt: String?
    public let featured: Bool
    public let views: Int?
    public let draft: Bool
    /// The `slug:` key when given.
    public let slug: String?
    /// Earlier addresses of the article (`aliases:`), as routes: "tin-cu/", "2020/05/14/bai.html".
    public let aliases: [String]
    public let body: RenderedMarkdown
    /// Where each front-matter key is, for messages from later stages.
    public let locations: [String: SourceLocation]

    public init(
        file: String, relativePath: String, title: String, date: Date, updated: Date?, category: String?, tags: [String],
        author: String?, source: String?, summary: String?, image: Reference?, imageAlt: String?, featured: Bool,
        views: Int?, draft: Bool, slug: String?, aliases: [String] = [], body: RenderedMarkdown, locations: [String: SourceLocation]
    ) {
        self.file = file
        self.relativePath = relativePath
        self.title = title
        self.date = date
        self.updated = updated
        self.category = category
        self.tags = tags
        self.author = author
        self.source = source
        self.summary = summary
        self.image = image
        self.imageAlt = imageAlt
        self.featured = featured
        self.views = views
        self.draft = draft
        self.slug = slug
        self.aliases = aliases
        self.body = body
        self.locations = locations
    }

    public func location(of key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    public static let knownKeys = [
        "title", "date", "updated", "category", "tags", "author", "source", "summary", "image", "image_alt",
        "featured", "views", "draft", "slug", "aliases",
    ]
}

/// A static page from `pages/*.md` (Giới thiệu, Liên hệ…); its URL comes from the file name.
public struct PageSource: Sendable {
    public var file: String
    public var relativePath: String
    public var title: String
    public var summary: String?
    public var slug: String
    public var body: RenderedMarkdown
    public var locations: [String: SourceLocation]
    /// Earlier addresses of the page (`aliases:`), as routes.
    public var aliases: [String] = []

    public static let knownKeys = ["title", "summary", "slug", "aliases"]
}

/// Reads one Markdown file with front matter: decoding, splitting, YAML, Markdown.
struct MarkdownFileReader {
    let tree: ContentTree
    let config: SiteConfig
    /// Longest title, in characters. The longest headline of a department's news is about 200;
    /// a title of thousands is a paragraph pasted in the wrong place.
    static let maximumTitleLength = 300

    struct Parsed {
        var fields: FieldReader
        var body: RenderedMarkdown
    }

    /// The address made from the file's name (without folder and ".md", in any case). A name
    /// that gives none is an error suggesting one like `example`.
    static func fileNameSlug(_ relativePath: String, example: String, file: String, problems: inout [Diagnostic]) -> String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? ""
        let slug = Slug.make(ContentTree.isMarkdown(name) ? String(name.dropLast(3)) : name)
        if slug.isEmpty {
            problems.append(Diagnostic(.error, .fileNameNoAddress, ["example": .text(example)], at: SourceLocation(file: file)))
        }
        return slug
    }

    /// nil when the file cannot be read at all; problems are appended to `problems`.
    /// `shortcodes`: whether the body may hold shortcodes (articles only).
    func read(_ relativePath: String, shortcodes: Bool = true, problems: inout [Diagnostic]) -> Parsed? {
        let file = tree.display(relativePath)
        let bytes: [UInt8]
        do {
            bytes = try tree.io.read(tree.absolute(relativePath))
        } catch {
            problems.append(Diagnostic(.error, .fileUnreadable, ["reason": FileError.problem(of: error)], at: SourceLocation(file: file)))
            return nil
        }
        if bytes.isEmpty {
            problems.append(Diagnostic(.error, .sourceFileEmpty, at: SourceLocation(file: file)))
            return nil
        }
        let text: String
        switch SourceText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            problems.append(
                Diagnostic(.error, SourceText.problemMessage(for: problem), at: SourceText.location(of: problem, in: file)))
            return nil
        }
        let split: FrontMatterSplit
        switch FrontMatter.split(text) {
        case .success(let s): split = s
        case .failure(let problem):
            problems.append(
                Diagnostic(.error, FrontMatter.problemMessage(for: problem), at: SourceLocation(file: file, line: 1, column: 1)))
            return nil
        }
        let fields: FieldReader
        switch YAMLText.parseFields(split.yaml, file: file, firstLine: split.yamlFirstLine) {
        case .success(let read): fields = read
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
        let context = MarkdownContext(
            file: file, relativePath: relativePath, firstLine: split.bodyFirstLine, basePath: config.basePath,
            unsafeHTML: config.unsafeHTML, allowsShortcodes: shortcodes)
        let body = MarkdownConverter.convert(split.body, context: context)
        return Parsed(fields: fields, body: body)
    }
}

extension ArticleSource {
    /// Decodes an article; nil (with problems) when a required key is missing or wrong.
    static func read(_ relativePath: String, reader: MarkdownFileReader) -> SourceRead<ArticleSource> {
        var problems: [Diagnostic] = []
        guard let parsed = reader.read(relativePath, problems: &problems) else { return SourceRead(problems: problems) }
        var fields = parsed.fields
        let zone = reader.config.timeZone
        fields.rejectUnknownKeys(knownKeys, in: .message(Message(.placeFrontMatter)))
        let title = fields.requiredString(
            "title", example: "title: \"Hội nghị tổng kết công tác năm 2022\"", maximumLength: MarkdownFileReader.maximumTitleLength)
        let hasDate = fields.has("date")
        let date = fields.date("date", zone: zone)
        if !hasDate { fields.missing("date", example: "date: 2023-01-12") }
        let updated = fields.date("updated", zone: zone)
        let category = fields.string("category")
        let tags = fields.stringList("tags")
        let imageText = fields.string("image")
        let imageAlt = fields.string("image_alt")
        var image: Reference? = nil
        if let imageText {
            let resolved = Reference.resolve(imageText, from: relativePath, basePath: reader.config.basePath)
            switch resolved {
            case .asset: image = resolved
            case .external(let url) where Reference.isWebAddress(url): image = resolved
            case .invalid(let reason): fields.error(.imageInvalid, ["reason": .message(reason.message)], at: "image")
            default: fields.error(.imageNotFile, ["found": .text(imageText)], at: "image")
            }
            if imageAlt == nil { fields.warning(.coverImageNoAlt, at: "image") }
        }
        let slug = fields.slug(example: "hoi-nghi-2022")
        let aliases = fields.aliases()
        let article = ArticleSource(
            file: fields.file, relativePath: relativePath, title: title ?? "", date: date ?? Date(timeIntervalSince1970: 0),
            updated: updated, category: category, tags: tags, author: fields.string("author"),
            source: fields.string("source"), summary: fields.string("summary"), image: image, imageAlt: imageAlt,
            featured: fields.bool("featured") ?? false, views: fields.int("views", range: 0...Int(Int32.max)),
            draft: fields.bool("draft") ?? false, slug: slug, aliases: aliases, body: parsed.body,
            locations: Dictionary(uniqueKeysWithValues: fields.keys.map { ($0, fields.location(of: $0)) }))
        problems += fields.problems + parsed.body.problems
        guard title != nil, date != nil else { return SourceRead(refusedBody: parsed.body, problems: problems) }
        return SourceRead(source: article, problems: problems)
    }
}

extension PageSource {
    static func read(_ relativePath: String, reader: MarkdownFileReader) -> SourceRead<PageSource> {
        var problems: [Diagnostic] = []
        guard let parsed = reader.read(relativePath, shortcodes: false, problems: &problems) else {
            return SourceRead(problems: problems)
        }
        var fields = parsed.fields
        fields.rejectUnknownKeys(knownKeys, in: .message(Message(.placePageFrontMatter)))
        let title = fields.requiredString(
            "title", example: "title: \"Giới thiệu\"", maximumLength: MarkdownFileReader.maximumTitleLength)
        let slug =
            fields.slug(example: "gioi-thieu")
            ?? MarkdownFileReader.fileNameSlug(relativePath, example: "gioi-thieu.md", file: fields.file, problems: &problems)
        let aliases = fields.aliases()
        problems += fields.problems + parsed.body.problems
        guard let title, !slug.isEmpty else { return SourceRead(refusedBody: parsed.body, problems: problems) }
        var page = PageSource(
            file: fields.file, relativePath: relativePath, title: title, summary: fields.string("summary"), slug: slug,
            body: parsed.body, locations: Dictionary(uniqueKeysWithValues: fields.keys.map { ($0, fields.location(of: $0)) }))
        page.aliases = aliases
        return SourceRead(source: page, problems: problems)
    }
}

extension FieldReader {
    /// `aliases:`, old addresses of an article or page, as routes; a wrong one is an error.
    mutating func aliases() -> [String] {
        stringList("aliases").compactMap { alias -> String? in
            guard let route = Routes.alias(alias) else {
                error(.aliasInvalid, ["alias": .text(alias)], at: "aliases")
                return nil
            }
            return route
        }
    }
}
