import BulletinCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `bulletin serve` without the HTTP part: builds the site (drafts and future articles
/// included) into a private folder, watches content/ and templates/, rebuilds what changed and
/// tells open pages (LiveReload). A build that fails writes nothing, so the last good site stays
/// served while the errors show in the terminal and over the pages.
///
/// The site is built into a fresh folder under the system's temporary folder, not into public/:
/// serve mode adds drafts and future articles, which must never end up in what gets published,
/// and public/ stays exactly as the last `bulletin build` left it. The folder is deleted on exit.
public final class ServeSession: @unchecked Sendable {
    public let contentPath: String
    public let templatesPath: String
    /// Where the site is built and served from.
    public let siteFolder: String
    /// The language of the log lines, the errors shown over pages and the overlay.
    public let language: Language
    public let reload: LiveReload
    let builder: IncrementalBuilder
    let log: @Sendable (String) -> Void
    private var watcher: FileWatcher?
    private let queue = DispatchQueue(label: "bulletin serve rebuilds")
    private let lock = NSLock()
    private var pending: Set<String>? = []
    private var scheduled = false
    private let work: String
    /// The base path pages are served under ("/bantin/"), from the last good build. Read by the
    /// web server's threads while rebuilds set it: under `lock`.
    public var basePath: String {
        lock.lock()
        defer { lock.unlock() }
        return lastBasePath
    }
    private var lastBasePath = "/"

    public init(
        content: String, templates: String, baseURL: String? = nil, published: String? = nil, language: Language,
        log: @escaping @Sendable (String) -> Void = { print($0) }
    ) throws {
        self.contentPath = ServeSession.absolute(content)
        self.templatesPath = ServeSession.absolute(templates)
        self.language = language
        self.reload = LiveReload(language: language)
        self.log = log
        self.baseURL = baseURL
        ServeSession.removeLeftovers()
        let template = ServeSession.workRoot() + "/bulletin-serve-\(getpid())-XXXXXX"
        var buffer = Array(template.utf8CString)
        guard let made = mkdtemp(&buffer) else {
            throw FileError(path: template, errno: errno)
        }
        work = String(cString: made)
        siteFolder = work + "/site"
        // Until a build succeeds: from site.yaml, so that even a failing first build is served
        // (with its errors) under the right address.
        defer { lastBasePath = readBasePath() ?? "/" }
        builder = IncrementalBuilder(
            request: BuildRequest(
                contentPath: contentPath, templatesPath: templatesPath, outputPath: siteFolder, baseURL: baseURL,
                options: BuildOptions(includeDrafts: true, includeFuture: true),
                publishedPath: published.map(ServeSession.absolute)))
    }

    /// The first build (a full one); false when it failed (its errors are printed).
    @discardableResult
    public func buildFirst(progress: BuildProgress? = nil) -> Bool {
        let started = DispatchTime.now()
        let result = builder.build(progress: progress)
        return finish(result, started: started, first: true)
    }

    /// Starts watching content/ and templates/.
    public func watch() throws {
        let watcher = FileWatcher(roots: [contentPath, templatesPath]) { [weak self] changed in
            self?.schedule(changed)
        }
        try watcher.start()
        self.watcher = watcher
    }

    /// Queues a rebuild; changes arriving while one runs are merged into the next.
    public func schedule(_ changed: Set<String>?) {
        lock.lock()
        if let changed, pending != nil { pending!.formUnion(changed) } else { pending = nil }
        let start = !scheduled
        scheduled = true
        lock.unlock()
        if start { queue.async { [self] in runPending() } }
    }

    /// Warnings of the last build, as printed (only reached from the build queue).
    private var shownWarnings = Set<String>()

    private func runPending() {
        lock.lock()
        let changed = pending
        pending = []
        scheduled = false
        lock.unlock()
        let started = DispatchTime.now()
        let result = builder.build(changed: changed)
        finish(result, started: started, first: false)
    }

    @discardableResult
    private func finish(_ result: IncrementalBuilder.Result, started: DispatchTime, first: Bool) -> Bool {
        let report = result.report
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
        // A warning already shown stays true until fixed: said once, then counted, so that a
        // new one stands out. Errors are said every time.
        var lines: [String] = []
        var unchanged = 0
        var shown = Set<String>()
        for diagnostic in report.diagnostics {
            let line = diagnostic.formatted(in: language)
            if diagnostic.severity == .warning {
                shown.insert(line)
                if shownWarnings.contains(line) {
                    unchanged += 1
                    continue
                }
            }
            lines.append(line)
        }
        shownWarnings = shown
        if unchanged > 0 { lines.append(Message(.serveWarningsAsBefore, ["count": .number(unchanged)]).text(in: language)) }
        if report.succeeded {
            if let base = report.basePath {
                lock.lock()
                lastBasePath = base
                lock.unlock()
            }
            reload.reload(changed: result.changed)
        } else {
            reload.failed(report.diagnostics)
        }
        lines.append(ServeSession.outcome(result, milliseconds: milliseconds, first: first).text(in: language))
        log(lines.joined(separator: "\n"))
        return report.succeeded
    }

    /// "Built 120 pages and 40 other files in 850 ms.", "Rebuilt: …", or what to do about the errors.
    static func outcome(_ result: IncrementalBuilder.Result, milliseconds: Int, first: Bool) -> Message {
        let report = result.report
        guard report.succeeded else {
            return Message(first ? .serveFirstBuildFailed : .serveRebuildFailed, ["count": .number(report.errors.count)])
        }
        let time: MessageValue = .number(milliseconds)
        guard first else { return Message(.serveRebuilt, ["count": .number(result.changed.count), "milliseconds": time]) }
        let others = report.pagesWritten - report.htmlPages
        guard others > 0 else { return Message(.serveBuilt, ["pages": .number(report.htmlPages), "milliseconds": time]) }
        return Message(.serveBuiltWithOthers, ["pages": .number(report.htmlPages), "others": .number(others), "milliseconds": time])
    }

    /// Stops watching and deletes the built site.
    public func stop() {
        watcher?.stop()
        reload.closeAll()
        queue.sync {}
        try? FileManager.default.removeItem(atPath: work)
    }

    let baseURL: String?

    /// The path part of base_url (or --base-url): pages are served under it.
    private func readBasePath() -> String? {
        guard let bytes = try? POSIXFiles.read(contentPath + "/site.yaml"), case .success(let text) = SourceText.decode(bytes),
            var config = SiteConfig.load(text: text, file: "site.yaml", diagnostics: Diagnostics())
        else { return nil }
        if let baseURL, !config.setBaseURL(baseURL) { return nil }
        return config.basePath
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return full.count > 1 && full.hasSuffix("/") ? String(full.dropLast()) : full
    }

    /// Where the preview is written: a memory file system (/dev/shm) with room for it, so that the
    /// first build writes to memory rather than the disk (16,000 files for 10,000 articles: on
    /// this machine's disk, seconds of the wait before the first page); else the temporary
    /// folder. A TMPDIR the user set wins.
    static func workRoot() -> String {
        if ProcessInfo.processInfo.environment["TMPDIR"] == nil, let memory = memoryFolder() { return memory }
        return FileManager.default.temporaryDirectory.path
    }

    /// /dev/shm when it is writable with at least 1 GiB free (a 10,000-article preview takes 320 MB).
    static func memoryFolder() -> String? {
        var info = statvfs()
        guard access("/dev/shm", W_OK | X_OK) == 0, statvfs("/dev/shm", &info) == 0 else { return nil }
        let free = UInt64(info.f_bavail) * UInt64(info.f_frsize)
        return free >= 1 << 30 ? "/dev/shm" : nil
    }

    /// Folders of serve sessions whose process is gone (killed before it could clean up).
    static func removeLeftovers() {
        let roots = Set([FileManager.default.temporaryDirectory.path, memoryFolder()].compactMap { $0 })
        for root in roots {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix("bulletin-serve-") {
                let pid = Int32(name.dropFirst("bulletin-serve-".count).prefix { $0.isNumber }) ?? 0
                if pid > 0 && pid != getpid() && kill(pid, 0) != 0 { try? FileManager.default.removeItem(atPath: root + "/" + name) }
            }
        }
    }
}
