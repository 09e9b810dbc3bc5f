import BulletinCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `bulletin bench-incremental`: how long a rebuild takes after a one-article edit, as in
/// `bulletin serve` (the watcher names the changed file). Edits real files of the content folder
/// and puts them back afterwards; meant for a generated corpus.
struct IncrementalBenchmark {
    let contentPath: String
    let templatesPath: String
    let outputPath: String
    let runs: Int
    /// Also compare the result with a clean build, byte for byte.
    let verify: Bool
    /// Edit kinds to run ("body", "scan", "title", "new"); empty runs them all.
    var only: Set<String> = []
    let print: (String) -> Void

    init(
        contentPath: String, templatesPath: String, outputPath: String, runs: Int = 15, verify: Bool = true,
        print: @escaping (String) -> Void = { Swift.print($0) }
    ) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.runs = runs
        self.verify = verify
        self.print = print
    }

    struct Sample {
        let wall: Double
        let cpu: Double
        let result: IncrementalBuilder.Result
    }

    /// Runs every kind of edit `runs` times; returns false when a rebuild failed or differed.
    func run() -> Bool {
        let now = Date()
        let request = BuildRequest(
            contentPath: contentPath, templatesPath: templatesPath, outputPath: outputPath, options: BuildOptions(now: now))
        let builder = IncrementalBuilder(request: request)
        let first = measure { builder.build(now: now) }
        guard first.result.report.succeeded else {
            for line in first.result.report.errors.prefix(20) { print(line.formatted) }
            return false
        }
        let pages = first.result.report.pagesByKind.values.reduce(0, +)
        print("first build: \(pages) pages in \(format(first.wall)) s (cpu \(format(first.cpu)) s)")
        _ = builder.build(now: now)  // settles what the first build left "recent"

        let files = ContentTree(root: contentPath, displayRoot: contentPath, io: .posix)
            .files(under: "articles", diagnostics: Diagnostics()).filter(ContentTree.isMarkdown)
        guard files.count > runs * 3 else {
            print("the corpus needs more than \(runs * 3) articles")
            return false
        }
        var originals: [String: [UInt8]] = [:]
        var added: [String] = []
        defer {
            for (path, bytes) in originals { try? bytes.withUnsafeBytes { try AtomicFile.write($0, to: contentPath + "/" + path) } }
            for path in added { unlink(contentPath + "/" + path) }
        }
        var ok = true
        let step = files.count / (runs * 3)
        func edit(_ kind: String, hinted: Bool = true, _ pick: (Int) -> (path: String, text: String)?) {
            guard only.isEmpty || only.contains(String(kind.prefix { $0 != " " })) else { return }
            var samples: [Sample] = []
            for i in 0..<runs {
                guard let (path, text) = pick(i) else { continue }
                let full = contentPath + "/" + path
                if originals[path] == nil, let bytes = try? POSIXFiles.read(full) { originals[path] = bytes }
                try? AtomicFile.write(text, to: full)
                let sample = measure { builder.build(changed: hinted ? [full] : nil, now: now) }
                if !sample.result.report.succeeded {
                    ok = false
                    print("\(kind): the rebuild failed: \(sample.result.report.errors.first?.formatted ?? "")")
                }
                samples.append(sample)
            }
            report(kind, samples)
        }
        edit("body edit") { i in
            let path = files[i * step]
            guard let text = read(path) else { return nil }
            return (path, text + "\nMột câu được thêm vào cuối bài (lần \(i)).\n")
        }
        edit("scan body edit (no watcher: every file's stamp checked)", hinted: false) { i in
            let path = files[i * step + 1]
            guard let text = read(path) else { return nil }
            return (path, text + "\nMột câu khác (lần \(i)).\n")
        }
        edit("title edit") { i in
            let path = files[i * step + step / 2]
            guard let text = read(path) else { return nil }
            return (path, replacingFirst("title: \"", with: "title: \"Sửa \(i): ", in: text))
        }
        edit("new article") { i in
            let path = "articles/2099/01/bai-do-benchmark-them-\(i).md"
            added.append(path)
            try? FileManager.default.createDirectory(atPath: contentPath + "/articles/2099/01", withIntermediateDirectories: true)
            let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
            let date = LocalDate(now.addingTimeInterval(-3600), in: zone).iso8601
            return (path, "---\ntitle: \"Bài thêm \(i)\"\ndate: \(date)\ncategory: Tin tức\ntags: [Mới]\n---\n\nNội dung bài \(i).\n")
        }
        if verify { ok = compareWithCleanBuild(request) && ok }
        return ok
    }

    private func read(_ path: String) -> String? {
        (try? POSIXFiles.read(contentPath + "/" + path)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func replacingFirst(_ target: String, with replacement: String, in text: String) -> String {
        guard let range = text.range(of: target) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }

    private func report(_ kind: String, _ samples: [Sample]) {
        guard !samples.isEmpty else { return }
        let walls = samples.map(\.wall).sorted(), cpus = samples.map(\.cpu).sorted()
        let median = walls[walls.count / 2], cpu = cpus[cpus.count / 2]
        let rendered = samples.map(\.result.rendered).sorted()[samples.count / 2]
        let reused = samples.filter(\.result.reusedModel).count
        print(
            "\(kind): median \(ms(median)) ms wall (cpu \(ms(cpu)) ms), min \(ms(walls.first!)), max \(ms(walls.last!)) ms; "
                + "\(rendered) pages rendered; model reused \(reused)/\(samples.count)")
        let middle = samples.first { $0.wall == median } ?? samples[0]
        let phases = middle.result.report.phases.map { "\($0.name) \(ms($0.seconds))" }.joined(separator: ", ")
        print("  phases (ms) of the median run: \(phases)")
    }

    private func compareWithCleanBuild(_ request: BuildRequest) -> Bool {
        let clean = outputPath + ".clean"
        var cleanRequest = request
        cleanRequest.outputPath = clean
        let report = Builder(request: cleanRequest).run()
        defer { OutputFolder.removeTree(clean) }
        guard report.succeeded else {
            print("clean build failed")
            return false
        }
        let differences = OutputFolder.differences(outputPath, clean)
        print(
            differences.isEmpty
                ? "verified: the output equals a clean build byte for byte" : "DIFFERENT from a clean build: \(differences.prefix(5))")
        return differences.isEmpty
    }

    private func measure(_ body: () -> IncrementalBuilder.Result) -> Sample {
        let cpu0 = cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Sample(wall: wall, cpu: cpuSeconds() - cpu0, result: result)
    }

    private func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    private func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
    private func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
