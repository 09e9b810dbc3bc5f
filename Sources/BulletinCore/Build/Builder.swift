import Foundation

/// What to build, from where, to where.
public struct BuildRequest: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var outputPath: String
    public var baseURL: String?
    public var options: BuildOptions

    public init(
        contentPath: String = "content", templatesPath: String = "templates", outputPath: String = "public",
        baseURL: String? = nil, options: BuildOptions = BuildOptions()
    ) {
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
    private var report = BuildReport()

    public init(request: BuildRequest, io: FileIO = .posix, features: [Feature] = Features.standard()) {
        self.request = request
        self.io = io
        self.features = features
    }

    /// Builds and writes the site (`write: false` checks everything and writes nothing).
    public func run(write: Bool = true) -> BuildReport {
        var result = runStages(write: write)
        result.diagnostics = diagnostics.all
        return result
    }

    private func runStages(write: Bool) -> BuildReport {
        guard let prepared = prepare() else { return report }
        let (site, templates, shortcodes) = prepared

        let context: RenderContext = phase("render setup") {
            RenderContext(site: site, templates: templates, shortcodes: shortcodes, features: features)
        }
        var jobs = CorePages.jobs(context)
        for feature in features { jobs += phase(feature.name) { feature.jobs(context) } }
        for feature in features { jobs += feature.closingJobs(context, others: jobs) }
        checkSiteLinks(site: site, jobs: jobs)
        if diagnostics.hasErrors { return stop(at: "render") }
        guard write else {
            report.succeeded = true
            return report
        }
        return writeSite(jobs: jobs, site: site, templates: templates)
    }

    /// Load, validate and model: everything before the first byte is written.
    private func prepare() -> (Site, TemplateSet, [String: ShortcodeDefinition])? {
        let tree = ContentTree(root: request.contentPath, displayRoot: display(request.contentPath), io: io)
        let loaded: LoadedContent? = phase("load") {
            let content = ContentLoader(tree: tree, diagnostics: diagnostics, baseURLOverride: request.baseURL).load()
            if let content { for feature in features { feature.load(content, diagnostics: diagnostics) } }
            return content
        }
        let templates: TemplateSet? = phase("templates") {
            let set = TemplateSet.load(
                from: request.templatesPath, displayRoot: display(request.templatesPath), io: io, diagnostics: diagnostics)
            if let set {
                for feature in features {
                    for name in feature.requiredTemplates where !set.has(name) {
                        diagnostics.error(
                            "the theme has no template '\(name)' (needed for \(feature.name)): create \(name).mustache",
                            at: SourceLocation(file: display(request.templatesPath) + "/" + name + ".mustache"))
                    }
                }
            }
            return set
        }
        guard let loaded, let templates else {
            stop(at: "load")
            return nil
        }
        var shortcodes: [String: ShortcodeDefinition] = [:]
        for feature in features {
            for definition in feature.shortcodes { shortcodes[definition.name] = definition }
        }
        let validated: ValidatedContent = phase("validate") {
            let validator = Validator(diagnostics: diagnostics, options: request.options)
            let result = validator.validate(loaded)
            validator.checkShortcodes(result, definitions: shortcodes)
            validator.checkAgency(loaded.config)
            return result
        }
        if diagnostics.hasErrors {
            stop(at: "validate")
            return nil
        }
        let site: Site = phase("model") {
            let site = SiteBuilder(diagnostics: diagnostics, options: request.options).build(validated)
            for feature in features { feature.validate(site, diagnostics: diagnostics) }
            return site
        }
        if diagnostics.hasErrors {
            stop(at: "model")
            return nil
        }
        return (site, templates, shortcodes)
    }

    private func writeSite(jobs: [OutputJob], site: Site, templates: TemplateSet) -> BuildReport {
        let output: OutputFolder
        do {
            output = try OutputFolder(
                target: request.outputPath, protected: [request.contentPath, request.templatesPath])
        } catch {
            diagnostics.error("\(error)", at: nil)
            return stop(at: "write")
        }
        let copies = filesToCopy(site: site, templates: templates)
        let failure = FirstFailure()
        phase("render and write") {
            do {
                try output.createFolders(for: jobs.map(\.path) + copies.map(\.to))
            } catch {
                failure.record(error)
                return
            }
            jobs.parallelForEach(chunkSize: 32) { job in
                guard !failure.happened else { return }
                do { try output.write(job.path, job.make()) } catch { failure.record(error) }
            }
            copies.parallelForEach(chunkSize: 8) { copy in
                guard !failure.happened else { return }
                do { try output.copy(from: copy.from, to: copy.to) } catch { failure.record(error) }
            }
        }
        if let error = failure.error {
            output.abandon()
            diagnostics.error("cannot write the site: \(error); the previous site is unchanged", at: nil)
            return stop(at: "write")
        }
        do {
            try phase("publish") { try output.commit() }
        } catch {
            output.abandon()
            diagnostics.error("cannot put the new site in place: \(error); the previous site is unchanged", at: nil)
            return stop(at: "write")
        }
        report.pagesWritten = jobs.count
        report.filesCopied = copies.count
        report.pagesByKind = Dictionary(grouping: jobs, by: { BuildReport.kind(of: $0.path) }).mapValues(\.count)
        report.succeeded = true
        return report
    }

    /// Media from the content folder and the theme's assets, copied as they are.
    private func filesToCopy(site: Site, templates: TemplateSet) -> [(from: String, to: String)] {
        var copies = site.media.map { (from: request.contentPath + "/" + $0, to: $0) }
        let themeTree = ContentTree(root: templates.root, displayRoot: display(templates.root), io: io)
        for asset in themeTree.files(under: "assets", diagnostics: diagnostics) {
            copies.append((from: templates.root + "/" + asset, to: asset))
        }
        return copies
    }

    /// Links to generated pages ("/chi-so/") that no page has: warnings, as the page may come later.
    private func checkSiteLinks(site: Site, jobs: [OutputJob]) {
        var paths = Set(jobs.map(\.path))
        paths.formUnion(site.media)
        let links = site.articles.flatMap(\.siteLinks) + site.pages.flatMap(\.siteLinks)
        for link in links where !paths.contains(Routes.outputPath(link.path)) && !paths.contains(link.path) {
            diagnostics.warning(
                "no page of the site has the address /\(link.path); check the link (addresses of generated pages end with /)",
                at: link.location)
        }
    }

    @discardableResult
    private func stop(at stage: String) -> BuildReport {
        report.stoppedAt = stage
        report.succeeded = false
        return report
    }

    private func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.phases.append((name, seconds))
        }
        return try body()
    }

    /// Paths as the user gave them, without a trailing '/'.
    private func display(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}

extension BuildReport {
    /// The kind of page an output path is, for the summary ("article", "list", …).
    static func kind(of path: String) -> String {
        if path.hasPrefix(Routes.articlesPrefix) { return "article" }
        if path.hasPrefix(Routes.categoriesIndex) || path.hasPrefix(Routes.tagsIndex) { return "list" }
        if path.hasPrefix(Routes.archiveIndex) { return "archive" }
        if path.hasPrefix("chi-so/") { return "score" }
        if path.hasPrefix("van-ban/") { return "document" }
        if path.hasSuffix(".html") && !path.contains("/") { return path == "index.html" ? "home" : "other" }
        if path.hasSuffix(".xml") || path.hasSuffix(".json") || path.hasSuffix(".txt") { return "data" }
        return "page"
    }
}

/// The first error among parallel writers; later ones add nothing.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?
    private var flag = false

    var happened: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    func record(_ error: Error) {
        lock.lock()
        if first == nil { first = error }
        flag = true
        lock.unlock()
    }
}
