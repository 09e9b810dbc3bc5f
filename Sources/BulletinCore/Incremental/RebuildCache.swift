import Foundation

/// Everything an incremental rebuild keeps from the builds before it, answering `Builder` at each
/// stage (see BuildReuse):
/// - load: files whose stamp did not change are not read again (SourceStore);
/// - templates: not parsed again unless a template file changed;
/// - validate and model: when the changed files kept every field other files depend on
///   (StructureKey), the previous results stand with the changed articles swapped in; otherwise
///   both run in full;
/// - render: cards, then pages, are rendered only when their fingerprint changed, and only files
///   whose bytes changed are written, in place (CardStore, PageFingerprints, OutputStore).
final class RebuildCache: BuildReuse {
    let store: SourceStore
    let listing: ListingCache
    let output: OutputStore
    var sources: SourceCache? { store }

    /// "Now" of the build being run.
    var now = Date()
    /// Site-wide inputs no page fingerprint can see otherwise: site.yaml, --base-url, options and
    /// the files features read. Part of every fingerprint.
    var globalKey = 0

    private(set) var templateSnapshot: TemplateSnapshot?
    private var validation: ValidationSnapshot?
    private var model: (site: Site, diagnostics: [Diagnostic])?
    private(set) var digests = ArticleDigests()
    let cards = CardStore()
    /// What the last build reused, for reports and tests.
    private(set) var last = Reuse()

    struct Reuse {
        var templates = false
        var validation = false
        var model = false
        var articlesRebuilt = 0
    }

    struct TemplateSnapshot {
        let stamps: [String: FileStamp]
        let set: TemplateSet
        let diagnostics: [Diagnostic]
        let deps: TemplateDeps
        let trusted: Bool
    }

    struct ValidationSnapshot {
        let validated: ValidatedContent
        let diagnostics: [Diagnostic]
        let now: Date
        /// relativePath → index in `validated.articles` (published, newest first).
        let position: [String: Int]
        /// relativePath → index in `validated.content.articles` (everything read).
        let sourceIndex: [String: Int]
        let pageIndex: [String: Int]
    }

    init(contentRoot: String, outputRoot: String) {
        self.listing = ListingCache()
        self.store = SourceStore(root: contentRoot)
        self.output = OutputStore(root: outputRoot)
    }

    /// site.yaml or the options changed: every file is read again and every stage runs in full
    /// (what was written stays known, so only files whose bytes change are written).
    func forgetContent() {
        store.removeAll()
        forgetCrossFileResults()
        digests = ArticleDigests()
        cards.removeAll()
    }

    /// Data files of features changed: validation and the model must run in full.
    func forgetCrossFileResults() {
        validation = nil
        model = nil
    }

    /// Called before each build.
    func startBuild() {
        last = Reuse()
    }

    // MARK: templates

    func templates(_ load: (Diagnostics) -> TemplateSet?, diagnostics: Diagnostics) -> TemplateSet? {
        let root = templatesRoot
        let stamps = templateStamps(root)
        if let kept = templateSnapshot, kept.trusted, kept.stamps == stamps {
            diagnostics.add(contentsOf: kept.diagnostics)
            last.templates = true
            return kept.set
        }
        let found = Diagnostics()
        let set = load(found)
        let problems = found.all
        diagnostics.add(contentsOf: problems)
        let deps = TemplateDeps.read(root: root, io: listing.io)
        if let set {
            let trusted = !stamps.values.contains { $0.isRecent() }
            templateSnapshot = TemplateSnapshot(stamps: stamps, set: set, diagnostics: problems, deps: deps, trusted: trusted)
        } else {
            templateSnapshot = nil
        }
        return set
    }

    var templatesRoot = ""

    private func templateStamps(_ root: String) -> [String: FileStamp] {
        let tree = ContentTree(root: root, displayRoot: root, io: listing.io)
        var stamps: [String: FileStamp] = [:]
        for path in tree.files(under: ".", diagnostics: Diagnostics()) where path.hasSuffix(".mustache") {
            if let stamp = FileStamp.of(tree.absolute(path)) { stamps[path] = stamp }
        }
        return stamps
    }

    // MARK: validate

    func validate(_ loaded: LoadedContent, diagnostics: Diagnostics, fresh: (Diagnostics) -> ValidatedContent) -> ValidatedContent {
        let changes = store.pendingChanges
        if !diagnostics.hasErrors, let kept = validation, let reused = patch(kept, with: loaded, changes: changes) {
            diagnostics.add(contentsOf: kept.diagnostics)
            remember(reused, diagnostics: kept.diagnostics)
            last.validation = true
            changedSources = changes
            return reused
        }
        let found = Diagnostics()
        let validated = fresh(found)
        let problems = found.all
        diagnostics.add(contentsOf: problems)
        model = nil
        changedSources = nil
        if diagnostics.hasErrors {
            validation = nil
        } else {
            remember(validated, diagnostics: problems)
        }
        return validated
    }

    /// Paths read again since the previous validation (nil: everything is new).
    private var changedSources: Set<String>?

    private func remember(_ validated: ValidatedContent, diagnostics: [Diagnostic]) {
        var position: [String: Int] = [:]
        position.reserveCapacity(validated.articles.count)
        for (i, entry) in validated.articles.enumerated() { position[entry.source.relativePath] = i }
        var sourceIndex: [String: Int] = [:]
        sourceIndex.reserveCapacity(validated.content.articles.count)
        for (i, source) in validated.content.articles.enumerated() { sourceIndex[source.relativePath] = i }
        var pageIndex: [String: Int] = [:]
        for (i, page) in validated.content.pages.enumerated() { pageIndex[page.relativePath] = i }
        validation = ValidationSnapshot(
            validated: validated, diagnostics: diagnostics, now: now, position: position, sourceIndex: sourceIndex,
            pageIndex: pageIndex)
        _ = store.takeChanges()
    }

    /// The previous validation with the changed files swapped in, when it still holds.
    private func patch(_ kept: ValidationSnapshot, with loaded: LoadedContent, changes: Set<String>) -> ValidatedContent? {
        let before = kept.validated.content
        guard loaded.articles.count == before.articles.count, loaded.pages.count == before.pages.count,
            loaded.markdownFiles.count == before.markdownFiles.count, loaded.media == before.media,
            loaded.articles.elementsEqual(before.articles, by: { $0.relativePath == $1.relativePath }),
            loaded.pages.elementsEqual(before.pages, by: { $0.relativePath == $1.relativePath })
        else { return nil }
        // An article whose date lies between the two "now"s moved in or out of the future.
        let (low, high) = kept.now < now ? (kept.now, now) : (now, kept.now)
        guard !loaded.articles.contains(where: { $0.date > low && $0.date <= high }) else { return nil }
        var changedFiles = Set<String>()
        var articles = kept.validated.articles
        for path in changes {
            if let i = kept.sourceIndex[path] {
                guard StructureKey.same(loaded.articles[i], before.articles[i]) else { return nil }
                changedFiles.insert(loaded.articles[i].file)
                if let p = kept.position[path] { articles[p].source = loaded.articles[i] }
            } else if let i = kept.pageIndex[path] {
                guard StructureKey.same(loaded.pages[i], before.pages[i]) else { return nil }
                changedFiles.insert(loaded.pages[i].file)
            } else {
                return nil
            }
        }
        // Messages about a changed file may no longer be right (their lines moved, say).
        guard !kept.diagnostics.contains(where: { $0.location.map { changedFiles.contains($0.file) } ?? false }) else {
            return nil
        }
        return ValidatedContent(
            content: loaded, articles: articles, pages: loaded.pages, linkTargets: kept.validated.linkTargets,
            routes: kept.validated.routes)
    }

    // MARK: model

    func model(_ validated: ValidatedContent, diagnostics: Diagnostics, fresh: (Diagnostics) -> Site) -> Site {
        if last.validation, let kept = model, let changes = changedSources, let positions = validation?.position {
            let changedFiles = Set(changes.compactMap { positions[$0].map { validated.articles[$0].source.file } })
            if !kept.diagnostics.contains(where: { $0.location.map { changedFiles.contains($0.file) } ?? false }) {
                var articles = kept.site.articles
                var rebuilt: [Int] = []
                for path in changes {
                    guard let id = positions[path] else { continue }
                    let old = articles[id]
                    var article = SiteBuilder.makeArticle(
                        id: id, entry: validated.articles[id], category: old.category, tags: old.tags, validated: validated)
                    article.related = old.related
                    article.others = old.others
                    articles[id] = article
                    rebuilt.append(id)
                }
                let config = validated.content.config
                let site = Site(
                    config: config, articles: articles, categories: kept.site.categories, tags: kept.site.tags,
                    years: kept.site.years, pages: validated.pages.compactMap { SiteBuilder.makePage($0, validated: validated) },
                    featured: kept.site.featured, media: validated.content.media, contentRoot: validated.content.tree.root,
                    buildDate: LocalDate(now, in: config.timeZone))
                diagnostics.add(contentsOf: kept.diagnostics)
                model = (site, kept.diagnostics)
                digests.update(site, changed: rebuilt)
                last.model = true
                last.articlesRebuilt = rebuilt.count
                return site
            }
        }
        let found = Diagnostics()
        let site = fresh(found)
        let problems = found.all
        diagnostics.add(contentsOf: problems)
        model = found.hasErrors ? nil : (site, problems)
        digests.update(site, changed: nil)
        last.articlesRebuilt = site.articles.count
        return site
    }

    // MARK: render and write

    func cards(site: Site, templates: TemplateSet, siteView: SiteView) -> CardCache {
        let deps = templateSnapshot?.deps ?? TemplateDeps(infos: [:])
        return cards.cards(site: site, templates: templates, siteView: siteView, deps: deps, digests: digests, globalKey: globalKey)
    }

    func write(
        jobs: [OutputJob], copies: [(from: String, to: String)], context: RenderContext, progress: BuildProgress?,
        diagnostics: Diagnostics
    ) -> (pages: Int, copies: Int)? {
        let deps = templateSnapshot?.deps ?? TemplateDeps(infos: [:])
        let fingerprints = PageFingerprints(
            context: context, deps: deps, digests: digests, cardKeys: cards.keys, globalKey: globalKey
        ).all()
        return output.update(jobs: jobs, fingerprints: fingerprints, copies: copies, progress: progress, diagnostics: diagnostics)
    }
}
