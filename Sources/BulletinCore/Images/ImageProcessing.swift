import BulletinImages
import Foundation

/// Every image under media/ checked and, for photos, resized into copies with their metadata
/// gone (GPS, camera serial…), one core per photo, through the cache. Runs in the validate
/// phase: a damaged photo is found before anything is written.
struct ImageProcessing {
    let settings: ImageSettings
    let tree: ContentTree
    let cache: ImageCache
    let diagnostics: Diagnostics
    /// Where each file is used (Markdown lines, `image:` lines), for placing its problems.
    let uses: [String: [SourceLocation]]
    /// The build's progress line (photos done of all), when there is one.
    var progress: BuildProgress? = nil

    /// Extensions read as images, with the format each promises.
    static let extensions: [String: ImageFormat] = [
        "jpg": .jpeg, "jpeg": .jpeg, "png": .png, "webp": .webp, "gif": .gif, "svg": .svg,
    ]

    static func format(ofName path: String) -> ImageFormat? {
        extensions[(path as NSString).pathExtension.lowercased()]
    }

    /// What became of one image.
    private enum Outcome {
        case published(PublishedImage, reused: Bool, saved: Int64)
        case problem(Diagnostic.Severity, Message)
        case untouched
        /// The copies were made but the cache could not keep them (they were kept in `fallback`).
        case cacheUnwritable(String)
    }

    /// Where copies go when the cache folder cannot be written: made again at the next build.
    static let fallback = ImageCache(folder: NSTemporaryDirectory() + "bulletin-images-\(getuid())")

    /// Where the articles and pages use each file of the site: Markdown images and links, and
    /// `image:` lines.
    static func uses(in content: LoadedContent) -> [String: [SourceLocation]] {
        var uses: [String: [SourceLocation]] = [:]
        for article in content.articles {
            if case .asset(let path, _) = article.image { uses[path, default: []].append(article.location(of: "image")) }
            for asset in article.body.assets { uses[asset.path, default: []].append(asset.location) }
        }
        for page in content.pages {
            for asset in page.body.assets { uses[asset.path, default: []].append(asset.location) }
        }
        return uses
    }

    func run(media: [String]) -> ImageTable {
        let candidates = media.filter { Self.format(ofName: $0) != nil }
        var table = ImageTable()
        guard !candidates.isEmpty else { return table }
        var outcomes = [[Outcome]](repeating: [], count: candidates.count)
        let taken = Set(media)
        var cacheProblem: String? = nil
        progress?.begin("images", total: candidates.count)
        outcomes.withUnsafeMutableBufferPointer { slots in
            let out = slots
            DispatchQueue.concurrentPerform(iterations: candidates.count) { i in
                defer { progress?.advance() }
                do {
                    out[i] = try process(candidates[i], taken: taken)
                } catch {
                    // Neither the cache nor the fallback under the temporary folder could be
                    // written: the photo cannot be published without its metadata.
                    out[i] = [
                        .problem(.error, Message(.imageCacheUnwritable, ["folder": .text(cache.folder), "reason": .text("\(error)")]))
                    ]
                }
            }
        }
        for (path, found) in zip(candidates, outcomes) {
            for outcome in found {
                switch outcome {
                case .published(let image, let reused, let saved):
                    table.images[path] = image
                    if !image.files.isEmpty {
                        if reused { table.reused += 1 } else { table.made += 1 }
                    }
                    table.bytesSaved += saved
                case .problem(let severity, let message):
                    // A bad file no page uses is left out with a warning rather than stopping the build.
                    if severity == .error && uses[path] == nil {
                        table.withheld.insert(path)
                        report(Message(.imageWithheld, ["problem": .message(message)]), severity: .warning, about: path)
                    } else {
                        report(message, severity: severity, about: path)
                    }
                case .cacheUnwritable(let reason):
                    if cacheProblem == nil { cacheProblem = reason }
                case .untouched:
                    break
                }
            }
        }
        // Photos were decoded and freed: give their pages back to the system (a phase that only
        // looked at stamps has nothing to give, and trimming a large heap costs milliseconds).
        if table.made > 0 { FreeMemory.giveBack() }
        if let cacheProblem {
            diagnostics.warning(.imageCacheUnwritable, ["folder": .text(cache.folder), "reason": .text(cacheProblem)], at: nil)
        }
        return table
    }

    /// The header of an image, remembered by the file's stamp (see `StampMemo`): `serve` opens
    /// a photo again only when it changed (some 0.6 ms each otherwise, at every rebuild, for
    /// every image of the site).
    static func header(of path: String) -> Result<ImageHeader, ImageEngineError> {
        headers.value(of: path) { ImageEngine.header(of: path) }
    }

    private static let headers = StampMemo<Result<ImageHeader, ImageEngineError>>()

    /// A problem of a file: at every line that uses it, or at the file when nothing does.
    private func report(_ message: Message, severity: Diagnostic.Severity, about path: String) {
        let places = uses[path] ?? []
        for place in places.isEmpty ? [SourceLocation(file: tree.display(path))] : places {
            diagnostics.add(Diagnostic(severity, message, at: place))
        }
    }

    private func process(_ path: String, taken: Set<String>) throws -> [Outcome] {
        let absolute = tree.absolute(path)
        // Only regular files are opened (a named pipe would never answer); the writer reports
        // the others, as for any media file.
        var status = stat()
        guard stat(absolute, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return [.untouched] }
        let shown = MessageValue.text(tree.display(path))
        let named = Self.format(ofName: path)!
        let header: ImageHeader
        switch Self.header(of: absolute) {
        case .success(let read): header = read
        // An SVG need not say its size (browsers fit it to its box) and has no camera data.
        case .failure where named == .svg: return [.untouched]
        case .failure(let error):
            let detail = error.detail.isEmpty ? "" : " (\(error.detail))"
            return [.problem(.error, Message(.imageUnreadable, ["file": shown, "detail": .text(detail)]))]
        }
        if header.format != named && !(named == .jpeg && header.format == .jpeg) {
            let right = header.format == .jpeg ? "jpg" : header.format.rawValue
            return [
                .problem(
                    .error,
                    Message(
                        .imageExtensionWrong,
                        [
                            "file": shown, "extension": .text((path as NSString).pathExtension),
                            "format": .text(header.format.rawValue.uppercased()), "right": .text(right),
                        ]))
            ]
        }
        var outcomes: [Outcome] = []
        let megapixels = Double(header.pixels) / 1_000_000
        let size = Int64(FileStamp.of(absolute)?.size ?? 0)
        if header.format != .svg {
            if header.pixels > settings.maxMegapixels * 1_000_000 {
                return [
                    .problem(
                        .error,
                        Message(
                            .imageTooManyPixels,
                            [
                                "file": shown, "width": .number(header.width), "height": .number(header.height),
                                "megapixels": .decimal((megapixels * 10).rounded() / 10), "limit": .number(settings.maxMegapixels),
                            ]))
                ]
            }
            if header.pixels > settings.warnMegapixels * 1_000_000 || size > Int64(settings.warnMegabytes) * 1_048_576 {
                outcomes.append(
                    .problem(
                        .warning,
                        Message(
                            .imageLarge,
                            [
                                "file": shown, "megapixels": .decimal((megapixels * 10).rounded() / 10),
                                "megabytes": .decimal((Double(size) / 1_048_576 * 10).rounded() / 10),
                            ])))
            }
        }
        let plan = ImagePlan(path: path, header: header, settings: settings)
        guard !plan.isEmpty else {
            // Published as it is: SVG, GIF, and small images with nothing private in them.
            let image = PublishedImage(
                source: path, format: header.format, width: header.width, height: header.height, files: [], copies: [])
            return outcomes + [.published(image, reused: false, saved: 0)]
        }
        if let clash = plan.copies.first(where: { $0.path != path && taken.contains($0.path) }) {
            return outcomes + [.problem(.error, Message(.imageCopyNameTaken, ["file": shown, "copy": .text(clash.path)]))]
        }
        guard let hash = ImageCache.hash(ofFile: absolute) else {
            return outcomes + [.problem(.error, Message(.imageDamaged, ["file": shown, "detail": .text("")]))]
        }
        var entry = cache.entry(for: hash, settings: settings)
        let reused = cache.isComplete(entry)
        if !reused {
            switch ImageEngine.encode(absolute, variants: plan.variants) {
            case .failure(let error):
                return outcomes + [.problem(.error, Message(.imageDamaged, ["file": shown, "detail": .text(error.detail)]))]
            case .success(let encoded):
                let files = zip(plan.cacheNames, encoded).map { (name: $0, bytes: $1) }
                do {
                    try cache.store(files, as: entry)
                } catch {
                    outcomes.append(.cacheUnwritable("\(error)"))
                    entry = Self.fallback.entry(for: hash, settings: settings)
                    try Self.fallback.store(files, as: entry)
                }
            }
        }
        var files: [PublishedImage.File] = []
        for (name, output) in zip(plan.cacheNames, plan.outputs) { files.append(.init(output: output, from: entry + "/" + name)) }
        if settings.keepOriginals { files.append(.init(output: path, from: absolute)) }
        // Saved: what a page would have sent whole, less the copy it now sends at the widest.
        let widest = plan.copies.last.flatMap { FileStamp.of(entry + "/" + plan.cacheName(of: $0)) }
        let saved = widest.map { max(0, size - Int64($0.size)) } ?? 0
        let image = PublishedImage(
            source: path, format: header.format, width: plan.shownWidth, height: plan.shownHeight, files: files,
            copies: plan.copies)
        return outcomes + [.published(image, reused: reused, saved: saved)]
    }
}
