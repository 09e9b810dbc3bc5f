/// The score pages: the overview, one page per index, per index and year, per unit, and the
/// CSV of every table. Each job renders from the results computed once at load.
struct ScorePages {
    let results: ScoreResults
    let embeds: ScoreEmbeds
    let r: RenderContext

    var data: ScoreData { results.data }
    var site: Site { r.site }

    /// Score data is a site-wide input of incremental rebuilds (a data file that changes makes
    /// every page again), so what a page reads besides are the articles it lists, which are
    /// registered by name in each build.
    func jobs() -> [OutputJob] {
        var jobs = [OutputJob(path: Routes.outputPath(ScoreRoutes.overview), reuse: .whenReadsUnchanged) { overview() }]
        for (position, index) in data.indices.enumerated() {
            r.lookup.register(embeds.articles(index: index.id), as: Self.listName(index.id))
            jobs.append(OutputJob(path: Routes.outputPath(ScoreRoutes.index(index.id)), reuse: .whenReadsUnchanged) { indexPage(position) })
            for year in results.years[position] {
                r.lookup.register(embeds.articles(index: index.id, year: year.year), as: Self.listName(index.id, year.year))
                jobs.append(
                    OutputJob(path: Routes.outputPath(ScoreRoutes.year(index.id, year.year)), reuse: .whenReadsUnchanged) {
                        yearPage(index, year)
                    })
                for group in year.groups {
                    jobs.append(
                        OutputJob(path: ScoreRoutes.csv(index.id, year.year, group: group.group.id), reuse: .whenReadsUnchanged) {
                            ScoreDownload.csv(year: year, group: group, units: data.units)
                        })
                }
            }
        }
        for (position, unit) in data.units.enumerated() {
            jobs.append(OutputJob(path: Routes.outputPath(ScoreRoutes.unit(unit.id)), reuse: .whenReadsUnchanged) { unitPage(position) })
        }
        return jobs
    }

    /// The articles that show an index's scores (or one year's).
    static func listName(_ index: String, _ year: Int? = nil) -> String {
        "scores:" + index + (year.map { ":\($0)" } ?? "")
    }

    private var overviewCrumb: (String, String?) { ("Chỉ số", site.url(ScoreRoutes.overview)) }

    func overview() -> String {
        let indices: [ScoreValues] = data.indices.enumerated().map { position, index in
            let latest = results.latest(position)
            return ScoreValues([
                "name": index.name, "short_name": index.shortName, "url": site.url(ScoreRoutes.index(index.id)),
                "anchor": "tong-quan-" + Slug.make(index.id),
                "note": nonEmpty(index.note), "year": latest.map { String($0.year) },
                "year_url": latest.map { site.url(ScoreRoutes.year(index.id, $0.year)) },
                "groups": latest.map { year in
                    year.groups.map { GroupSummaryView(index: index, year: year, result: $0, units: data.units, site: site) }
                },
                "years": Array(yearLinks(index, current: nil).reversed()),
            ])
        }
        let title = "Chỉ số cải cách hành chính và sự hài lòng"
        return r.document(
            template: "scores/overview",
            values: ["scores": ScoreValues(["title": title, "indices": indices, "unit_groups": unitGroups()])],
            head: HeadViewInput(
                title: title, route: ScoreRoutes.overview, kind: "scores",
                description:
                    "Kết quả các chỉ số \(data.indices.map(\.shortName).joined(separator: ", ")) của các cơ quan, đơn vị qua các năm."),
            breadcrumbs: [("Chỉ số", nil)])
    }

    func indexPage(_ position: Int) -> String {
        let index = data.indices[position]
        let years = results.years[position]
        let format = ScoreFormat(index)
        let rows: [ScoreValues] = years.reversed().map { year in
            ScoreValues([
                "year": String(year.year), "url": site.url(ScoreRoutes.year(index.id, year.year)),
                "groups": year.groups.map { GroupSummaryView(index: index, year: year, result: $0, units: data.units, site: site) },
            ])
        }
        let charts: [ScoreChartView] = index.groups.compactMap { group in
            let points = years.compactMap { year in year.group(group.id).map { (year: year.year, value: $0.average) } }
            guard !points.isEmpty else { return nil }
            return ScoreChartView.series(
                id: "bieu-do-\(index.id)-\(group.id)", title: "\(index.shortName): bình quân \(group.name.lowercasedFirst) qua các năm",
                caption: "Bình quân \(group.name.lowercasedFirst) qua các năm (\(format.unit))", points: points,
                index: index)
        }
        let values = ScoreValues([
            "name": index.name, "short_name": index.shortName, "note": nonEmpty(index.note),
            "years": rows, "charts": charts.map { ScoreValues(["chart": $0]) },
            "components": componentViews(index.components, format: format),
            "articles": r.cardViews(r.articles(.named(Self.listName(index.id)))),
            "latest_url": years.last.map { site.url(ScoreRoutes.year(index.id, $0.year)) },
        ])
        return r.document(
            template: "scores/index", values: ["score": values],
            head: HeadViewInput(
                title: index.name, route: ScoreRoutes.index(index.id), kind: "scores",
                description: "\(index.name) (\(index.shortName)) của các cơ quan, đơn vị qua các năm."),
            breadcrumbs: [overviewCrumb, (index.shortName, nil)])
    }

    func yearPage(_ index: ScoreIndex, _ year: YearResult) -> String {
        let format = ScoreFormat(index)
        let summary = ScoreSummaryView(index: index, year: year, units: data.units, site: site)
        let groups: [ScoreValues] = year.groups.map { group in
            ScoreValues([
                "name": group.group.name, "anchor": ScoreRoutes.groupAnchor(group.group.id),
                "table": ScoreTableView(index: index, year: year, group: group, units: data.units, site: site),
                "chart": ScoreChartView.ranking(index: index, year: year, group: group, units: data.units),
                "summary": GroupSummaryView(index: index, year: year, result: group, units: data.units, site: site),
            ])
        }
        let title = "\(index.name) năm \(year.year)"
        let values = ScoreValues([
            "name": index.name, "short_name": index.shortName, "year": String(year.year), "note": nonEmpty(index.note),
            "index_url": site.url(ScoreRoutes.index(index.id)), "summary": summary, "groups": groups,
            "years": yearLinks(index, current: year.year),
            "components": componentViews(year.components, format: format),
            "articles": r.cardViews(r.articles(.named(Self.listName(index.id, year.year)))),
            "script_url": site.url(ScoreShortcodes.scriptPath),
        ])
        return r.document(
            template: "scores/year", values: ["score": values],
            head: HeadViewInput(
                title: title, route: ScoreRoutes.year(index.id, year.year), kind: "scores",
                description: summary.groups.first?.sentence),
            breadcrumbs: [overviewCrumb, (index.shortName, site.url(ScoreRoutes.index(index.id))), ("Năm \(year.year)", nil)])
    }

    func unitPage(_ position: Int) -> String {
        let unit = data.units[position]
        let indices: [ScoreValues] = data.indices.enumerated().compactMap { i, index -> ScoreValues? in
            let years = results.history[position][i]
            guard !years.isEmpty else { return nil }
            let format = ScoreFormat(index)
            let rows: [ScoreValues] = years.reversed().map { point in
                let previous = point.previousYear
                return ScoreValues([
                    "year": String(point.year), "url": site.url(ScoreRoutes.year(index.id, point.year)),
                    "total": format.cell(point.entry.total), "rank": String(point.entry.rank), "of": String(point.groupSize),
                    "change": previous == nil ? nil : ScoreChangeView(delta: point.entry.change, format: format, previousYear: previous),
                    "band": point.entry.band?.name,
                ])
            }
            let chart = ScoreChartView.series(
                id: "bieu-do-\(index.id)-\(unit.id)", title: "\(index.shortName) của \(unit.name) qua các năm",
                caption: "\(index.name) của \(unit.name) qua các năm (\(format.unit))",
                points: years.map { ($0.year, $0.entry.total) }, index: index)
            return ScoreValues([
                "name": index.name, "short_name": index.shortName, "url": site.url(ScoreRoutes.index(index.id)),
                "anchor": "chi-so-" + Slug.make(index.id),
                "note": nonEmpty(index.note), "rows": rows, "chart": chart, "has_bands": !index.bands.isEmpty,
                "total_label": format.totalLabel,
            ])
        }
        let values = ScoreValues([
            "name": unit.name, "short_name": unit.shortName, "group": groupName(unit.group), "indices": indices,
        ])
        return r.document(
            template: "scores/unit", values: ["unit": values],
            head: HeadViewInput(
                title: "\(unit.name): kết quả các chỉ số", route: ScoreRoutes.unit(unit.id), kind: "scores",
                description: "Kết quả \(data.indices.map(\.shortName).joined(separator: ", ")) của \(unit.name) qua các năm."),
            breadcrumbs: [overviewCrumb, (unit.name, nil)])
    }

    /// Every year of an index as {year, url, current}, oldest first.
    private func yearLinks(_ index: ScoreIndex, current: Int?) -> [ScoreValues] {
        index.years.map { year in
            ScoreValues([
                "year": String(year.year), "url": site.url(ScoreRoutes.year(index.id, year.year)), "current": year.year == current,
            ])
        }
    }

    private func componentViews(_ components: [ScoreComponent], format: ScoreFormat) -> [ScoreValues] {
        components.enumerated().map { i, component in
            ScoreValues(["number": String(i + 1), "id": component.id, "name": component.name, "max": format.number(component.maximum)])
        }
    }

    /// A group's display name from the first index that names it.
    private func groupName(_ id: String) -> String {
        data.indices.lazy.compactMap { $0.group(id)?.name }.first ?? id
    }

    /// The units by group (in the order groups first appear in units.csv), each sorted by name.
    private func unitGroups() -> [ScoreValues] {
        var order: [String] = []
        var members: [String: [ScoreUnit]] = [:]
        for unit in data.units {
            if members[unit.group] == nil { order.append(unit.group) }
            members[unit.group, default: []].append(unit)
        }
        return order.map { group in
            let units = VietnameseCollation.sorted(members[group] ?? [], by: \.name)
            return ScoreValues([
                "name": groupName(group),
                "units": units.map { ScoreValues(["name": $0.name, "url": site.url(ScoreRoutes.unit($0.id))]) },
            ])
        }
    }
}

/// The normalised data of one table, as readers download it.
enum ScoreDownload {
    static func csv(year: YearResult, group: GroupResult, units: [ScoreUnit]) -> String {
        let header = ["rank", "unit", "name", "total"] + year.components.map(\.id) + ["change", "band"]
        let rows = group.entries.map { entry in
            [String(entry.rank), units[entry.unit].id, units[entry.unit].name, ScoreFormat.plain(entry.total)]
                + entry.parts.map { $0.map(ScoreFormat.plain) ?? "" }
                + [entry.change.map(ScoreFormat.plain) ?? "", entry.band?.name ?? ""]
        }
        return CSVWriter.document(header: header, rows: rows)
    }
}

/// Which articles embed which index and year, from their shortcodes (read once per build).
struct ScoreEmbeds {
    private var byYear: [String: [Int: [Int]]] = [:]
    private var byIndex: [String: [Int]] = [:]

    init(articles: [Article], shortcodes: Set<String>) {
        // Articles come newest first, so each list is already in display order.
        for article in articles {
            var seen = Set<String>()
            for call in article.shortcodes where shortcodes.contains(call.name) {
                guard let index = call.argument("index"), let year = call.argument("year").flatMap({ Int($0) }) else { continue }
                if seen.insert(index).inserted { byIndex[index, default: []].append(article.id) }
                if seen.insert("\(index)/\(year)").inserted { byYear[index, default: [:]][year, default: []].append(article.id) }
            }
        }
    }

    func articles(index: String) -> [Int] { byIndex[index] ?? [] }
    func articles(index: String, year: Int) -> [Int] { byYear[index]?[year] ?? [] }
}
