import Foundation

/// Keeps an output folder up to date build after build, redoing only what changed (see
/// RebuildCache). The folder ends up byte for byte as a clean build of the same input would
/// write it. Used by `bulletin serve`; the folder must be one this builder alone writes.
public final class IncrementalBuilder {
    public let request: BuildRequest
    let makeFeatures: () -> [Feature]
    let cache: RebuildCache
    private var configKey: Int?
    private var featureKey: Int?

    /// What one build did.
    public struct Result {
        public let report: BuildReport
        /// Output paths written or deleted (site-relative: "tin-tuc/x/index.html").
        public let changed: [String]
        /// Files made because something they read changed or they are new (the others were kept).
        public let rendered: Int
        /// Files made again as on every rebuild, from values at hand (feeds, sitemap, redirects).
        public let remade: Int
        /// Whether validation and the site model were reused (a change that only touched the
        /// text of articles) rather than run in full.
        public let reusedModel: Bool
    }

    public init(request: BuildRequest, features: (@Sendable () -> [Feature])? = nil) {
        self.request = request
        let published = request.publishedPath
        self.makeFeatures = features ?? { Features.standard(publishedIn: published) }
        self.cache = RebuildCache(contentRoot: request.contentPath, outputRoot: OutputFolder.absolute(request.outputPath))
        cache.templatesRoot = request.templatesPath
    }

    /// Builds, reusing the previous builds' work. `changed`: paths a file watcher saw change
    /// (absolute, or relative to the current folder); files under the content folder not named
    /// there are not checked. nil checks every file. `now` decides what is in the future.
    public func build(changed: Set<String>? = nil, now: Date = Date(), progress: BuildProgress? = nil) -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        cache.startBuild()
        refreshKeys()
        let checked = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        cache.store.hints = changed.map { Set($0.map(contentRelative)) }
        cache.now = now
        var options = request.options
        options.now = now
        let run = BuildRequest(
            contentPath: request.contentPath, templatesPath: request.templatesPath, outputPath: request.outputPath,
            baseURL: request.baseURL, options: options)
        let builder = Builder(request: run, io: cache.listing.io, features: makeFeatures())
        builder.reuse = cache
        builder.progress = progress
        var report = builder.run()
        Self.letGo(builder)
        report.phases.insert(("changes", checked), at: 0)
        let wrote = report.succeeded
        return Result(
            report: report, changed: wrote ? cache.output.changed : [], rendered: wrote ? cache.output.rendered : 0,
            remade: wrote ? cache.output.remade : 0,
            reusedModel: cache.last.model)
    }

    /// Frees what the build made (tens of thousands of jobs, the render context and the lookup
    /// tables, a fifth of a small rebuild's time when freed in line) on another thread, once the
    /// changed pages are written: whoever waits for the rebuild does not wait for that.
    private static func letGo(_ builder: Builder) {
        DispatchQueue.global(qos: .utility).async { [builder] in withExtendedLifetime(builder) {} }
    }

    /// site.yaml and the options key every file read; the features' data files key validation.
    private func refreshKeys() {
        var config = Digest()
        config.add((try? POSIXFiles.read(request.contentPath + "/site.yaml")).map { String(decoding: $0, as: UTF8.self) })
        config.add(request.baseURL)
        config.add(request.options.includeDrafts)
        config.add(request.options.includeFuture)
        let newConfig = config.finish()
        if newConfig != configKey {
            if configKey != nil { cache.forgetContent() }
            configKey = newConfig
        }
        let newFeature = featureDataKey()
        if newFeature != featureKey {
            cache.forgetCrossFileResults()
            featureKey = newFeature
        }
        var global = Digest()
        global.add(newConfig)
        global.add(newFeature)
        cache.globalKey = global.finish()
        cache.memory.dataKey = cache.globalKey
    }

    /// Folders of the content the core does not read itself belong to features (scores/,
    /// documents/…); any change there may change any page, so it keys everything.
    static let coreFolders: Set<String> = ["articles", "pages", "media"]

    private func featureDataKey() -> Int {
        let io = cache.listing.io
        let tree = ContentTree(root: request.contentPath, displayRoot: request.contentPath, io: io)
        var digest = Digest()
        let entries = (try? io.list(request.contentPath)) ?? []
        for entry in entries where entry.kind != .file && !IncrementalBuilder.coreFolders.contains(entry.name) {
            if entry.name.hasPrefix(".") { continue }
            for path in tree.files(under: entry.name, diagnostics: Diagnostics()) {
                digest.add(path)
                digest.add(settled: FileStamp.of(tree.absolute(path)))
            }
        }
        for entry in entries where entry.kind == .file && entry.name != "site.yaml" && !entry.name.hasPrefix(".") {
            digest.add(entry.name)
            digest.add(FileStamp.of(tree.absolute(entry.name)).map { Int($0.modified) })
        }
        return digest.finish()
    }

    /// "/abs/content/articles/a.md" → "articles/a.md"; paths outside the content folder are kept
    /// as they are (they match no content file).
    private func contentRelative(_ path: String) -> String {
        let root = OutputFolder.lexicallyNormalised(OutputFolder.absolute(request.contentPath))
        let full = OutputFolder.lexicallyNormalised(OutputFolder.absolute(path))
        if full.hasPrefix(root + "/") { return String(full.dropFirst(root.count + 1)) }
        return path
    }
}
