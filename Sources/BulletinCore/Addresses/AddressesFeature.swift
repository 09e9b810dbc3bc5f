/// Addresses that don't move. Each build writes the addresses it published
/// (`bulletin-addresses.txt`) and compares them with those of the site already published:
/// an article or page whose address changed (a corrected title makes a new slug) keeps a page at
/// the old address that sends readers on, from then on; an address that went away is reported.
/// Every old address, automatic or from `aliases:`, is also listed in `bulletin-redirects.txt`
/// for web-server rules.
final class AddressesFeature: Feature {
    let name = "addresses"
    /// The folder of the site already published, or nil not to compare.
    private let publishedFolder: String?
    /// Whether this build replaces that folder (`build`, not `serve`): then whatever it holds
    /// that Bulletin did not write is reported before it goes.
    private let replacesPublished: Bool
    private let io: FileIO
    /// Filled by `validate`, read by `closingJobs`.
    private var manifest = AddressManifest()
    private var moves: [Move] = []
    /// `serve`'s memory: the last build's comparison, reused while the addresses and the
    /// published manifest are the same (an edit of an article's text moves nothing).
    private var memory: FeatureMemory?
    /// A digest of what this build's comparison was made from, when it is kept (`serve`); nil
    /// when the files are made in every build.
    private var comparisonKey: Int?

    struct Move: Equatable {
        let from: String
        let to: String
        let title: String
    }

    init(publishedIn folder: String?, replacing: Bool = false, io: FileIO = .posix) {
        publishedFolder = folder
        replacesPublished = replacing
        self.io = io
    }

    func load(_ content: LoadedContent, memory: FeatureMemory?, diagnostics: Diagnostics) {
        self.memory = memory
    }

    func validate(_ site: Site, diagnostics: Diagnostics) {
        // Builds that replace the published folder also look at what else it holds: not kept.
        guard let memory, !replacesPublished else {
            return compare(site, previous: readPrevious(diagnostics: diagnostics).manifest, diagnostics: diagnostics)
        }
        let inputs = memory[Self.inputsName] as? Inputs ?? Inputs()
        let articles = Self.articleDigests(site, memory: memory, last: inputs)
        (inputs.articles, inputs.modelCount) = (articles, memory.modelCount)
        memory[Self.inputsName] = inputs
        let stamp = publishedStamp()
        let key = inputKey(site, articles: articles, published: stamp)
        comparisonKey = key
        (manifest, moves) = memory.remember(name, key: key, diagnostics: diagnostics) { found in
            // The published manifest is read again only when its file changed (10,000 lines take
            // some 10 ms to read), not in every rebuild that moves an address.
            if inputs.published?.stamp != stamp {
                let read = readPrevious(diagnostics: found)
                inputs.published = read.readable ? (stamp, read.manifest) : nil
            }
            compare(site, previous: inputs.published?.manifest, diagnostics: found)
            return (manifest, moves)
        }
    }

    /// A digest of each article's address, title and aliases, by id (0: not published). Those of
    /// the last build stand when this build's model was made from its model, but for the
    /// articles made again: hashing every title again cost a one-article rebuild 6 ms.
    private static func articleDigests(_ site: Site, memory: FeatureMemory, last: Inputs) -> [Int] {
        let digest = { (article: Article) -> Int in
            guard !article.draft && !article.scheduled else { return 0 }
            var digest = Digest()
            add(article.relativePath, article.route, article.title, article.aliases, to: &digest)
            return digest.finish()
        }
        if let rebuilt = memory.rebuiltArticles, last.modelCount == memory.modelCount - 1,
            last.articles.count == site.articles.count
        {
            var digests = last.articles
            for id in rebuilt { digests[id] = digest(site.articles[id]) }
            return digests
        }
        return site.articles.parallelMap(chunkSize: 256, digest)
    }

    private static func add(_ path: String, _ route: String, _ title: String, _ aliases: [String], to digest: inout Digest) {
        digest.add(path)
        digest.add(route)
        digest.add(title)
        digest.add(aliases.count)
        for alias in aliases { digest.add(alias) }
    }

    /// What the comparison and both files are made from: every published address, title and
    /// alias (`articles`: the articles' digests), the published manifest's stamp, and the base path.
    private func inputKey(_ site: Site, articles: [Int], published: Int?) -> Int {
        var digest = Digest()
        digest.add(articles)
        for page in site.pages { Self.add(page.relativePath, page.route, page.title, page.aliases, to: &digest) }
        digest.add(site.config.basePath)
        digest.add(contentDisplay(site))
        digest.add(published)
        return digest.finish()
    }

    /// The stamp of the published site's manifest, as a digest (nil: no published folder).
    private func publishedStamp() -> Int? {
        guard let publishedFolder else { return nil }
        var stamp = Digest()
        stamp.add(settled: FileStamp.of(publishedFolder + "/" + AddressManifest.fileName))
        return stamp.finish()
    }

    /// What the comparison is made from that `serve` keeps besides the comparison itself.
    private final class Inputs {
        /// The articles' digests and the model they were worked out from (see `articleDigests`).
        var articles: [Int] = []
        var modelCount = -1
        /// The published manifest as read, with its stamp (nil: not read, or it could not be).
        var published: (stamp: Int?, manifest: AddressManifest?)?
    }

    private static let inputsName = "addresses: inputs"

    /// Compares the published articles and pages with `previous`, the published site's manifest.
    private func compare(_ site: Site, previous: AddressManifest?, diagnostics: Diagnostics) {
        let owners = Self.published(site)
        var taken = Set<String>(minimumCapacity: owners.count)
        for (_, owner) in owners {
            taken.insert(owner.route)
            taken.formUnion(owner.aliases)
        }
        var manifest = AddressManifest()
        manifest.addresses.reserveCapacity(owners.count)
        var moves: [Move] = []
        for (file, owner) in owners {
            var moved: [String] = []
            if let before = previous?.addresses[file] {
                if before.address != owner.route {
                    diagnostics.warning(
                        .addressMoved,
                        [
                            "old": .text(site.url(before.address)), "new": .text(site.url(owner.route)),
                            "slug": .text(Self.lastPart(of: before.address)),
                        ],
                        at: SourceLocation(file: owner.display, line: 1))
                }
                for old in before.moved + [before.address] where !taken.contains(old) && !moved.contains(old) {
                    moved.append(old)
                    taken.insert(old)
                }
            }
            moves += moved.map { Move(from: $0, to: owner.route, title: owner.title) }
            manifest.addresses[file] = AddressManifest.Entry(address: owner.route, moved: moved)
        }
        for (file, before) in previous?.addresses ?? [:] where manifest.addresses[file] == nil && !taken.contains(before.address) {
            diagnostics.warning(
                .addressGone, ["address": .text(site.url(before.address))],
                at: SourceLocation(file: contentDisplay(site) + "/" + file))
        }
        self.manifest = manifest
        self.moves = moves.sorted { $0.from < $1.from }
        if replacesPublished, let previous { reportForeignFiles(site, previous: previous, diagnostics: diagnostics) }
    }

    /// Files an admin put straight into the output folder (`.htaccess`, a verification file) are
    /// lost when the new site replaces it: said here, with where to keep them instead. Only
    /// when the last build recorded what it wrote, so that nothing of Bulletin's own is named.
    private func reportForeignFiles(_ site: Site, previous: AddressManifest, diagnostics: Diagnostics) {
        guard let publishedFolder, let written = previous.top, let entries = try? io.list(publishedFolder) else { return }
        var known = Set(written)
        known.insert(OutputFolder.marker)
        known.insert(PublishedManifest.fileName)
        for file in site.staticFiles { known.insert(Self.topName(of: String(file.dropFirst("static/".count)))) }
        for entry in entries.map(\.name).sorted() where !known.contains(entry) {
            diagnostics.warning(
                .foreignOutputFile, ["name": .text(entry)], at: SourceLocation(file: publishedFolder + "/" + entry))
        }
    }

    /// "tin-tuc/x/index.html" → "tin-tuc".
    static func topName(of path: String) -> String {
        guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[..<slash])
    }

    func closingJobs(_ context: RenderContext, others: [OutputJob]) -> [OutputJob] {
        // A page the site makes itself at an old address wins over the redirect.
        let written = self.moves.isEmpty ? [] : Set(others.map(\.path))
        let moves = self.moves.filter { !written.contains(Routes.outputPath($0.from)) }
        var jobs = moves.map { move in
            OutputJob(path: Routes.outputPath(move.from), reuse: .never, role: .unlisted) {
                CorePages.redirect(title: move.title, route: move.to, context)
            }
        }
        let top = Self.topNames(of: others, site: context.site)
        var complete = self.manifest
        complete.top = top
        // Kept by a rebuild while the comparison, the names at the top and the redirects are the
        // same: then the files' text is not even made.
        var reuse = JobReuse.never
        if let comparisonKey {
            var key = Digest()
            key.add(comparisonKey)
            key.add(top.count)
            for name in top { key.add(name) }
            for move in moves { key.add(move.from) }
            reuse = .whenDigestUnchanged { [key] in key.finish() }
        }
        jobs.append(OutputJob(path: AddressManifest.fileName, reuse: reuse, role: .unlisted) { complete.text() })
        jobs.append(OutputJob(path: Self.rulesFile, reuse: reuse, role: .unlisted) { Self.redirectRules(context.site, moves: moves) })
        return jobs
    }

    /// The names at the top of the output folder, sorted: of the pages, the media, the static
    /// files, and the feature's own. Pages come grouped by folder: each run of one name is inserted once.
    static func topNames(of jobs: [OutputJob], site: Site) -> [String] {
        var top = Set(["assets", AddressManifest.fileName, Self.rulesFile])
        var last: [UInt8] = []
        // By index: a for-in loop would copy each job (its path and closures).
        for i in jobs.indices {
            let path = jobs[i].path
            // Compared as bytes: a String for each of the site's paths cost a rebuild 4 ms.
            ByteSearch.withBytes(path) { bytes in
                let end = bytes.firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
                let name = UnsafeBufferPointer(rebasing: bytes[..<end])
                guard !name.elementsEqual(last) else { return }
                last = Array(name)
                top.insert(String(decoding: name, as: UTF8.self))
            }
        }
        for file in site.media { top.insert(topName(of: file)) }
        for file in site.staticFiles { top.insert(topName(of: String(file.dropFirst("static/".count)))) }
        return top.sorted()
    }

    static let rulesFile = "bulletin-redirects.txt"

    /// `/old/ /new/ 301`, one a line: the form of Netlify's and Cloudflare's `_redirects`, and one
    /// that docs/hosting.md turns into nginx or Apache rules.
    static func redirectRules(_ site: Site, moves: [Move]) -> String {
        var pairs = moves.map { ($0.from, $0.to) }
        for article in site.articles where !article.draft && !article.scheduled {
            pairs += article.aliases.map { ($0, article.route) }
        }
        for page in site.pages { pairs += page.aliases.map { ($0, page.route) } }
        let base = site.config.basePath
        return pairs.sorted { $0.0 < $1.0 }.map { "\(base)\($0.0) \(base)\($0.1) 301\n" }.joined()
    }

    /// The published articles and pages by source file, in the site's order (articles newest
    /// first, then pages): an old address two files once had goes to the first, in every build.
    private static func published(_ site: Site) -> [(file: String, owner: Owner)] {
        var owners: [(file: String, owner: Owner)] = []
        owners.reserveCapacity(site.articles.count + site.pages.count)
        for article in site.articles where !article.draft && !article.scheduled {
            owners.append(
                (article.relativePath, Owner(route: article.route, title: article.title, display: article.file, aliases: article.aliases)))
        }
        for page in site.pages {
            owners.append((page.relativePath, Owner(route: page.route, title: page.title, display: page.file, aliases: page.aliases)))
        }
        return owners
    }

    private struct Owner {
        let route: String
        let title: String
        let display: String
        let aliases: [String]
    }

    /// The published site's manifest: nil when there is none; nil and a warning, `readable`
    /// false, when it cannot be read.
    private func readPrevious(diagnostics: Diagnostics) -> (manifest: AddressManifest?, readable: Bool) {
        guard let publishedFolder else { return (nil, true) }
        do {
            return (try AddressManifest.read(publishedIn: publishedFolder, io: io), true)
        } catch {
            diagnostics.warning(
                .addressManifestUnreadable, ["file": .text(publishedFolder + "/" + AddressManifest.fileName)],
                at: SourceLocation(file: publishedFolder + "/" + AddressManifest.fileName))
            return (nil, false)
        }
    }

    /// "tin-tuc/ten-cu/" → "ten-cu": the slug that gave an article its old address.
    static func lastPart(of route: String) -> String {
        String(route.split(separator: "/").last ?? "")
    }

    /// The content folder as messages name it ("content"), from site.yaml's place.
    private func contentDisplay(_ site: Site) -> String {
        let file = site.config.file
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return String(file[..<slash])
    }
}
