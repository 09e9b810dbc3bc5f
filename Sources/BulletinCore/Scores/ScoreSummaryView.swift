/// `{{#summary}}` in scores/summary.mustache and each item of `site.score_summary`: an index's
/// results in one year, group by group.
///
/// Keys: `name`, `short_name`, `year`, `previous_year`, `url` (the index-year page), `index_url`,
/// `embedded`, `groups` (GroupSummaryView), `sentence` (all groups in one paragraph).
final class ScoreSummaryView: ScoreView {
    let index: ScoreIndex
    let year: YearResult
    let groups: [GroupSummaryView]
    let site: Site
    var embedded = false

    init(index: ScoreIndex, year: YearResult, only group: String? = nil, units: [ScoreUnit], site: Site) {
        self.index = index
        self.year = year
        self.site = site
        self.groups = year.groups.filter { group == nil || $0.group.id == group }.map { result in
            GroupSummaryView(index: index, year: year, result: result, units: units, site: site)
        }
    }

    func value(_ key: String) -> (any TemplateValueConvertible)? {
        switch key {
        case "name": return index.name
        case "short_name": return index.shortName
        case "year": return String(year.year)
        case "previous_year": return year.previousYear.map(String.init) ?? noValue
        case "url": return site.url(ScoreRoutes.year(index.id, year.year))
        case "index_url": return site.url(ScoreRoutes.index(index.id))
        case "groups": return groups
        case "sentence": return groups.map(\.sentence).joined(separator: " ")
        case "embedded": return embedded
        default: return scorePresence(key)
        }
    }
}

/// One group's results: `name`, `average` ("91,19"), `average_text` ("91,19/100 điểm" or
/// "95,83%"), `max` ("100"), `unit` ("điểm"/"%"), `change` ("giảm 1,76 điểm", nil in the first
/// year), `direction` ("up"/"down"/"same"), `previous_year`, `top_unit` (names, "A và B" on a tie),
/// `top_value` ("96,79"), `top_text` ("96,79 điểm"), `count` (units ranked), `above_average`,
/// `bands` [{name, count}], `url` (the group's table on the index-year page), `sentence`.
final class GroupSummaryView: ScoreView {
    let index: ScoreIndex
    let year: YearResult
    let result: GroupResult
    let topNames: [String]
    let sentence: String
    let site: Site

    init(index: ScoreIndex, year: YearResult, result: GroupResult, units: [ScoreUnit], site: Site) {
        self.index = index
        self.year = year
        self.result = result
        self.site = site
        self.topNames = result.top.map { units[$0.unit].name }
        self.sentence = Self.sentence(index: index, year: year, result: result, topNames: topNames)
    }

    var format: ScoreFormat { ScoreFormat(index) }

    func value(_ key: String) -> (any TemplateValueConvertible)? {
        switch key {
        case "name": return result.group.name
        case "average": return format.number(result.average)
        case "average_text": return ScoreFormat(index).averageText(result.average)
        case "max": return format.number(index.maximum)
        case "unit": return index.unit
        case "change": return result.averageChange.map(format.change) ?? noValue
        case "direction": return result.averageChange.map(ScoreFormat.direction) ?? "same"
        case "previous_year": return year.previousYear.map(String.init) ?? noValue
        case "top_unit": return ScoreText.list(topNames)
        case "top_value": return result.entries.first.map { format.number($0.total) } ?? noValue
        case "top_text": return result.entries.first.map { format.withUnit($0.total) } ?? noValue
        case "count": return String(result.entries.count)
        case "above_average": return String(result.aboveAverage)
        case "bands":
            return result.bandCounts.map { ScoreValues(["name": $0.band.name, "count": String($0.count)]) }
        case "url":
            return site.url(ScoreRoutes.year(index.id, year.year)) + "#" + ScoreRoutes.groupAnchor(result.group.id)
        case "sentence": return sentence
        default: return scorePresence(key)
        }
    }

    /// "Khối sở, ban, ngành: bình quân 91,19/100 điểm, giảm 1,76 điểm so với năm 2021; 11/20 đơn vị
    /// trên mức bình quân; dẫn đầu là Sở Giao thông Vận tải với 96,79 điểm."
    static func sentence(index: ScoreIndex, year: YearResult, result: GroupResult, topNames: [String]) -> String {
        let format = ScoreFormat(index)
        let count = result.entries.count
        var text = "\(result.group.name): bình quân \(ScoreFormat(index).averageText(result.average))"
        if let change = result.averageChange, let previous = year.previousYear {
            text += ", \(format.change(change)) so với năm \(previous)"
        }
        text += "; \(result.aboveAverage)/\(count) đơn vị trên mức bình quân"
        if let best = result.bandCounts.first {
            text += "; \(best.count)/\(count) đơn vị đạt mức “\(best.band.name)”"
        }
        if let first = result.entries.first {
            let together = topNames.count > 1 ? " cùng đạt " : " với "
            text += "; dẫn đầu là \(ScoreText.list(topNames))\(together)\(format.withUnit(first.total))"
        }
        return text + "."
    }
}
