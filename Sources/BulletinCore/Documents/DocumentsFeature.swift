import Foundation

extension Routes {
    /// The register of documents: "van-ban/"; one page per document below it.
    public static let documentsIndex = "van-ban/"
    public static func document(_ slug: String) -> String { documentsIndex + slug + "/" }
}

/// A published document, ready to render.
struct Document: Sendable {
    let source: DocumentSource
    let route: String
    let issued: LocalDate
    let effective: LocalDate?
    /// Body HTML with links to other Markdown files filled in.
    let html: String
    /// Size of the attached file in bytes, when it could be read.
    let fileSize: Int?
}

/// Văn bản chỉ đạo điều hành (Decree 42/2022): `content/documents/*.md` → a register at
/// `van-ban/` (newest first, filterable by type and year in the browser) and a page per document.
/// Sites without a documents/ folder get no pages from it.
public final class DocumentsFeature: Feature {
    public let name = "documents"
    static let folder = "documents"
    static let listTemplate = "documents/list"
    static let pageTemplate = "documents/document"
    /// Documents listed on the home page and beside a document ("Văn bản mới").
    static let latestCount = 5

    private var enabled = false
    private var tree: ContentTree?
    private var sources: [DocumentSource] = []
    private var sizes: [String: Int] = [:]
    /// Every Markdown file of the content, to tell a link to a missing file from one to a draft.
    private var markdownFiles: Set<String> = []
    private(set) var documents: [Document] = []
    /// Type names by slug, one spelling each.
    private(set) var typeNames: [String: String] = [:]

    public init() {}

    public var requiredTemplates: [String] { enabled ? [Self.listTemplate, Self.pageTemplate] : [] }

    public func load(_ content: LoadedContent, diagnostics: Diagnostics) {
        let tree = content.tree
        self.tree = tree
        markdownFiles = content.markdownFiles
        guard tree.io.isDirectory(tree.absolute(Self.folder)) else { return }
        enabled = true
        let files = tree.files(under: Self.folder, diagnostics: diagnostics)
        for file in files where !ContentTree.isMarkdown(file) {
            diagnostics.warning(.documentNotMarkdown, at: SourceLocation(file: tree.display(file)))
        }
        let reader = MarkdownFileReader(tree: tree, config: content.config)
        let results = files.filter(ContentTree.isMarkdown).parallelMap(chunkSize: 8) {
            DocumentSource.read($0, reader: reader)
        }
        let media = Set(content.media)
        let near = NearMatches(content.media)
        var bySlug: [String: String] = [:]
        var kept: [DocumentSource] = []
        for (document, problems) in results {
            diagnostics.add(contentsOf: problems)
            guard let document else { continue }
            // Checked now, not once the site exists, so that these come with every other problem.
            for link in document.body.links where !content.markdownFiles.contains(link.target) {
                diagnostics.error(.documentLinkMissing, ["file": .text(tree.display(link.target))], at: link.location)
            }
            for asset in document.body.assets {
                if let problem = Validator.assetMessage(asset.path, media: media, near: near, tree: tree) {
                    diagnostics.error(problem, at: asset.location)
                }
            }
            guard checkAttachment(document, media: media, tree: tree, diagnostics: diagnostics) else { continue }
            if let other = bySlug[document.slug] {
                diagnostics.error(
                    .documentSameAddress, ["address": .text(Routes.document(document.slug)), "other": .text(other)],
                    at: SourceLocation(file: document.file))
                continue
            }
            bySlug[document.slug] = document.file
            kept.append(document)
        }
        sources = kept.sorted(by: Self.newestFirst)
        // Several documents may attach one file (a decision and its amendment, say).
        sizes = Dictionary(
            sources.map { ($0.attachment.path, FileStamp.of(tree.absolute($0.attachment.path)).map { Int($0.size) }) },
            uniquingKeysWith: { first, _ in first }
        ).compactMapValues { $0 }
        typeNames = Self.chooseTypeNames(sources, diagnostics: diagnostics)
    }

    public func validate(_ site: Site, diagnostics: Diagnostics) {
        guard enabled, let tree else { return }
        // The addresses of what the documents link to: a few files, found among all the articles
        // (a map of every article's address cost a rebuild a millisecond per thousand articles).
        let wanted = Set(sources.lazy.flatMap { $0.body.links.lazy.map(\.target) })
        var targets: [String: String] = [:]
        if !wanted.isEmpty {
            for article in site.articles where wanted.contains(article.relativePath) { targets[article.relativePath] = article.route }
            for page in site.pages where wanted.contains(page.relativePath) { targets[page.relativePath] = page.route }
        }
        let zone = site.config.timeZone
        documents = sources.map { source in
            for link in source.body.links where targets[link.target] == nil && markdownFiles.contains(link.target) {
                diagnostics.error(.documentLinkUnpublished, ["file": .text(tree.display(link.target))], at: link.location)
            }
            let urls = LinkPlaceholders.addresses(of: source.body.links, targets: targets, basePath: site.config.basePath)
            return Document(
                source: source, route: Routes.document(source.slug), issued: LocalDate(source.issued, in: zone),
                effective: source.effective.map { LocalDate($0, in: zone) },
                html: ImageMarkers.fill(
                    LinkPlaceholders.fillLinks(source.body.html, with: urls),
                    with: source.body.images.map { site.images.markup(of: $0, basePath: site.config.basePath) },
                    sizes: site.config.images.bodySizes),
                fileSize: sizes[source.attachment.path])
        }
    }

    public func siteValues(for site: Site) -> [String: TemplateValue] {
        guard enabled else { return [:] }
        return [
            "documents_url": .text(site.url(Routes.documentsIndex)),
            "latest_documents": .nodes(
                documents.prefix(Self.latestCount).map { DocumentView(document: $0, site: site, typeNames: typeNames) }),
        ]
    }

    public func jobs(_ context: RenderContext) -> [OutputJob] {
        guard enabled else { return [] }
        // The documents' files are a site-wide input of incremental rebuilds; what else their
        // pages show is the links filled into their text and the sizes of the attached files.
        let documents = self.documents
        context.lookup.register(
            digest: {
                var digest = Digest()
                for document in documents {
                    digest.add(document.html)
                    digest.add(document.fileSize)
                }
                return digest.finish()
            }, as: Self.valueName)
        var jobs = [OutputJob(path: Routes.outputPath(Routes.documentsIndex), reuse: .whenReadsUnchanged) { self.listPage(context) }]
        let types = documents.map { Slug.make($0.source.type) }
        let byType = Dictionary(grouping: documents.indices, by: { types[$0] })
        for (index, document) in documents.enumerated() {
            // Lazily: the first few others, not a pass over every document of the type per document.
            let sameType = Array((byType[types[index]] ?? []).lazy.filter { $0 != index }.prefix(Self.latestCount))
            jobs.append(
                OutputJob(path: Routes.outputPath(document.route), reuse: .whenReadsUnchanged) {
                    self.documentPage(document, others: sameType, context)
                })
        }
        return jobs
    }

    // MARK: pages

    static let title = "Văn bản chỉ đạo điều hành"

    /// What the pages read of the documents, as one value (see `jobs`).
    static let valueName = "documents"

    private func listPage(_ r: RenderContext) -> String {
        let site = r.site
        ReadRecorder.note(.named(Self.valueName))
        let views = documents.map { DocumentView(document: $0, site: site, typeNames: typeNames) }
        var typeCounts: [String: Int] = [:]
        var yearCounts: [Int: Int] = [:]
        for document in documents {
            typeCounts[Slug.make(document.source.type), default: 0] += 1
            yearCounts[document.issued.year, default: 0] += 1
        }
        let types = VietnameseCollation.sorted(Array(typeCounts.keys)) { typeNames[$0] ?? $0 }.map { slug in
            ValuesView(["name": typeNames[slug] ?? slug, "slug": slug, "count": VietnameseNumber.format(typeCounts[slug] ?? 0)])
        }
        let years = yearCounts.keys.sorted(by: >).map { year in
            ValuesView(["year": String(year), "count": VietnameseNumber.format(yearCounts[year] ?? 0)])
        }
        return r.document(
            template: Self.listTemplate,
            values: [
                "title": Self.title, "documents": views.isEmpty ? nil : views, "types": types, "years": years,
                "count": VietnameseNumber.format(documents.count),
            ],
            head: HeadViewInput(
                title: Self.title, route: Routes.documentsIndex, kind: "documents",
                description:
                    "Văn bản chỉ đạo, điều hành của \(site.config.agency.name ?? site.config.title): số, ký hiệu, ngày ban hành, trích yếu và tệp đính kèm."
            ),
            breadcrumbs: [(Self.title, nil)])
    }

    private func documentPage(_ document: Document, others: [Int], _ r: RenderContext) -> String {
        let site = r.site
        ReadRecorder.note(.named(Self.valueName))
        let view = DocumentView(document: document, site: site, typeNames: typeNames, withBody: true)
        let list = others.map { DocumentView(document: documents[$0], site: site, typeNames: typeNames) }
        return r.document(
            template: Self.pageTemplate, values: ["document": view, "others": list.isEmpty ? nil : list],
            head: HeadViewInput(title: view.title, route: document.route, kind: "document", description: document.source.summary),
            section: r.section(for: Routes.documentsIndex),
            breadcrumbs: [(Self.title, site.url(Routes.documentsIndex)), (document.source.number, nil)])
    }

    // MARK: helpers

    /// Newest first; on the same day the higher number first (53/QĐ before 52/QĐ), then by file.
    static func newestFirst(_ a: DocumentSource, _ b: DocumentSource) -> Bool {
        if a.issued != b.issued { return a.issued > b.issued }
        let (na, nb) = (leadingNumber(a.number), leadingNumber(b.number))
        if na != nb { return na > nb }
        return a.relativePath < b.relativePath
    }

    static func leadingNumber(_ text: String) -> Int {
        Int(String(text.prefix { $0.isASCII && $0.isNumber })) ?? 0
    }

    private func checkAttachment(_ document: DocumentSource, media: Set<String>, tree: ContentTree, diagnostics: Diagnostics) -> Bool {
        let path = document.attachment.path
        if media.contains(path) { return true }
        diagnostics.error(.documentAttachmentMissing, ["file": .text(tree.display(path))], at: document.location(of: "file"))
        return false
    }

    /// One spelling per type ("Quyết định" and "Quyết Định" are one type): the most used;
    /// the others are reported so that editors can make them consistent.
    static func chooseTypeNames(_ sources: [DocumentSource], diagnostics: Diagnostics) -> [String: String] {
        var spellings: [String: [String: (count: Int, first: SourceLocation)]] = [:]
        for source in sources {
            let slug = Slug.make(source.type)
            let seen = spellings[slug]?[source.type]
            spellings[slug, default: [:]][source.type] = ((seen?.count ?? 0) + 1, seen?.first ?? source.location(of: "type"))
        }
        var names: [String: String] = [:]
        for (slug, variants) in spellings {
            let ranked = variants.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.value.first < b.value.first
            }
            names[slug] = ranked[0].key
            for other in ranked.dropFirst() {
                diagnostics.warning(
                    .documentTypeSpellings, ["type": .text(other.key), "chosen": .text(ranked[0].key)], at: other.value.first)
            }
        }
        return names
    }
}
