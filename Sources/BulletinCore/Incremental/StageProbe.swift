import Foundation

/// Temporary: warm timings of each stage, to design incremental rebuilds.
public enum StageProbe {
    static func time(_ name: String, _ runs: Int = 5, _ body: () -> Void) {
        var best = Double.infinity
        var bestCPU = Double.infinity
        for _ in 0..<runs {
            let cpu0 = cpuNow()
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            bestCPU = min(bestCPU, cpuNow() - cpu0)
        }
        print(name.padding(toLength: 24, withPad: " ", startingAt: 0), String(format: "%8.2f ms wall %8.2f ms cpu", best, bestCPU))
    }

    static func cpuNow() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3
    }

    public static func run(content: String, templates: String) {
        let diagnostics = Diagnostics()
        let tree = ContentTree(root: content, displayRoot: content, io: .posix)
        let loaded = ContentLoader(tree: tree, diagnostics: diagnostics).load()!
        let templateSet = TemplateSet.load(from: templates, displayRoot: templates, io: .posix, diagnostics: diagnostics)!
        let options = BuildOptions()
        time("list articles") { _ = tree.files(under: "articles", diagnostics: Diagnostics()) }
        let files = tree.files(under: "articles", diagnostics: Diagnostics())
        time("stat articles") {
            var info = stat()
            var total = 0
            for f in files { if stat(tree.absolute(f), &info) == 0 { total += Int(info.st_size) } }
        }
        var validated: ValidatedContent? = nil
        time("validate") { validated = Validator(diagnostics: Diagnostics(), options: options).validate(loaded) }
        time("slug titles") { for a in loaded.articles { _ = Slug.make(a.title) } }
        time("sort sources") { _ = loaded.articles.sorted { $0.date > $1.date } }
        var site: Site? = nil
        time("model") { site = SiteBuilder(diagnostics: Diagnostics(), options: options).build(validated!) }
        var articles = site!.articles
        time("related") { RelatedArticles.assign(to: &articles, categories: site!.categories, tags: site!.tags) }
        var context: RenderContext? = nil
        time("render context", 3) { context = RenderContext(site: site!, templates: templateSet, shortcodes: [:]) }
        time("jobs") { _ = CorePages.jobs(context!) }
        let jobs = CorePages.jobs(context!)
        time("render 200 article pages", 3) { for j in jobs[1..<201] { _ = j.make() } }
        time("render last 200 pages", 3) { for j in jobs.suffix(200) { _ = j.make() } }
    }
}
