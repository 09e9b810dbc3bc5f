/// `{{#chart}}` in scores/chart.mustache: a horizontal bar chart drawn as inline SVG.
///
/// Swift lays it out (every coordinate is computed here) and the template only writes the
/// elements, so the theme can restyle it with CSS classes without any script. Each bar has its
/// label on a line above it and its value as text after it, so the chart reads on a narrow
/// phone; bars start at 0, so their lengths compare honestly.
///
/// Keys: `id` (prefix of the ids of `<title>` and `<desc>`), `title`, `description`, `caption`,
/// `width`, `height`, `bars` [{label, value, label_y, bar_y, bar_width, bar_height, value_x,
/// value_y, highlight}], `has_average`, `average_x`, `average_label`, `average_label_x`,
/// `line_top`, `line_bottom`, `note`, `link` (inside an article: the index-year page).
final class ScoreChartView: ScoreView {
    init(
        id: String, title: String, description: String, caption: String?, note: String?, bars: [Bar], maximum: Double, average: Double?,
        format: ScoreFormat, link: String? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.caption = caption
        self.note = note
        self.bars = bars
        self.maximum = maximum
        self.average = average
        self.format = format
        self.link = link
    }

    struct Bar {
        let label: String
        let value: Double
        var highlight = false
    }

    static let width = 400.0
    /// Room kept right of the longest bar for its value.
    static let valueRoom = 64.0
    static let rowHeight = 36.0
    static let barHeight = 14.0
    static let top = 22.0

    let id: String
    let title: String
    let description: String
    let caption: String?
    let note: String?
    let bars: [Bar]
    let maximum: Double
    let average: Double?
    let format: ScoreFormat
    /// Inside an article: the page with the full table.
    var link: String? = nil

    var height: Double { Self.top + Double(bars.count) * Self.rowHeight + 6 }

    func x(_ value: Double) -> Double {
        let span = Self.width - Self.valueRoom
        return (max(0, min(value, maximum)) / maximum * span * 10).rounded() / 10
    }

    func value(_ key: String) -> (any TemplateValueConvertible)? {
        switch key {
        case "id": return id
        case "title": return title
        case "description": return description
        case "caption": return nonEmpty(caption) ?? noValue
        // On the index's own pages the note is shown once under the heading; a chart inside an
        // article carries it itself.
        case "note": return link == nil ? noValue : nonEmpty(note) ?? noValue
        case "link": return link ?? noValue
        case "width": return Self.number(Self.width)
        case "height": return Self.number(height)
        case "bars":
            return bars.enumerated().map { i, bar in
                let labelY = Self.top + Double(i) * Self.rowHeight + 12
                let barY = labelY + 5
                let width = x(bar.value)
                return ScoreValues([
                    "label": bar.label, "value": format.number(bar.value),
                    "label_y": Self.number(labelY), "bar_y": Self.number(barY),
                    "bar_width": Self.number(max(width, 1)), "bar_height": Self.number(Self.barHeight),
                    "value_x": Self.number(width + 4), "value_y": Self.number(barY + Self.barHeight - 2),
                    "highlight": bar.highlight,
                ])
            }
        case "has_average": return average != nil
        case "average_x": return average.map { Self.number(x($0)) } ?? noValue
        case "average_label": return average.map { "Bình quân " + format.number($0) } ?? noValue
        case "average_label_x": return average.map { Self.number(min(x($0), Self.width - Self.valueRoom - 60)) } ?? noValue
        case "line_top": return Self.number(Self.top - 4)
        case "line_bottom": return Self.number(height - 2)
        default: return scorePresence(key)
        }
    }

    /// SVG coordinates: '.' decimals, at most one digit.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

extension ScoreChartView {
    /// One group's totals in one year, best first.
    static func ranking(
        index: ScoreIndex, year: YearResult, group: GroupResult, units: [ScoreUnit], idPrefix: String = ""
    ) -> ScoreChartView {
        let format = ScoreFormat(index)
        let bars = group.entries.map { Bar(label: units[$0.unit].shortName, value: $0.total, highlight: $0.rank == 1) }
        let best = group.top.map { units[$0.unit].name }
        var description = "Biểu đồ thanh ngang \(group.entries.count) đơn vị, thang từ 0 đến \(format.number(index.maximum)). "
        description += "Bình quân \(format.withUnit(group.average))"
        if let first = group.entries.first {
            description += "; cao nhất \(ScoreText.list(best)) với \(format.withUnit(first.total))"
        }
        if let last = group.entries.last, group.entries.count > 1 {
            description += "; thấp nhất \(units[last.unit].name) với \(format.withUnit(last.total))"
        }
        description += "."
        return ScoreChartView(
            id: "\(idPrefix)bieu-do-\(index.id)-\(year.year)-\(group.group.id)",
            title: "\(index.shortName) \(year.year): \(group.group.name)", description: description,
            caption: "\(index.name) năm \(year.year), \(group.group.name.lowercasedFirst) (\(format.unit))",
            note: index.note, bars: bars, maximum: index.maximum, average: group.average, format: format)
    }

    /// A series across years (a unit's totals, or a group's averages).
    static func series(
        id: String, title: String, caption: String, points: [(year: Int, value: Double)], index: ScoreIndex
    ) -> ScoreChartView {
        let format = ScoreFormat(index)
        let values = points.map { "năm \($0.year): \(format.withUnit($0.value))" }
        return ScoreChartView(
            id: id, title: title,
            description: "Biểu đồ thanh ngang theo năm, thang từ 0 đến \(format.number(index.maximum)). "
                + values.joined(separator: "; ") + ".",
            caption: caption, note: index.note, bars: points.map { Bar(label: "Năm \($0.year)", value: $0.value) },
            maximum: index.maximum, average: nil, format: format)
    }
}

/// Small pieces of Vietnamese text shared by the score views.
enum ScoreText {
    /// "A", "A và B", "A, B và C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " và " + items.last!
    }
}

extension String {
    /// "Khối sở" → "khối sở", for a name inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
