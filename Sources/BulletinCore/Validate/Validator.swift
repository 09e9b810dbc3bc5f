import Foundation

/// What the model stage may rely on: every problem has been reported, every kept article has a
/// unique address, and every link and file reference points at something that exists.
public struct ValidatedContent: Sendable {
    public let content: LoadedContent
    /// The articles to publish, newest first, with their slugs.
    public let articles: [(source: ArticleSource, slug: String, scheduled: Bool)]
    public let pages: [PageSource]
    /// Content-relative Markdown path → route, for filling in links.
    public let linkTargets: [String: String]
    public let routes: RouteTable
    /// The photos and their resized copies (made alongside validation; see `ImageProcessing`).
    public var images = ImageTable()
}

public struct BuildOptions: Sendable {
    public var includeDrafts = false
    public var includeFuture = false
    /// "Now" for deciding what is in the future; fixed per build so that all pages agree.
    public var now = Date()

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, now: Date = Date()) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
    }
}

/// The validate stage: cross-file checks that no single file can make on its own.
public struct Validator {
    let diagnostics: Diagnostics
    let options: BuildOptions

    public init(diagnostics: Diagnostics, options: BuildOptions) {
        self.diagnostics = diagnostics
        self.options = options
    }

    public func validate(_ content: LoadedContent) -> ValidatedContent {
        var routes = RouteTable()
        let kept = selectArticles(content.articles)
        let sources = content.articles
        var articles: [(source: ArticleSource, slug: String, scheduled: Bool)] = []
        var linkTargets: [String: String] = [:]
        articles.reserveCapacity(kept.count)

        // What each article says on its own (its address, its terms' names), on all cores; the
        // checks across articles below run in order, so messages come out in the same order.
        let own = kept.parallelMap(chunkSize: 64) { entry in
            (slug: sources[entry.0].slug ?? Slug.make(sources[entry.0].title), problems: termProblems(sources[entry.0]))
        }
        for index in kept.indices {
            let slug = own[index].slug
            let article = sources[kept[index].0]
            let key = article.slug == nil ? "title" : "slug"
            if slug.isEmpty {
                diagnostics.error(.titleNoAddress, at: article.location(of: key))
                continue
            }
            let route = Routes.article(slug)
            if let other = routes.claim(route, by: article.location(of: key)) {
                diagnostics.error(
                    .articleAddressTaken, ["address": .text("/" + route), "other": .text(other.file)], at: article.location(of: key))
                continue
            }
            linkTargets[article.relativePath] = route
            diagnostics.add(contentsOf: own[index].problems)
            articles.append((article, slug, kept[index].1))
        }
        // Old addresses come after every article's own: an article's address wins over an alias.
        for (article, _, _) in articles {
            for alias in article.aliases { claimAlias(alias, at: article.location(of: "aliases"), in: &routes) }
        }

        for page in content.pages {
            let first = String(page.slug.split(separator: "/").first ?? "")
            let location = page.locations["slug"] ?? SourceLocation(file: page.file, line: 1, column: 1)
            if Routes.reserved.contains(first) {
                diagnostics.error(.pageAddressReserved, ["address": .text("/\(page.slug)/")], at: location)
                continue
            }
            let route = Routes.page(page.slug)
            if let other = routes.claim(route, by: location) {
                diagnostics.error(.pageAddressTaken, ["address": .text("/" + route), "other": .text(other.file)], at: location)
                continue
            }
            linkTargets[page.relativePath] = route
        }
        for page in content.pages where linkTargets[page.relativePath] != nil {
            let location = page.locations["aliases"] ?? SourceLocation(file: page.file, line: 1, column: 1)
            for alias in page.aliases { claimAlias(alias, at: location, in: &routes) }
        }

        let media = Set(content.media)
        let near = (pages: NearMatches(content.markdownFiles), media: NearMatches(content.media))
        let excluded = Set(content.articles.map(\.relativePath)).subtracting(linkTargets.keys)
        // On all cores: each article's links are checked on their own, and messages are sorted
        // when they are printed.
        articles.parallelForEach(chunkSize: 64) { article in
            checkReferences(
                article.source.body, media: media, targets: linkTargets, excluded: excluded, content: content, near: near)
            if case .asset(let path, _) = article.source.image {
                checkAsset(path, at: article.source.location(of: "image"), media: media, near: near.media, content: content)
            }
        }
        for body in content.pages.map(\.body) + content.refusedBodies {
            checkReferences(body, media: media, targets: linkTargets, excluded: excluded, content: content, near: near)
        }
        return ValidatedContent(
            content: content, articles: articles, pages: content.pages, linkTargets: linkTargets, routes: routes)
    }

    private func claimAlias(_ alias: String, at location: SourceLocation, in routes: inout RouteTable) {
        let first = String(alias.split(separator: "/").first ?? "")
        if Routes.reserved.contains(first) && first != String(Routes.articlesPrefix.dropLast()) {
            diagnostics.error(.aliasReserved, ["alias": .text("/" + alias), "folder": .text("/\(first)/")], at: location)
            return
        }
        if let other = routes.claim(alias, by: location) {
            diagnostics.error(.aliasTaken, ["alias": .text("/" + alias), "other": .text(other.file)], at: location)
        }
    }

    /// Drops drafts and future articles unless asked for, and sorts newest first (file path
    /// breaks ties so that output never depends on the order files were read). Gives positions
    /// in `all` with whether the article is scheduled.
    private func selectArticles(_ all: [ArticleSource]) -> [(Int, Bool)] {
        var kept: [(Int, Bool)] = []
        kept.reserveCapacity(all.count)
        for index in all.indices {
            if all[index].draft && !options.includeDrafts { continue }
            let scheduled = all[index].date > options.now
            if scheduled && !options.includeFuture { continue }
            kept.append((index, scheduled))
        }
        kept.sort { a, b in
            all[a.0].date != all[b.0].date ? all[a.0].date > all[b.0].date : all[a.0].relativePath < all[b.0].relativePath
        }
        return kept
    }

    private func checkReferences(
        _ body: RenderedMarkdown, media: Set<String>, targets: [String: String], excluded: Set<String>,
        content: LoadedContent, near: (pages: NearMatches, media: NearMatches)
    ) {
        let nearPages = near.pages
        for link in body.links where targets[link.target] == nil {
            if excluded.contains(link.target) {
                diagnostics.error(.linkToUnpublished, ["file": .text(content.tree.display(link.target))], at: link.location)
            } else if content.markdownFiles.contains(link.target) {
                continue  // that file has its own error already
            } else {
                let near = nearPages.match(link.target).map(content.tree.display)
                diagnostics.error(
                    .linkMissing,
                    ["file": .text(content.tree.display(link.target)), "hint": Validator.didYouMeanFile(near)], at: link.location)
            }
        }
        for asset in body.assets {
            checkAsset(asset.path, at: asset.location, media: media, near: near.media, content: content)
        }
    }

    private func checkAsset(
        _ path: String, at location: SourceLocation, media: Set<String>, near: NearMatches, content: LoadedContent
    ) {
        if let problem = Validator.assetMessage(path, media: media, near: near, tree: content.tree) {
            diagnostics.error(problem, at: location)
        }
    }

    /// What is wrong with a link or image to the file `path` (content-relative), if anything:
    /// articles, pages and documents say it the same way.
    static func assetMessage(_ path: String, media: Set<String>, near: NearMatches, tree: ContentTree) -> Message? {
        if media.contains(path) { return nil }
        if tree.exists(path) {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Message(.assetNotPublished, ["file": .text(tree.display(path)), "address": .text("/media/" + name)])
        }
        let nearest = near.match(path).map { "/" + $0 }
        return Message(.assetMissing, ["file": .text(tree.display(path)), "hint": didYouMeanFile(nearest)])
    }

    /// " (did you mean file?)" when there is a near match, or nothing.
    static func didYouMeanFile(_ file: String?) -> MessageValue {
        file.map { .message(Message(.didYouMeanFile, ["file": .text($0)])) } ?? ""
    }

    /// Every shortcode must be one a feature provides, with known arguments and valid values.
    public func checkShortcodes(_ content: ValidatedContent, definitions: [String: ShortcodeDefinition]) {
        var calls: [ShortcodeCall] = []
        var unread: [UnreadShortcode] = []
        for entry in content.articles {
            calls += entry.source.body.shortcodes
            unread += entry.source.body.unreadShortcodes
        }
        for body in content.content.refusedBodies { unread += body.unreadShortcodes }
        let known = definitions.keys.sorted()
        let knownList: MessageValue = known.isEmpty ? .message(Message(.shortcodesNone)) : .text(known.joined(separator: ", "))
        func unknown(_ name: String, at location: SourceLocation) {
            diagnostics.error(
                .shortcodeUnknown,
                ["name": .text(name), "hint": FieldReader.didYouMean(name, among: known), "known": knownList], at: location)
        }
        for shortcode in unread {
            if let name = shortcode.name, definitions[name] == nil {
                unknown(name, at: shortcode.location)
            } else {
                diagnostics.error(shortcode.message, at: shortcode.location)
            }
        }
        for call in calls {
            guard let definition = definitions[call.name] else {
                unknown(call.name, at: call.location)
                continue
            }
            var complete = true
            for argument in call.arguments where !definition.arguments.contains(argument.key) {
                let values: [String: MessageValue] = [
                    "name": .text(call.name), "argument": .text(argument.key),
                    "hint": FieldReader.didYouMean(argument.key, among: definition.arguments),
                    "arguments": .text(definition.arguments.joined(separator: ", ")),
                ]
                diagnostics.error(.shortcodeUnknownArgument, values, at: call.location)
                complete = false
            }
            for required in definition.required where call.argument(required) == nil {
                diagnostics.error(.shortcodeMissingArgument, ["name": .text(call.name), "argument": .text(required)], at: call.location)
                complete = false
            }
            if complete {
                for message in definition.check(call) { diagnostics.error(message, at: call.location) }
            }
        }
    }

    /// The footer must identify the agency (Decree 42/2022); each missing item is a warning.
    public func checkAgency(_ config: SiteConfig) {
        let agency = config.agency
        let items: [(String, String?)] = [
            ("name", agency.name), ("address", agency.address), ("phone", agency.phone), ("fax", agency.fax),
            ("email", agency.email), ("website", agency.website), ("responsible", agency.responsible),
            ("licence", agency.licence),
        ]
        let missing = items.filter { $0.1 == nil }.map(\.0)
        guard !missing.isEmpty else { return }
        diagnostics.warning(
            .agencyIncomplete, ["missing": .text(missing.joined(separator: ", ")), "count": .number(missing.count)],
            at: SourceLocation(file: config.file, line: 1, column: 1))
    }

    /// The article's category and tag names that give no address, or hold a '/': terms are one
    /// level, and a '/' reads as a path ("Tin tức/Sự kiện" as a sub-category, "../x" as a way out).
    func termProblems(_ article: ArticleSource) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let category = article.category {
            if Slug.make(category).isEmpty {
                problems.append(Diagnostic(.error, .categoryNoAddress, ["name": .text(category)], at: article.location(of: "category")))
            } else if hasPathSeparator(category) {
                problems.append(Diagnostic(.error, .categoryHasSlash, ["name": .text(category)], at: article.location(of: "category")))
            }
        }
        for tag in article.tags {
            if Slug.make(tag).isEmpty {
                problems.append(Diagnostic(.error, .tagNoAddress, ["name": .text(tag)], at: article.location(of: "tags")))
            } else if hasPathSeparator(tag) {
                problems.append(Diagnostic(.error, .tagHasSlash, ["name": .text(tag)], at: article.location(of: "tags")))
            }
        }
        return problems
    }

    private func hasPathSeparator(_ name: String) -> Bool {
        name.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
    }
}
