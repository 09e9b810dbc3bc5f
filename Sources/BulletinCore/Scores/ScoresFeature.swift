/// Score data (PAR Index, SIPAS): reads content/scores/, checks it, and adds the pages under
/// chi-so/, the score shortcodes and `site.score_summary` for the home page.
public final class ScoresFeature: Feature, @unchecked Sendable {
    public let name = "score data"
    /// Set by `load`; read-only afterwards, so render threads share it safely.
    private(set) var results: ScoreResults?

    public init() {}

    static let templates = [
        "scores/overview", "scores/index", "scores/year", "scores/unit", "scores/table", "scores/chart", "scores/summary",
    ]

    /// Only a site with score data needs the score templates.
    public var requiredTemplates: [String] { results == nil ? [] : Self.templates }

    public func load(_ content: LoadedContent, diagnostics: Diagnostics) {
        results = ScoreFiles(tree: content.tree, diagnostics: diagnostics).load().map(ScoreResults.init)
    }

    /// In `bulletin serve`, score files are read again only when a data file may have changed
    /// (parsing them is most of a one-article rebuild's load otherwise).
    public func load(_ content: LoadedContent, memory: FeatureMemory?, diagnostics: Diagnostics) {
        guard let memory else { return load(content, diagnostics: diagnostics) }
        results = memory.remember(name, key: memory.dataKey, diagnostics: diagnostics) { found in
            load(content, diagnostics: found)
            return results
        }
    }

    public var shortcodes: [ShortcodeDefinition] {
        // A strong reference: the feature does not keep its definitions, so there is no cycle,
        // and a weak one would give the feature a side table that outlives nothing.
        ScoreShortcodes.definitions { self.results }
    }

    /// `site.score_summary`: each index's latest year, group by group (see GroupSummaryView),
    /// and `site.scores_url`, the overview.
    public func siteValues(for site: Site) -> [String: TemplateValue] {
        guard let results, !results.data.indices.isEmpty else { return [:] }
        var summaries: [ScoreSummaryView] = []
        for (position, index) in results.data.indices.enumerated() {
            guard let latest = results.latest(position) else { continue }
            summaries.append(ScoreSummaryView(index: index, year: latest, units: results.data.units, site: site))
        }
        return ["score_summary": .nodes(summaries), "scores_url": .text(site.url(ScoreRoutes.overview))]
    }

    public func jobs(_ context: RenderContext) -> [OutputJob] {
        guard let results, !results.data.isEmpty else { return [] }
        let embeds = ScoreEmbeds(articles: context.site.articles, shortcodes: ScoreShortcodes.names)
        return ScorePages(results: results, embeds: embeds, r: context).jobs()
    }
}
