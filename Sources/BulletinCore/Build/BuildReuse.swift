/// What an incremental rebuild keeps from the previous build (see Incremental/). `Builder` asks
/// it at each stage; without one, a build is a clean build. Each stage's work comes as a closure
/// (with the Diagnostics to report into), so an implementation either runs it or answers with a
/// result it knows to be identical — including the diagnostics that result came with.
protocol BuildReuse: AnyObject {
    /// Per-file load results (ContentLoader asks it for every Markdown file).
    var sources: SourceCache? { get }
    /// What features keep between builds.
    var memory: FeatureMemory { get }
    func load(_ fresh: (Diagnostics) -> LoadedContent?, diagnostics: Diagnostics) -> LoadedContent?
    func templates(_ load: (Diagnostics) -> TemplateSet?, diagnostics: Diagnostics) -> TemplateSet?
    func validate(_ loaded: LoadedContent, diagnostics: Diagnostics, fresh: (Diagnostics) -> ValidatedContent) -> ValidatedContent
    func model(_ validated: ValidatedContent, diagnostics: Diagnostics, fresh: (Diagnostics) -> Site) -> Site
    /// Articles and related lists of the previous model, offered to SiteBuilder when `model` runs it.
    var modelReuse: ModelReuse? { get }
    /// The lookup of this build's site, made from the last build's where it can be.
    func lookup(for site: Site) -> SiteLookup
    /// The output paths of `jobs`, patched from the last build's.
    func writtenPaths(_ jobs: [OutputJob]) -> WrittenPaths
    /// Every article's cards, reusing those whose reads did not change.
    func cards(site: Site, templates: TemplateSet, siteView: SiteView, lookup: SiteLookup) -> CardCache
    /// Renders and writes in place what changed; nil when writing failed (reported in `diagnostics`).
    func write(
        jobs: [OutputJob], copies: [(from: String, to: String)], context: RenderContext, progress: BuildProgress?,
        diagnostics: Diagnostics
    ) -> (pages: Int, copies: Int)?
}
