/// `{{< score-table index="par-index" year="2022" group="so" >}}`, `{{< score-chart … >}}` and
/// `{{< score-summary index="sipas" year="2022" >}}`: score data inside an article. Without
/// `group`, every group of that year is shown. Each block links to the index-year page.
enum ScoreShortcodes {
    static let table = "score-table"
    static let chart = "score-chart"
    static let summary = "score-summary"
    static let names: Set<String> = [table, chart, summary]
    static let arguments = ["index", "year", "group"]
    static let scriptPath = "assets/sortable-table.js"

    static func definitions(results: @escaping () -> ScoreResults?) -> [ShortcodeDefinition] {
        [table, chart, summary].map { name in
            ShortcodeDefinition(
                name: name, arguments: arguments, required: ["index", "year"],
                check: { call in check(call, results: results()) },
                render: { call, article, context in
                    guard let results = results() else { return "" }
                    return render(call, article: article, context: context, results: results)
                })
        }
    }

    /// Problems with a call's values, as messages (the call's line is added by the validator).
    static func check(_ call: ShortcodeCall, results: ScoreResults?) -> [Message] {
        guard let results, !results.data.indices.isEmpty else {
            return [Message(.scoreShortcodeWithoutData, ["shortcode": .text(call.name)])]
        }
        let indexID = call.argument("index") ?? ""
        guard let (position, index) = results.index(indexID) else {
            let ids = results.data.indices.map(\.id)
            return [
                Message(
                    .scoreShortcodeUnknownIndex,
                    [
                        "index": .text(indexID), "hint": .scoreSuggestion(for: indexID, among: ids),
                        "indices": .text(ids.joined(separator: ", ")),
                    ])
            ]
        }
        let yearText = call.argument("year") ?? ""
        let years = results.years[position].map { String($0.year) }.joined(separator: ", ")
        guard let yearNumber = Int(yearText), let year = results.years[position].first(where: { $0.year == yearNumber }) else {
            let known: MessageValue = years.isEmpty ? .message(Message(.scoreNoYearsYet)) : .text(years)
            return [Message(.scoreShortcodeUnknownYear, ["index": .text(index.id), "year": .text(yearText), "years": known])]
        }
        if let groupID = call.argument("group") {
            let ids = index.groups.map(\.id)
            guard ids.contains(groupID) else {
                return [
                    Message(
                        .scoreShortcodeUnknownGroup,
                        [
                            "index": .text(index.id), "group": .text(groupID), "hint": .scoreSuggestion(for: groupID, among: ids),
                            "groups": .text(ids.joined(separator: ", ")),
                        ])
                ]
            }
            if year.group(groupID) == nil {
                return [
                    Message(
                        .scoreShortcodeEmptyGroup, ["index": .text(index.id), "group": .text(groupID), "year": .text(String(year.year))])
                ]
            }
        }
        return []
    }

    static func render(_ call: ShortcodeCall, article: Article, context r: RenderContext, results: ScoreResults) -> String {
        guard let (_, index) = results.index(call.argument("index") ?? ""),
            let year = results.year(index.id, Int(call.argument("year") ?? "") ?? 0)
        else { return "" }
        let group = call.argument("group")
        let groups = year.groups.filter { group == nil || $0.group.id == group }
        let units = results.data.units
        // Ids must be unique on the article page, which may embed one table twice.
        let prefix = "bai-\(call.location.line)-"
        switch call.name {
        case table:
            let script = isFirstTable(call, in: article) ? r.site.url(scriptPath) : nil
            return groups.enumerated().map { i, result in
                let view = ScoreTableView(index: index, year: year, group: result, units: units, site: r.site)
                view.idPrefix = prefix
                view.embedded = true
                view.scriptURL = i == 0 ? script : nil
                return r.templates.render("scores/table", ScoreValues(["table": view]))
            }.joined(separator: "\n")
        case chart:
            return groups.map { result in
                let view = ScoreChartView.ranking(index: index, year: year, group: result, units: units, idPrefix: prefix)
                view.link = r.site.url(ScoreRoutes.year(index.id, year.year)) + "#" + ScoreRoutes.groupAnchor(result.group.id)
                return r.templates.render("scores/chart", ScoreValues(["chart": view]))
            }.joined(separator: "\n")
        default:
            let view = ScoreSummaryView(index: index, year: year, only: group, units: units, site: r.site)
            view.embedded = true
            return r.templates.render("scores/summary", ScoreValues(["summary": view]))
        }
    }

    /// The sorting script is loaded once per article, by its first table.
    static func isFirstTable(_ call: ShortcodeCall, in article: Article) -> Bool {
        article.shortcodes.first { $0.name == table }?.location == call.location
    }
}
