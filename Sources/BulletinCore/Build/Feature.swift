/// A shortcode an article can use on a line of its own: `{{< name key="value" >}}`.
public struct ShortcodeDefinition: @unchecked Sendable {
    public let name: String
    /// Every argument it accepts.
    public let arguments: [String]
    /// Arguments that must be given.
    public let required: [String]
    /// Further checks on a call (an index or year that does not exist), as messages.
    public let check: (ShortcodeCall) -> [Message]
    /// The HTML that replaces the call in `article`.
    public let render: (ShortcodeCall, Article, RenderContext) -> String

    public init(
        name: String, arguments: [String], required: [String], check: @escaping (ShortcodeCall) -> [Message],
        render: @escaping (ShortcodeCall, Article, RenderContext) -> String
    ) {
        self.name = name
        self.arguments = arguments
        self.required = required
        self.check = check
        self.render = render
    }
}

/// A part of the site beyond the core pages (score data, documents, feeds, search). Each stage
/// of the pipeline calls every feature at the matching point, so a feature adds its input,
/// checks and pages without the core knowing about it.
public protocol Feature: AnyObject {
    var name: String { get }
    /// Templates the feature renders with; missing ones are errors before anything is written.
    var requiredTemplates: [String] { get }
    /// The keys its views offer templates, so that the theme check knows them (TemplateKeys).
    var templateKeys: Set<String> { get }
    /// Load stage: reads the feature's own files from the content folder.
    func load(_ content: LoadedContent, diagnostics: Diagnostics)
    /// `load` in `bulletin serve`, which offers what the feature kept from the last build; by
    /// default the memory is not used.
    func load(_ content: LoadedContent, memory: FeatureMemory?, diagnostics: Diagnostics)
    /// Shortcodes the feature provides (called after `load`).
    var shortcodes: [ShortcodeDefinition] { get }
    /// Validate stage, once the site model exists: cross-checks that need the whole site.
    func validate(_ site: Site, diagnostics: Diagnostics)
    /// Render stage, before the render context is made: work that needs only the site. Done
    /// first, so that the memory it uses on the way is free again before the context's cards take
    /// theirs, rather than both at once at the build's peak.
    func prepare(_ site: Site, memory: FeatureMemory?)
    /// Render stage: values every template can read as `{{site.KEY}}` (the home page's sidebar
    /// of index averages, say). Called once per build, before any page is rendered.
    func siteValues(for site: Site) -> [String: TemplateValue]
    /// Render stage: the files the feature writes.
    func jobs(_ context: RenderContext) -> [OutputJob]
    /// Render stage, after every feature's `jobs`: files that list the others (the sitemap
    /// lists every page written). `others` holds every job so far, the closing files of
    /// the features before this one included.
    func closingJobs(_ context: RenderContext, others: [OutputJob]) -> [OutputJob]
    /// Render stage: HTML for the <head> of every page (feed links, sharing tags), which the
    /// layout prints with {{{page.head_extra}}}. Called once per build, before any page is
    /// rendered; the function it returns is called for each page, from any thread.
    func headMarkup(for site: Site) -> ((HeadViewInput) -> String)?
}

extension Feature {
    public var requiredTemplates: [String] { [] }
    public var templateKeys: Set<String> { [] }
    public func load(_ content: LoadedContent, diagnostics: Diagnostics) {}
    public func load(_ content: LoadedContent, memory: FeatureMemory?, diagnostics: Diagnostics) {
        load(content, diagnostics: diagnostics)
    }
    public var shortcodes: [ShortcodeDefinition] { [] }
    public func validate(_ site: Site, diagnostics: Diagnostics) {}
    public func prepare(_ site: Site, memory: FeatureMemory?) {}
    public func siteValues(for site: Site) -> [String: TemplateValue] { [:] }
    public func jobs(_ context: RenderContext) -> [OutputJob] { [] }
    public func closingJobs(_ context: RenderContext, others: [OutputJob]) -> [OutputJob] { [] }
    public func headMarkup(for site: Site) -> ((HeadViewInput) -> String)? { nil }
}

/// The features of a standard build, in the order their pages are listed.
public enum Features {
    /// `publishedIn`: the folder of the site already published, whose addresses the build keeps
    /// (see AddressesFeature); nil compares with nothing. `replacing`: the build replaces it.
    public static func standard(publishedIn folder: String? = nil, replacing: Bool = false) -> [Feature] {
        [
            ScoresFeature(), DocumentsFeature(), FeedsFeature(), SearchFeature(),
            AddressesFeature(publishedIn: folder, replacing: replacing),
        ]
    }
}
