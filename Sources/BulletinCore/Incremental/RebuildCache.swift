import Foundation

/// Everything an incremental rebuild keeps from the builds before it, answering `Builder` at each
/// stage (see BuildReuse):
/// - load: with a watcher's list of changed files, only those are read again and swapped into
///   the previous content; otherwise files whose stamp did not change are not read (SourceStore);
/// - templates: not parsed again unless a template file changed;
/// - validate and model: when the changed files kept every field other files depend on
///   (StructureKey), the previous results stand with the changed articles swapped in; otherwise
///   both run in full;
/// - render: cards, then pages, are rendered only when something they read while they were last
///   made changed (ReadRecorder, ReadTable), and only files whose bytes changed are written, in
///   place (CardStore, OutputStore).
///
/// Snapshots are kept as their parts, not as the structs Builder gets, so that once a build is
/// over they are the only owners of their arrays: swapping one article in is then done in
/// place instead of copying ten thousand.
final class RebuildCache: BuildReuse {
    let store: SourceStore
    let listing: ListingCache
    let output: OutputStore
    var sources: SourceCache? { store }

    /// "Now" of the build being run.
    var now = Date()
    /// Site-wide inputs no page notes as it reads them: site.yaml, --base-url, options and the
    /// files features read. A page made under another key is made again.
    var globalKey = 0
    var templatesRoot = ""

    private(set) var templateSnapshot: TemplateSnapshot?
    var content: ContentSnapshot?
    var validation: ValidationSnapshot?
    var model: ModelSnapshot?
    /// Content-relative paths read again since the validation snapshot, with the source each had
    /// in it (nil when the file is new since).
    var changedSinceValidation: [String: SourceVersion] = [:]
    /// Paths of the articles the model must rebuild when validation was reused.
    var rebuiltPaths: [String]?
    /// Article ids rebuilt by this build's model when ids kept their meaning; nil: all new.
    var rebuiltIDs: [Int]?
    /// When the model ran in full taking over unchanged articles: each id's previous id, or -1.
    var movedFrom: [Int]?
    /// The previous model and what it was made from, kept for ModelMemo until the model runs.
    var memoBasis: (model: ModelSnapshot, linkTargets: [String: String], changed: Set<String>)?
    /// The photos the kept model was made with: articles show their copies, so a model made
    /// with other photos is not reused.
    var modelImages: ImageTable?
    /// The memo SiteBuilder is offered while the model runs in full.
    var pendingMemo: ModelMemo?
    var modelReuse: ModelReuse? { pendingMemo }
    private(set) var digests = ArticleDigests()
    let cards = CardStore()
    /// The output paths of the last build's jobs.
    private let written = WrittenPaths()
    /// The last render setup's map of the articles' paths.
    private var lastArticleIDs: [String: Int]?
    /// What pages and cards read, and its digests in this build.
    let reads = ReadTable()
    /// Counts the models made (in full or from the last one): tells whether this build's model
    /// was made from the one the last render setup saw.
    var modelCount = 0
    /// The site-wide key and the model of the last render setup (nil: what it made is not
    /// to be trusted, or there was none).
    private var rendered: (key: Int, model: Int)?
    /// This build's answer of `keptStructure` (nil: not asked yet).
    private var structure: [Int]??
    private var readDigests: ReadDigests?
    let memory = FeatureMemory()
    /// What the last build reused, for reports and tests.
    var last = Reuse()

    struct Reuse {
        var load = false
        var templates = false
        var validation = false
        var model = false
    }

    enum SourceVersion {
        case article(ArticleSource)
        case page(PageSource)
        case new
    }

    struct TemplateSnapshot {
        let stamps: [String: FileStamp]
        let set: TemplateSet
        let diagnostics: [Diagnostic]
        let trusted: Bool
    }

    init(contentRoot: String, outputRoot: String) {
        self.listing = ListingCache()
        self.store = SourceStore(root: contentRoot)
        self.output = OutputStore(root: outputRoot)
    }

    /// Called before each build.
    func startBuild() {
        last = Reuse()
        structure = nil
        readDigests = nil
        rebuiltIDs = nil
        movedFrom = nil
    }

    /// site.yaml or the options changed: every file is read again and every stage runs in full
    /// (what was written stays known, so only files whose bytes change are written).
    func forgetContent() {
        store.removeAll()
        content = nil
        forgetCrossFileResults()
        digests = ArticleDigests()
        cards.removeAll()
    }

    /// Data files of features changed: validation and the model must run in full.
    func forgetCrossFileResults() {
        validation = nil
        model = nil
        memoBasis = nil
        changedSinceValidation = [:]
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
        if let set {
            let trusted = !stamps.values.contains { $0.isRecent() }
            templateSnapshot = TemplateSnapshot(stamps: stamps, set: set, diagnostics: problems, trusted: trusted)
        } else {
            templateSnapshot = nil
        }
        return set
    }

    private func templateStamps(_ root: String) -> [String: FileStamp] {
        let tree = ContentTree(root: root, displayRoot: root, io: listing.io)
        var stamps: [String: FileStamp] = [:]
        for path in tree.files(under: ".", diagnostics: Diagnostics()) where path.hasSuffix(".mustache") {
            if let stamp = FileStamp.of(tree.absolute(path)) { stamps[path] = stamp }
        }
        return stamps
    }

    // MARK: render and write

    /// When this build's model was made from the model of the last render setup, under the same
    /// site-wide key: the ids of the articles made again since, the only ones whose values,
    /// cards and pages can read differently; everything else render setup looks up stands
    /// (the map of paths, the digests of reads). nil: everything is looked at again. Answered
    /// once per build.
    private func keptStructure() -> [Int]? {
        if let structure { return structure }
        let kept = last.model && rendered?.key == globalKey && rendered?.model == modelCount - 1 ? rebuiltIDs : nil
        rendered = (globalKey, modelCount)
        structure = .some(kept)
        return kept
    }

    func lookup(for site: Site) -> SiteLookup {
        let lookup = SiteLookup(site: site, articleIDs: keptStructure() == nil ? nil : lastArticleIDs)
        lastArticleIDs = lookup.articleIDs
        return lookup
    }

    func writtenPaths(_ jobs: [OutputJob]) -> WrittenPaths {
        written.update(jobs)
        return written
    }

    func cards(site: Site, templates: TemplateSet, siteView: SiteView, lookup: SiteLookup) -> CardCache {
        if let movedFrom {
            digests.update(site, movedFrom: movedFrom)
        } else {
            digests.update(site, changed: rebuiltIDs)
        }
        startReading(site)
        let current = ReadDigests(lookup: lookup, templates: templates, siteView: siteView, articles: digests)
        readDigests = current
        let made = cards.cards(site: site, templates: templates, siteView: siteView, global: globalKey, table: reads, digests: current)
        current.cardTexts = cards.texts
        // A card made again may read differently to the pages that show it.
        for id in cards.renderedIDs { reads.forget(.card(site.articles[id].relativePath)) }
        return made
    }

    /// Readies the table of reads for this build: when the structure was kept, only the rebuilt
    /// articles' values can have changed of all it holds.
    private func startReading(_ site: Site) {
        guard let rebuilt = keptStructure() else { return reads.startBuild() }
        reads.startBuildKeepingDigests()
        for id in rebuilt {
            let path = site.articles[id].relativePath
            for read in [Dependency.card(path), .values(path), .article(path)] { reads.forget(read) }
        }
    }

    /// When the model ran in full but every article kept its id (a title edit, say): the ids of
    /// the articles made again. nil when some article moved.
    static func madeAgain(_ movedFrom: [Int]) -> [Int]? {
        var made: [Int] = []
        for (id, old) in movedFrom.enumerated() {
            if old == -1 {
                made.append(id)
            } else if old != id {
                return nil
            }
        }
        return made
    }

    func write(
        jobs: [OutputJob], copies: [(from: String, to: String)], context: RenderContext, progress: BuildProgress?,
        diagnostics: Diagnostics
    ) -> (pages: Int, copies: Int)? {
        let current: ReadDigests
        if let readDigests {
            current = readDigests
        } else {
            // No cards were made this build: nothing the table holds can be trusted.
            reads.startBuild()
            rendered = nil
            current = ReadDigests(lookup: context.lookup, templates: context.templates, siteView: context.siteView, articles: digests)
        }
        current.context = context
        output.lineUp(with: jobs)
        return output.update(
            jobs: jobs, global: globalKey, table: reads, digests: current, copies: copies, progress: progress,
            diagnostics: diagnostics)
    }
}

extension Diagnostic {
    /// Whether the message is about one of `files` (display paths).
    func concerns(_ files: Set<String>) -> Bool {
        location.map { files.contains($0.file) } ?? false
    }
}
