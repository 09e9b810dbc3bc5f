import Foundation

/// The load and validate stages of an incremental rebuild.
extension RebuildCache {
    struct ContentSnapshot {
        var content: LoadedContent
        var diagnostics: [Diagnostic]
        /// relativePath → index in `content.articles` / `content.pages`.
        let articleIndex: [String: Int]
        let pageIndex: [String: Int]
    }

    struct ValidationSnapshot {
        var articles: [(source: ArticleSource, slug: String, scheduled: Bool)]
        var linkTargets: [String: String]
        var routes: RouteTable
        let diagnostics: [Diagnostic]
        let now: Date
        /// relativePath → index in `articles` (published, newest first).
        let position: [String: Int]
        /// What was read, in order: a different list means files came or went.
        let articlePaths: [String]
        let pagePaths: [String]
        let media: [String]
        let markdownCount: Int
        /// The articles that link to each file (content-relative paths). It holds while the
        /// snapshot is patched: a patch keeps every article's links.
        let linkedFrom: [String: [String]]
    }

    // MARK: load

    func load(_ fresh: (Diagnostics) -> LoadedContent?, diagnostics: Diagnostics) -> LoadedContent? {
        if let hints = store.hints, var kept = content.take() {
            if let problems = patch(&kept, hints: hints) {
                diagnostics.add(contentsOf: problems)
                kept.diagnostics = problems
                content = kept
                last.load = true
                return kept.content
            }
            content = kept
        }
        let found = Diagnostics()
        let loaded = fresh(found)
        let problems = found.all
        diagnostics.add(contentsOf: problems)
        let previous = content.take()
        for path in store.takeChanges() where changedSinceValidation[path] == nil {
            if let previous, let i = previous.articleIndex[path] {
                changedSinceValidation[path] = .article(previous.content.articles[i])
            } else if let previous, let i = previous.pageIndex[path] {
                changedSinceValidation[path] = .page(previous.content.pages[i])
            } else {
                changedSinceValidation[path] = .new
            }
        }
        if let loaded {
            store.keepOnly(loaded.markdownFiles)
            content = ContentSnapshot(
                content: loaded, diagnostics: problems,
                articleIndex: Dictionary(loaded.articles.enumerated().map { ($1.relativePath, $0) }, uniquingKeysWith: { a, _ in a }),
                pageIndex: Dictionary(loaded.pages.enumerated().map { ($1.relativePath, $0) }, uniquingKeysWith: { a, _ in a }))
        }
        return loaded
    }

    /// Reads the files a watcher named again and swaps them into the previous content. nil when
    /// that is not enough: a file came, went or no longer reads, a folder or media changed.
    /// Returns the load's messages, with those of the changed files replaced.
    private func patch(_ kept: inout ContentSnapshot, hints: Set<String>) -> [Diagnostic]? {
        let reader = MarkdownFileReader(tree: kept.content.tree, config: kept.content.config)
        var articles: [(Int, ArticleSource, [Diagnostic])] = []
        var pages: [(Int, PageSource, [Diagnostic])] = []
        lazy var media = Set(kept.content.media)
        for path in hints {
            let top = path.prefix { $0 != "/" }
            // site.yaml and the features' data are keyed elsewhere (see IncrementalBuilder).
            guard IncrementalBuilder.coreFolders.contains(String(top)) else { continue }
            if isTransient(path, in: kept) { continue }
            switch top {
            case "articles":
                guard ContentTree.isMarkdown(path), let i = kept.articleIndex[path] else { return nil }
                let read = ArticleSource.read(path, reader: reader)
                guard let article = read.source else { return nil }
                articles.append((i, article, read.problems))
            case "pages":
                guard ContentTree.isMarkdown(path), let i = kept.pageIndex[path] else { return nil }
                let read = PageSource.read(path, reader: reader)
                guard let page = read.source else { return nil }
                pages.append((i, page, read.problems))
            case "media":
                // Same name, new bytes: the content is unchanged (the copy follows the file's stamp),
                // unless it is an image, whose size and copies the pages show.
                guard media.contains(path), ImageProcessing.format(ofName: path) == nil,
                    FileStamp.of(kept.content.tree.absolute(path)) != nil
                else { return nil }
            default:
                continue
            }
        }
        // The store still holds the old text; it must not answer with it later.
        store.forget(articles.map(\.1.relativePath) + pages.map(\.1.relativePath))
        var files = Set<String>()
        var problems: [Diagnostic] = []
        for (i, article, found) in articles {
            let path = article.relativePath
            if changedSinceValidation[path] == nil { changedSinceValidation[path] = .article(kept.content.articles[i]) }
            kept.content.articles[i] = article
            files.insert(article.file)
            problems += found
        }
        for (i, page, found) in pages {
            let path = page.relativePath
            if changedSinceValidation[path] == nil { changedSinceValidation[path] = .page(kept.content.pages[i]) }
            kept.content.pages[i] = page
            files.insert(page.file)
            problems += found
        }
        return kept.diagnostics.filter { !$0.concerns(files) } + problems
    }

    /// A path that is not there and was not read before (an editor's temporary file, created and
    /// deleted while saving) changes nothing. A folder that went away with files in it does.
    private func isTransient(_ path: String, in kept: ContentSnapshot) -> Bool {
        guard kept.articleIndex[path] == nil, kept.pageIndex[path] == nil, !POSIXFiles.exists(kept.content.tree.absolute(path))
        else { return false }
        let inside = path + "/"
        return !kept.articleIndex.keys.contains { $0.hasPrefix(inside) } && !kept.pageIndex.keys.contains { $0.hasPrefix(inside) }
            && !kept.content.media.contains { $0 == path || $0.hasPrefix(inside) }
    }

    // MARK: validate

    func validate(_ loaded: LoadedContent, diagnostics: Diagnostics, fresh: (Diagnostics) -> ValidatedContent) -> ValidatedContent {
        // What the previous model was made from, for taking over its articles if the model runs.
        let basis = (linkTargets: validation?.linkTargets, changed: Set(changedSinceValidation.keys))
        if !diagnostics.hasErrors, var kept = validation.take() {
            if let changed = patch(&kept, with: loaded) {
                diagnostics.add(contentsOf: kept.diagnostics)
                let validated = ValidatedContent(
                    content: loaded, articles: kept.articles, pages: loaded.pages, linkTargets: kept.linkTargets,
                    routes: kept.routes)
                validation = ValidationSnapshot(
                    articles: kept.articles, linkTargets: kept.linkTargets, routes: kept.routes, diagnostics: kept.diagnostics,
                    now: now, position: kept.position, articlePaths: kept.articlePaths, pagePaths: kept.pagePaths,
                    media: kept.media, markdownCount: kept.markdownCount, linkedFrom: kept.linkedFrom)
                changedSinceValidation = [:]
                last.validation = true
                rebuiltPaths = changed
                return validated
            }
        }
        let found = Diagnostics()
        let validated = fresh(found)
        let problems = found.all
        diagnostics.add(contentsOf: problems)
        if let previous = model.take(), let linkTargets = basis.linkTargets {
            memoBasis = (previous, linkTargets, basis.changed)
        } else if memoBasis != nil {
            // Nothing validated since that model was made: every change since is in the set.
            memoBasis!.changed = basis.changed
        }
        rebuiltPaths = nil
        if diagnostics.hasErrors {
            validation = nil
        } else {
            remember(validated, diagnostics: problems)
        }
        return validated
    }

    private func remember(_ validated: ValidatedContent, diagnostics: [Diagnostic]) {
        var position: [String: Int] = [:]
        position.reserveCapacity(validated.articles.count)
        var linkedFrom: [String: [String]] = [:]
        for (i, entry) in validated.articles.enumerated() {
            position[entry.source.relativePath] = i
            for link in entry.source.body.links { linkedFrom[link.target, default: []].append(entry.source.relativePath) }
        }
        let content = validated.content
        validation = ValidationSnapshot(
            articles: validated.articles, linkTargets: validated.linkTargets, routes: validated.routes,
            diagnostics: diagnostics, now: now, position: position, articlePaths: content.articles.map(\.relativePath),
            pagePaths: content.pages.map(\.relativePath), media: content.media, markdownCount: content.markdownFiles.count,
            linkedFrom: linkedFrom)
        changedSinceValidation = [:]
    }

    /// Swaps the changed articles into the previous validation when it still holds; returns the
    /// changed paths, or nil when validation must run in full.
    private func patch(_ kept: inout ValidationSnapshot, with loaded: LoadedContent) -> [String]? {
        // A patched load has the same files by construction; a full one is compared path by path.
        // (Loops by index: iterating the array would copy every ArticleSource, all 25 fields.)
        if !last.load {
            guard loaded.markdownFiles.count == kept.markdownCount, loaded.media == kept.media,
                loaded.articles.count == kept.articlePaths.count, loaded.pages.count == kept.pagePaths.count
            else { return nil }
            for i in loaded.articles.indices where loaded.articles[i].relativePath != kept.articlePaths[i] { return nil }
            for i in loaded.pages.indices where loaded.pages[i].relativePath != kept.pagePaths[i] { return nil }
        }
        // An article whose date lies between the two "now"s moved in or out of the future.
        let (low, high) = kept.now < now ? (kept.now, now) : (now, kept.now)
        if low != high {
            for i in loaded.articles.indices where loaded.articles[i].date > low && loaded.articles[i].date <= high { return nil }
        }
        let index = content?.articleIndex ?? [:]
        let pageIndex = content?.pageIndex ?? [:]
        var files = Set<String>()
        var swaps: [(Int, ArticleSource)] = []
        var moved: [(path: String, position: Int, slug: String)] = []
        for (path, version) in changedSinceValidation {
            switch version {
            case .article(let old):
                guard let i = index[path] else { return nil }
                if !StructureKey.same(loaded.articles[i], old) {
                    // A new title: the one change of structure patched here, as it only moves the
                    // article's address (when the address is made from the title).
                    guard StructureKey.sameButTitle(loaded.articles[i], old) else { return nil }
                    if let p = kept.position[path] {
                        let slug = loaded.articles[i].slug ?? Slug.make(loaded.articles[i].title)
                        guard !slug.isEmpty else { return nil }  // full validation says what to do
                        if slug != kept.articles[p].slug { moved.append((path, p, slug)) }
                    }
                }
                files.insert(old.file)
                if let p = kept.position[path] { swaps.append((p, loaded.articles[i])) }
            case .page(let old):
                guard let i = pageIndex[path], StructureKey.same(loaded.pages[i], old) else { return nil }
                files.insert(old.file)
            case .new:
                return nil
            }
        }
        // Messages about a changed file may no longer be right (their lines moved, say).
        guard !kept.diagnostics.contains(where: { $0.concerns(files) }) else { return nil }
        for (p, source) in swaps { kept.articles[p].source = source }
        guard moveAddresses(moved, in: &kept) else { return nil }
        // Articles that link to a moved one hold its address: the model makes them again too.
        // (Static pages are made again on every build.)
        let changed = Set(changedSinceValidation.keys)
        let linking = Set(moved.flatMap { kept.linkedFrom[$0.path] ?? [] }).subtracting(changed)
        return Array(changed) + linking.sorted()
    }

    /// Gives the articles whose title changed their new addresses; false on a clash (full
    /// validation reports it). Every old address is given up before any new one is claimed, so
    /// two articles may swap titles.
    private func moveAddresses(_ moved: [(path: String, position: Int, slug: String)], in kept: inout ValidationSnapshot) -> Bool {
        for article in moved { kept.routes.release(Routes.article(kept.articles[article.position].slug)) }
        for article in moved {
            let source = kept.articles[article.position].source
            let route = Routes.article(article.slug)
            guard kept.routes.claim(route, by: source.location(of: source.slug == nil ? "title" : "slug")) == nil else { return false }
            kept.articles[article.position].slug = article.slug
            kept.linkTargets[article.path] = route
        }
        return true
    }
}
