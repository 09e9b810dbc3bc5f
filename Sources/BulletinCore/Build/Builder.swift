import BulletinMarkdown
import BulletinSearchIndex
import BulletinSupport
import BulletinTemplates
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

/// Runs the pipeline: load → validate → model → render → write. Nothing is written until every
/// input has been read and checked; then the new site is written beside the old one and swapped in.
public final class Builder {
    public let request: BuildRequest
    let io: FileIO
    let features: [Feature]
    let diagnostics = Diagnostics()
    var report = BuildReport()
    /// Shows how far rendering has got (a terminal's progress bar); nil shows nothing.
    public var progress: BuildProgress?
    /// Work kept from the previous build (incremental rebuilds, see Incremental/); nil: a clean build.
    var reuse: BuildReuse?
    /// What a clean build made (the site, its render context and jobs), let go with the builder
    /// rather than as the build returns: `bulletin build` exits right after and need not take a
    /// quarter of a gigabyte of objects apart one by one first.
    private var made: Any?

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
        var result = runStages(write ? .write : .validate)
        result.diagnostics = diagnostics.all
        return result
    }

    /// Everything a build checks, including what only happens while pages are rendered (every
    /// page is rendered and thrown away, the theme's assets are listed); writes nothing.
    public func check() -> BuildReport {
        var result = runStages(.check)
        result.diagnostics = diagnostics.all
        return result
    }

    private enum Mode { case write, validate, check }

    private func runStages(_ mode: Mode) -> BuildReport {
        guard let prepared = prepare() else { return report }
        let (site, templates, shortcodes, sources) = prepared
        report.basePath = site.config.basePath
        let makeContext = {
            RenderContext(
                site: site, templates: templates, shortcodes: shortcodes, features: self.features, memory: self.reuse?.memory,
                cards: self.reuse.map { reuse in { reuse.cards(site: $0, templates: $1, siteView: $2, lookup: $3) } })
        }
        let context: RenderContext
        // A clean build writes the core pages (articles, lists, archives) while the features
        // prepare (the search index): they need nothing from each other. The thread that makes
        // the render context starts on the pages alone; the main thread joins it when the
        // features are ready, so neither core waits while the other finishes (the index ends
        // with a merge on one thread).
        var early: EarlyPages? = nil
        // Opened here, once; a refusal (an output folder that is the content folder…) is
        // reported where it always was, after every other check.
        var outputProblem: Error? = nil
        if reuse == nil {
            var output: OutputFolder? = nil
            if mode == .write {
                do { output = try openOutput() } catch { outputProblem = error }
            }
            let handover = Handover<JobQueue<OutputJob>>()
            (context, early) = phase("prepare and pages") {
                concurrently(
                    {
                        for feature in self.features { feature.prepare(site, memory: nil) }
                        handover.take()?.run()
                    },
                    {
                        // The sources are freed on this thread while the other starts the index: on
                        // one thread with the other waiting, it took some 40 ms at 10,000 articles.
                        // Given back to the system with what the index frees on the way.
                        sources.free()
                        FreeMemory.giveBack()
                        let context = makeContext()
                        guard let output else {
                            handover.give(nil)
                            return (context, nil)
                        }
                        let jobs = CorePages.jobs(context)
                        let failure = FirstFailure()
                        self.progress?.begin("render and write", total: jobs.count)
                        // Last listed first: list pages, then articles (see `writingQueue`).
                        let queue = self.writingQueue(Array(jobs.reversed()), folders: [], to: output, failure: failure)
                        handover.give(queue)
                        queue.run()
                        return (context, EarlyPages(output: output, jobs: jobs, failure: failure))
                    }
                ).1
            }
            FreeMemory.giveBack()
        } else {
            sources.free()
            // A rebuild's kept memory is not shared between threads.
            phase("prepare") { for feature in features { feature.prepare(site, memory: reuse?.memory) } }
            context = phase("render setup", makeContext)
        }
        var jobs = early?.jobs ?? phase("page list") { CorePages.jobs(context) }
        for feature in features { jobs += phase(feature.name) { feature.jobs(context) } }
        // Each feature's closing files see those of the features before it (the list of what the
        // build wrote names the sitemap).
        // Appended as they come rather than gathered apart: `jobs + made` copied every job once
        // per feature.
        let beforeClosing = jobs.count
        phase("closing files") {
            for feature in features { jobs += feature.closingJobs(context, others: jobs) }
        }
        let closingCount = jobs.count - beforeClosing
        // Listed before the last check: an unreadable assets folder stops the build too.
        let copies = phase("site links") {
            checkSiteLinks(site: site, jobs: jobs)
            for job in jobs { report.pagesByKind[BuildReport.kind(of: job.path), default: 0] += 1 }
            return filesToCopy(site: site, templates: templates, jobs: jobs)
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
            if let reuse { return writeChanged(reuse, jobs: jobs, copies: copies, context: context) }
            guard let early else {
                diagnostics.error(Self.outputProblem(outputProblem), at: nil)
                return stop(at: "write")
            }
            made = (context, jobs)
            return writeSite(jobs: jobs, closingCount: closingCount, copies: copies, templates: templates, early: early)
        }
    }

    /// Load, validate and model: everything before the first byte is written.
    private func prepare() -> (Site, TemplateSet, [String: ShortcodeDefinition], Leftovers)? {
        let tree = ContentTree(root: request.contentPath, displayRoot: Builder.display(request.contentPath), io: io)
        let loaded: LoadedContent? = phase("load") {
            let load = { (found: Diagnostics) -> LoadedContent? in
                var loader = ContentLoader(tree: tree, diagnostics: found, baseURLOverride: self.request.baseURL)
                loader.cache = self.reuse?.sources
                return loader.load()
            }
            let content = reuse.map { $0.load(load, diagnostics: diagnostics) } ?? load(diagnostics)
            if let content, reuse != nil {
                for feature in features { feature.load(content, memory: self.reuse?.memory, diagnostics: diagnostics) }
            }
            return content
        }
        // A clean build reads the features' data (score files, the documents folder) while the
        // validator checks the articles: each is mostly one thread, and neither needs the other.
        // What needs both (shortcodes, the theme's required templates) comes after.
        var checked: ValidatedContent? = nil
        if reuse == nil, let loaded {
            checked = phase("validate") {
                concurrently(
                    { Validator(diagnostics: self.diagnostics, options: self.request.options).validate(loaded) },
                    { for feature in self.features { feature.load(loaded, memory: nil, diagnostics: self.diagnostics) } }
                ).0
            }
        }
        let templates: TemplateSet? = phase("templates") {
            let load = { (found: Diagnostics) in
                let templates = TemplateSet.load(
                    from: self.request.templatesPath, displayRoot: Builder.display(self.request.templatesPath), io: self.io,
                    alsoRequired: self.features.flatMap(\.requiredTemplates), diagnostics: found)
                if let templates { self.checkTemplateKeys(templates, menus: loaded?.config.menus.keys, diagnostics: found) }
                return templates
            }
            return reuse?.templates(load, diagnostics: diagnostics) ?? load(diagnostics)
        }
        guard let loaded, let templates else {
            stop(at: "load")
            return nil
        }
        report.leftOut = LeftOut(loaded.articles, zone: loaded.config.timeZone, options: request.options)
        var shortcodes: [String: ShortcodeDefinition] = [:]
        for feature in features {
            for definition in feature.shortcodes { shortcodes[definition.name] = definition }
        }
        let validated: ValidatedContent = phase(checked == nil ? "validate" : "shortcodes") {
            let validate = { (found: Diagnostics) -> ValidatedContent in
                let validator = Validator(diagnostics: found, options: self.request.options)
                let result = checked ?? validator.validate(loaded)
                validator.checkShortcodes(result, definitions: shortcodes)
                validator.checkAgency(loaded.config)
                return result
            }
            return reuse?.validate(loaded, diagnostics: diagnostics, fresh: validate) ?? validate(diagnostics)
        }
        if diagnostics.hasErrors {
            stop(at: "validate")
            return nil
        }
        let site: Site = phase("model") {
            let model = { (found: Diagnostics) -> Site in
                var builder = SiteBuilder(diagnostics: found, options: self.request.options)
                builder.reuse = self.reuse?.modelReuse
                return builder.build(validated)
            }
            let site = reuse?.model(validated, diagnostics: diagnostics, fresh: model) ?? model(diagnostics)
            for feature in features { feature.validate(site, diagnostics: diagnostics) }
            return site
        }
        if diagnostics.hasErrors {
            stop(at: "model")
            return nil
        }
        return (site, templates, shortcodes, Leftovers(loaded, validated))
    }

    @discardableResult
    func stop(at stage: String) -> BuildReport {
        report.stoppedAt = stage
        report.succeeded = false
        return report
    }

    func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.phases.append((name, seconds))
        }
        return try body()
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
