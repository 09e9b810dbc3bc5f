/// `{{#table}}` in scores/table.mustache: one group's ranking for one year.
///
/// Keys: `id` (HTML id of the table), `caption`, `index_name`, `short_name`, `group`, `year`,
/// `total_label` ("Tổng điểm" / "Tỷ lệ hài lòng (%)"), `components` [{number, name, max}],
/// `has_components`, `has_changes`, `has_bands`, `previous_year`, `rows` (see ScoreRowView),
/// `average` ("91,19"), `average_text` ("91,19/100 điểm"), `change` ("giảm 1,76 điểm"),
/// `direction` ("up"/"down"/"same"), `csv_url`, `csv_name`, `year_url`, `note`, `embedded` (inside an
/// article: show the link to the full page), `script_url` (set on the first sortable table of an
/// article, which loads the sorting script).
final class ScoreTableView: ScoreView {
    let index: ScoreIndex
    let year: YearResult
    let group: GroupResult
    let units: [ScoreUnit]
    let site: Site
    var idPrefix = ""
    var embedded = false
    var scriptURL: String? = nil
    let rows: [ScoreRowView]
    let componentViews: [ScoreValues]

    init(index: ScoreIndex, year: YearResult, group: GroupResult, units: [ScoreUnit], site: Site) {
        self.index = index
        self.year = year
        self.group = group
        self.units = units
        self.site = site
        let format = ScoreFormat(index)
        let levels = index.bands.count
        self.rows = group.entries.map { entry in
            ScoreRowView(
                entry: entry, unit: units[entry.unit], format: format, url: site.url(ScoreRoutes.unit(units[entry.unit].id)),
                bandLevel: entry.band.flatMap { band in index.bands.firstIndex(of: band).map { levels - $0 } } ?? 0,
                hasBands: levels > 0, hasChanges: year.previousYear != nil, previousYear: year.previousYear)
        }
        self.componentViews = year.components.enumerated().map { i, component in
            ScoreValues(["number": String(i + 1), "name": component.name, "max": format.number(component.maximum)])
        }
    }

    var format: ScoreFormat { ScoreFormat(index) }

    func value(_ key: String) -> (any TemplateValueConvertible)? {
        switch key {
        case "id": return "\(idPrefix)bang-\(index.id)-\(year.year)-\(group.group.id)"
        case "caption": return "\(index.name) năm \(year.year): \(group.group.name)"
        case "index_name": return index.name
        case "short_name": return index.shortName
        case "group": return group.group.name
        case "year": return String(year.year)
        case "total_label": return format.totalLabel
        case "components": return componentViews
        case "has_components": return !componentViews.isEmpty
        case "has_changes": return year.previousYear != nil
        case "has_bands": return !index.bands.isEmpty
        case "previous_year": return year.previousYear.map(String.init) ?? noValue
        case "rows": return rows
        case "average": return format.number(group.average)
        case "average_text": return format.averageText(group.average)
        case "change": return group.averageChange.map(format.change) ?? noValue
        case "direction": return group.averageChange.map(ScoreFormat.direction) ?? "same"
        case "csv_url": return site.url(ScoreRoutes.csv(index.id, year.year, group: group.group.id))
        case "csv_name": return "\(index.id)-\(year.year)-\(group.group.id).csv"
        case "year_url": return site.url(ScoreRoutes.year(index.id, year.year)) + "#" + ScoreRoutes.groupAnchor(group.group.id)
        case "note": return nonEmpty(index.note) ?? noValue
        case "embedded": return embedded
        case "script_url": return scriptURL ?? noValue
        default: return scorePresence(key)
        }
    }
}

/// One row of a ranking table: `rank`, `unit` (name), `short_name`, `unit_url`, `total` ("96,79"),
/// `total_value` ("96.79", for sorting), `parts` [{value, sort}], `change` (ScoreChangeView, or
/// nil for a unit without a previous year), `band`, `band_level` (higher is better, for sorting),
/// `top` (ranked first).
final class ScoreRowView: ScoreView {
    init(
        entry: RankedEntry, unit: ScoreUnit, format: ScoreFormat, url: String, bandLevel: Int, hasBands: Bool, hasChanges: Bool,
        previousYear: Int?
    ) {
        self.entry = entry
        self.unit = unit
        self.format = format
        self.url = url
        self.bandLevel = bandLevel
        self.hasBands = hasBands
        self.hasChanges = hasChanges
        self.previousYear = previousYear
    }

    let entry: RankedEntry
    let unit: ScoreUnit
    let format: ScoreFormat
    let url: String
    let bandLevel: Int
    let hasBands: Bool
    let hasChanges: Bool
    let previousYear: Int?

    func value(_ key: String) -> (any TemplateValueConvertible)? {
        switch key {
        case "rank": return String(entry.rank)
        case "unit": return unit.name
        case "short_name": return unit.shortName
        case "unit_url": return url
        case "total": return format.cell(entry.total)
        case "total_value": return ScoreFormat.plain(entry.total)
        case "parts":
            return entry.parts.map { part in
                ScoreValues(["value": part.map(format.cell) ?? "–", "sort": part.map(ScoreFormat.plain) ?? ""])
            }
        case "change":
            guard hasChanges else { return noValue }
            return ScoreChangeView(delta: entry.change, format: format, previousYear: previousYear)
        case "band": return entry.band?.name ?? noValue
        case "band_level": return String(bandLevel)
        case "has_bands": return hasBands
        case "top": return entry.rank == 1
        default: return scorePresence(key)
        }
    }
}

/// A change from the previous year, shown as an arrow and a number with the words for screen
/// readers: `symbol` ("▲", "▼", "="), `amount` ("1,25"), `words` ("tăng 1,25 điểm"),
/// `direction` ("up", "down", "same", "none" when there is nothing to compare), `value` ("1.25",
/// for sorting), `known` (false when the unit had no score the previous year).
final class ScoreChangeView: ScoreView {
    init(delta: Double?, format: ScoreFormat, previousYear: Int?) {
        self.delta = delta
        self.format = format
        self.previousYear = previousYear
    }

    let delta: Double?
    let format: ScoreFormat
    let previousYear: Int?

    func value(_ key: String) -> (any TemplateValueConvertible)? {
        guard let delta else {
            switch key {
            case "symbol": return "–"
            case "amount": return ""
            case "words": return "không có số liệu năm \(previousYear.map(String.init) ?? "trước")"
            case "direction": return "none"
            case "value": return ""
            case "known": return false
            default: return nil
            }
        }
        let direction = ScoreFormat.direction(delta)
        switch key {
        case "symbol": return direction == "up" ? "▲" : direction == "down" ? "▼" : "="
        case "amount": return format.cell(abs(delta))
        case "words": return format.change(delta)
        case "direction": return direction
        case "value": return ScoreFormat.plain(delta)
        case "known": return true
        default: return nil
        }
    }
}
