import Foundation

/// What to build, from where, to where.
public struct BuildRequest: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var outputPath: String
    public var baseURL: String?
    public var options: BuildOptions
    /// The folder of the site already published, whose addresses this build keeps (the output
    /// folder for `build`; `public/` for `serve` and `check`); nil compares with nothing.
    public var publishedPath: String?

    public init(
        contentPath: String = "content", templatesPath: String = "templates", outputPath: String = "public",
        baseURL: String? = nil, options: BuildOptions = BuildOptions(), publishedPath: String? = nil
    ) {
        self.publishedPath = publishedPath
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.baseURL = baseURL
        self.options = options
    }
}

/// What a build did: the problems found, the files written and the time of each phase.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var pagesWritten = 0
    public var filesCopied = 0
    /// How the new site differs from the one the output folder held; nil when there was none
    /// (or it had no manifest), and in `serve`.
    public var outputChanges: OutputChanges?
    /// Photos whose copies were made, taken from the cache, and the bytes the copies save.
    public var images: (made: Int, reused: Int, bytesSaved: Int64) = (0, 0, 0)
    public var phases: [(name: String, seconds: Double)] = []
    /// Pages by kind ("article": 120, "list": 40…), from their output paths.
    public var pagesByKind: [String: Int] = [:]
    public var succeeded = false
    /// Set when the build stopped before writing (the stage that stopped it).
    public var stoppedAt: String?
    /// The path pages are served under ("/bantin/"), once the site's settings were read.
    public var basePath: String?
    /// Articles the build did not publish: drafts, and those dated after the build.
    public var leftOut = LeftOut()

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var totalSeconds: Double { phases.reduce(0) { $0 + $1.seconds } }
}

/// Runs the pipeline as a fixed list of named phases, the same in clean builds and rebuilds:
///
///     load → validate (with images) → templates → model → prepare → render setup → pages →
///     site links → write
///
/// Nothing is written until every input has been read and checked; then the new site is written
/// beside the old one and swapped in (a rebuild writes changed files in place). A rebuild's
/// `BuildReuse` answers some phases from what it kept. Which phases run alongside which, on which
/// core, and when memory is given back is `BuildSchedule`'s business, not the phases'.
public final class Builder {
    public let request: BuildRequest
    let io: FileIO
    let features: [Feature]
    let diagnostics = Diagnostics()
    var report = BuildReport()
    private let reportLock = NSLock()
    /// Shows how far rendering has got (a terminal's progress bar); nil shows nothing.
    public var progress: BuildProgress?
    /// Work kept from the previous build (incremental rebuilds, see Incremental/); nil: a clean build.
    var reuse: BuildReuse?
    /// What the build made, let go with the builder (see `BuildSchedule.keep`).
    private var made: Any?
    /// The photos and their copies, made in the validate phase beside the validator.
    private var images = ImageTable()

    /// The phases, in the order every build runs them (`BuildReport.phases` follows it).
    static let phases = [
        "load", "validate", "images", "templates", "model", "output folder", "prepare", "render setup", "pages", "site links", "render",
        "write",
        "publish",
    ]

    public init(request: BuildRequest, io: FileIO = .posix, features: [Feature]? = nil) {
        self.request = request
        self.io = io
        self.features =
            features
            ?? Features.standard(publishedIn: request.publishedPath, replacing: request.publishedPath == request.outputPath)
    }

    /// Builds and writes the site (`write: false` checks everything and writes nothing).
    public func run(write: Bool = true) -> BuildReport {
        FreeMemory.limitArenas
        // First of all, so that even a build that stops at an error gives back a site an
        // interrupted one took away.
        if write && reuse == nil { OutputFolder.recoverInterrupted(target: request.outputPath) }
        var result = runPhases(write ? .write : .validate)
        result.phases = Builder.inOrder(result.phases)
        result.diagnostics = diagnostics.all
        return result
    }

    /// Everything a build checks, including what only happens while pages are rendered (every
    /// page is rendered and thrown away, the theme's assets are listed); writes nothing.
    public func check() -> BuildReport {
        var result = runPhases(.check)
        result.phases = Builder.inOrder(result.phases)
        result.diagnostics = diagnostics.all
        return result
    }

    enum Mode { case write, validate, check }

    private func runPhases(_ mode: Mode) -> BuildReport {
        let schedule = BuildSchedule(clean: reuse == nil)
        guard let (site, templates, sources) = readAndCheck(schedule) else { return report }
        // A clean build opens its new output folder here, once, and writes the core pages into it
        // as soon as they are listed; a refusal (an output folder that is the content folder…) is
        // reported where it always was, after every other check.
        var output: Result<OutputFolder, Error>? = nil
        if reuse == nil && mode == .write { output = phase("output folder") { Result { try openOutput() } } }
        let started = schedule.prepareAndList(
            prepare: { self.phase("prepare") { for feature in self.features { feature.prepare(site, memory: self.reuse?.memory) } } },
            freeSources: sources.free,
            renderSetup: { self.phase("render setup") { self.renderContext(site, templates) } },
            corePages: { context in self.phase("pages") { CorePages.jobs(context) } },
            startWriting: { jobs in (try? output?.get()).map { self.startWriting(jobs, to: $0) } })
        // Taken apart here: the list must have one owner, or the first page appended copies it.
        let (context, early) = (started.context, started.early)
        var jobs = started.corePages
        let closingCount = phase("pages") { featurePages(context, into: &jobs) }
        // Listed before the last check: an unreadable assets folder stops the build too.
        let copies = phase("site links") {
            let written = reuse?.writtenPaths(jobs) ?? WrittenPaths(jobs)
            checkSiteLinks(site: site, written: written)
            report.pagesByKind = written.kinds.filter { $0.value > 0 }
            return filesToCopy(site: site, templates: templates, written: written)
        }
        if diagnostics.hasErrors {
            early?.output.abandon()
            return stop(at: "render")
        }
        switch mode {
        case .validate:
            report.succeeded = true
            return report
        case .check:
            return renderOnly(jobs: jobs, templates: templates)
        case .write:
            made = schedule.keep(context, jobs)
            if let reuse { return writeChanged(reuse, jobs: jobs, copies: copies, context: context) }
            guard let early else {
                var problem: Error? = nil
                if case .failure(let error) = output { problem = error }
                diagnostics.error(Self.outputProblem(problem), at: nil)
                return stop(at: "write")
            }
            return writeSite(jobs: jobs, closingCount: closingCount, copies: copies, templates: templates, early: early)
        }
    }

    /// load, validate, templates and model: everything before the first byte is written. The
    /// sources come back in `Leftovers`, the last references to them, so that the schedule
    /// chooses the thread that frees them.
    private func readAndCheck(_ schedule: BuildSchedule) -> (Site, TemplateSet, Leftovers)? {
        let loaded = phase("load") { loadContent() }
        let checked = loaded.map { loaded in phase("validate") { validate(loaded, schedule) } }
        let templates = phase("templates") { loadTemplates(menus: loaded?.config.menus.keys) }
        guard let loaded, let checked, let templates else {
            stop(at: "load")
            return nil
        }
        report.leftOut = LeftOut(loaded.articles, zone: loaded.config.timeZone, options: request.options)
        if diagnostics.hasErrors {
            stop(at: "validate")
            return nil
        }
        let site = phase("model") { model(checked) }
        if diagnostics.hasErrors {
            stop(at: "model")
            return nil
        }
        report.basePath = site.config.basePath
        return (site, templates, Leftovers(loaded, checked))
    }

    // MARK: the phases

    /// load: site.yaml, every article and page (a rebuild reads only what changed).
    private func loadContent() -> LoadedContent? {
        let tree = ContentTree(root: request.contentPath, displayRoot: Builder.display(request.contentPath), io: io)
        let load = { (found: Diagnostics) -> LoadedContent? in
            var loader = ContentLoader(tree: tree, diagnostics: found, baseURLOverride: self.request.baseURL)
            loader.cache = self.reuse?.sources
            return loader.load()
        }
        return reuse.map { $0.load(load, diagnostics: diagnostics) } ?? load(diagnostics)
    }

    /// validate: what no single file can check, the features' data files (score files, the
    /// documents folder), then the shortcodes (which need that data) and the agency.
    private func validate(_ loaded: LoadedContent, _ schedule: BuildSchedule) -> ValidatedContent {
        let checked = schedule.alongside(
            {
                for feature in self.features { feature.load(loaded, memory: self.reuse?.memory, diagnostics: self.diagnostics) }
                self.images = self.phase("images") { self.processImages(loaded) }
            },
            // A rebuild's validation may be answered from what it kept, so it runs as a whole below.
            { self.reuse == nil ? Validator(diagnostics: self.diagnostics, options: self.request.options).validate(loaded) : nil })
        // Known once the features have read their data.
        let shortcodes = shortcodeDefinitions()
        let validate = { (found: Diagnostics, checked: ValidatedContent?) -> ValidatedContent in
            let validator = Validator(diagnostics: found, options: self.request.options)
            let result = checked ?? validator.validate(loaded)
            validator.checkShortcodes(result, definitions: shortcodes)
            validator.checkAgency(loaded.config)
            return result
        }
        var result = reuse.map { $0.validate(loaded, diagnostics: diagnostics) { validate($0, nil) } } ?? validate(diagnostics, checked)
        result.images = images
        report.images = (images.made, images.reused, images.bytesSaved)
        return result
    }

    /// The photos under media/, checked and resized through the cache (see `ImageProcessing`).
    private func processImages(_ loaded: LoadedContent) -> ImageTable {
        let settings = loaded.config.images
        let processing = ImageProcessing(
            settings: settings, tree: loaded.tree,
            cache: ImageCache(folder: settings.cacheFolder(contentPath: request.contentPath)), diagnostics: diagnostics,
            uses: ImageProcessing.uses(in: loaded), progress: progress)
        return processing.run(media: loaded.media)
    }

    /// The shortcodes the features offer, by name (a later feature's wins a name two offer).
    private func shortcodeDefinitions() -> [String: ShortcodeDefinition] {
        var definitions: [String: ShortcodeDefinition] = [:]
        for feature in features {
            for definition in feature.shortcodes { definitions[definition.name] = definition }
        }
        return definitions
    }

    /// templates: the theme, parsed, with the check that views offer every `{{name}}`.
    private func loadTemplates(menus: Dictionary<String, [MenuItem]>.Keys?) -> TemplateSet? {
        let load = { (found: Diagnostics) in
            let templates = TemplateSet.load(
                from: self.request.templatesPath, displayRoot: Builder.display(self.request.templatesPath), io: self.io,
                alsoRequired: self.features.flatMap(\.requiredTemplates), diagnostics: found)
            if let templates { self.checkTemplateKeys(templates, menus: menus, diagnostics: found) }
            return templates
        }
        return reuse?.templates(load, diagnostics: diagnostics) ?? load(diagnostics)
    }

    /// model: the `Site`, and the features' checks of it (addresses that moved…).
    private func model(_ validated: ValidatedContent) -> Site {
        let model = { (found: Diagnostics) -> Site in
            var builder = SiteBuilder(diagnostics: found, options: self.request.options)
            builder.reuse = self.reuse?.modelReuse
            return builder.build(validated)
        }
        let site = reuse?.model(validated, diagnostics: diagnostics, fresh: model) ?? model(diagnostics)
        for feature in features { feature.validate(site, diagnostics: diagnostics) }
        return site
    }

    /// render setup: what every page shares (the header, footer and cards, rendered once).
    private func renderContext(_ site: Site, _ templates: TemplateSet) -> RenderContext {
        RenderContext(
            site: site, templates: templates, shortcodes: shortcodeDefinitions(), features: features, memory: reuse?.memory,
            lookup: reuse?.lookup(for: site),
            cards: reuse.map { reuse in { reuse.cards(site: $0, templates: $1, siteView: $2, lookup: $3) } })
    }

    /// pages, after the core's: each feature's, then the closing files, which list the others
    /// (each feature's closing files see those of the features before it: the sitemap names the
    /// address manifest). Appended in place: `jobs + made` copied every job once per feature.
    /// Returns how many closing files there are.
    private func featurePages(_ context: RenderContext, into jobs: inout [OutputJob]) -> Int {
        // Room for the features' pages, so that the core's are not copied as the list grows.
        jobs.reserveCapacity(jobs.count + jobs.count / 8 + 256)
        for feature in features { jobs += feature.jobs(context) }
        let beforeClosing = jobs.count
        for feature in features { jobs += feature.closingJobs(context, others: jobs) }
        return jobs.count - beforeClosing
    }

    @discardableResult
    func stop(at stage: String) -> BuildReport {
        report.stoppedAt = stage
        report.succeeded = false
        return report
    }

    /// Runs a phase and adds its time to the report (a phase met twice adds up; phases that
    /// overlap on two cores each count their own time).
    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            reportLock.lock()
            if let i = report.phases.firstIndex(where: { $0.name == name }) {
                report.phases[i].seconds += seconds
            } else {
                report.phases.append((name, seconds))
            }
            reportLock.unlock()
        }
        return try body()
    }

    /// Phases in the order of `phases` (two threads may finish them in another).
    static func inOrder(_ phases: [(name: String, seconds: Double)]) -> [(name: String, seconds: Double)] {
        let rank = { (name: String) in Builder.phases.firstIndex(of: name) ?? Builder.phases.count }
        return phases.enumerated().sorted { (rank($0.element.name), $0.offset) < (rank($1.element.name), $1.offset) }.map(\.element)
    }

    /// Paths as the user gave them, without a trailing '/'.
    /// A folder as messages name it: as given, without trailing slashes.
    static func display(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}

extension BuildReport {
    /// The kind of page an output path is, for the summary ("article", "list", …).
    static func kind(of path: String) -> String {
        if !path.hasSuffix(".html") {
            if path.hasSuffix("rss.xml") || path.hasSuffix("atom.xml") { return "feed" }
            if path.hasPrefix(Routes.search) { return "search index" }
            if path.hasSuffix(".csv") { return "download" }
            if path.hasPrefix("sitemap") || path == "robots.txt" { return "sitemap" }
            return "other file"
        }
        if path.hasPrefix(Routes.articlesPrefix) { return "article" }
        if path.hasPrefix(Routes.categoriesIndex) || path.hasPrefix(Routes.tagsIndex) { return "list" }
        if path.hasPrefix(Routes.archiveIndex) { return "archive" }
        if path.hasPrefix("chi-so/") { return "score" }
        if path.hasPrefix("van-ban/") { return "document" }
        if path == "index.html" { return "home" }
        return "page"
    }

    /// Pages are the HTML files; feeds, search shards and downloads are counted apart.
    public var htmlPages: Int {
        pagesByKind.filter { !["feed", "search index", "download", "sitemap", "other file"].contains($0.key) }.values.reduce(0, +)
    }
}

/// The first error among parallel writers; later ones add nothing.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?

    var happened: Bool {
        lock.lock()
        defer { lock.unlock() }
        return first != nil
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    func record(_ error: Error) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }
}

/// The sources the site was made from (the last references to them), kept until `free` so
/// that the thread that frees them can be chosen.
final class Leftovers: @unchecked Sendable {
    private var loaded: LoadedContent?
    private var validated: ValidatedContent?

    init(_ loaded: LoadedContent, _ validated: ValidatedContent) {
        self.loaded = loaded
        self.validated = validated
    }

    func free() {
        loaded = nil
        validated = nil
    }
}
