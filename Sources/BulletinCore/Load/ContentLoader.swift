import Foundation

/// Everything read from the content folder, decoded but not yet cross-checked.
public struct LoadedContent: Sendable {
    public var config: SiteConfig
    public var tree: ContentTree
    public var articles: [ArticleSource]
    public var pages: [PageSource]
    /// Content-relative paths of the files under media/, published as they are.
    public var media: [String]
    /// Content-relative paths of the files under static/ (hidden ones too), published at the
    /// site's root: ".htaccess", "favicon.ico", a search engine's verification file.
    public var staticFiles: [String] = []
    /// Content-relative paths of every Markdown file read, including ones that failed, so
    /// that a link to a file with an error is not reported a second time as missing.
    public var markdownFiles: Set<String>
    /// Bodies of the articles and pages whose front matter was refused: their links and files
    /// are checked too, so that one run reports every mistake of a file.
    public var refusedBodies: [RenderedMarkdown] = []
}

/// The load stage: reads site.yaml, then every article and page in parallel.
public struct ContentLoader {
    public let tree: ContentTree
    public let diagnostics: Diagnostics
    /// Overrides `base_url` (the --base-url option).
    public var baseURLOverride: String?
    /// Results kept from the previous build (incremental rebuilds); nil reads every file.
    public var cache: SourceCache?

    public init(tree: ContentTree, diagnostics: Diagnostics, baseURLOverride: String? = nil) {
        self.tree = tree
        self.diagnostics = diagnostics
        self.baseURLOverride = baseURLOverride
    }

    public func load() -> LoadedContent? {
        guard let config = loadConfig() else { return nil }
        let reader = MarkdownFileReader(tree: tree, config: config)

        let articleFiles = tree.files(under: "articles", diagnostics: diagnostics)
        let markdownArticles = articleFiles.filter(ContentTree.isMarkdown)
        warnAboutStrayFiles(articleFiles, folder: "articles")
        var articleResults = markdownArticles.parallelMap(chunkSize: 8) { path in
            cache?.article(path) { ArticleSource.read(path, reader: reader) } ?? ArticleSource.read(path, reader: reader)
        }

        let pageFiles = tree.files(under: "pages", diagnostics: diagnostics)
        warnAboutStrayFiles(pageFiles, folder: "pages")
        let markdownPages = pageFiles.filter(ContentTree.isMarkdown)
        let pageResults = markdownPages.parallelMap(chunkSize: 4) { path in
            cache?.page(path) { PageSource.read(path, reader: reader) } ?? PageSource.read(path, reader: reader)
        }

        var articles: [ArticleSource] = []
        var refusedBodies: [RenderedMarkdown] = []
        articles.reserveCapacity(articleResults.count)
        // Moved out of the results, which are freed as they go (this runs on one thread).
        for i in articleResults.indices {
            diagnostics.add(contentsOf: articleResults[i].problems)
            if let article = articleResults[i].source.take() { articles.append(article) }
            if let body = articleResults[i].refusedBody.take() { refusedBodies.append(body) }
        }
        var pages: [PageSource] = []
        for read in pageResults {
            diagnostics.add(contentsOf: read.problems)
            if let page = read.source { pages.append(page) }
            if let body = read.refusedBody { refusedBodies.append(body) }
        }
        if markdownArticles.isEmpty && markdownPages.isEmpty {
            diagnostics.warning(.noArticles, at: SourceLocation(file: tree.display("articles")))
        }
        let media = tree.files(under: "media", diagnostics: diagnostics)
        var loaded = LoadedContent(
            config: config, tree: tree, articles: articles, pages: pages, media: media,
            markdownFiles: Set(markdownArticles + markdownPages), refusedBodies: refusedBodies)
        loaded.staticFiles = tree.files(under: "static", diagnostics: diagnostics, hidden: true)
        return loaded
    }

    private func loadConfig() -> SiteConfig? {
        let file = tree.display("site.yaml")
        guard tree.io.isDirectory(tree.root) else {
            diagnostics.error(.contentFolderMissing, at: SourceLocation(file: tree.displayRoot))
            return nil
        }
        guard
            let text = tree.readText(
                "site.yaml", diagnostics: diagnostics,
                unreadable: { Message(.siteConfigUnreadable, ["reason": $0]) })
        else { return nil }
        guard var config = SiteConfig.load(text: text, file: file, diagnostics: diagnostics) else { return nil }
        if let baseURLOverride, !config.setBaseURL(baseURLOverride) {
            diagnostics.error(.baseURLOptionInvalid, ["found": .text(baseURLOverride)], at: nil)
            return nil
        }
        return config
    }

    private func warnAboutStrayFiles(_ files: [String], folder: String) {
        for file in files where !ContentTree.isMarkdown(file) {
            let name = (file as NSString).lastPathComponent
            let isMarkdown = ["markdown", "mkd", "mkdn", "mdown"].contains((name as NSString).pathExtension.lowercased())
            let message =
                isMarkdown
                ? Message(.strayMarkdownFile, ["folder": .text(folder), "name": .text((name as NSString).deletingPathExtension)])
                : Message(.strayFile, ["folder": .text(folder)])
            diagnostics.warning(message, at: SourceLocation(file: tree.display(file)))
        }
    }
}
