/// Checks one `<index>/<year>.csv` against units.csv and the index's settings, and turns it into
/// rows. Every problem is reported at its line; a row with a problem is left out, the rest go on.
struct ScoreYearReader {
    let index: ScoreSettings
    let components: [ScoreComponent]
    let units: [ScoreUnit]
    let unitPositions: [String: Int]
    let diagnostics: Diagnostics

    /// Where each needed value sits in a row.
    private struct Columns {
        var unit: Int
        var name: Int?
        var total: Int?
        /// Column of each component (aligned with `components`), nil when the file has none.
        var parts: [Int?]
    }

    func read(_ table: CSVTable, year: Int) -> [ScoreRow] {
        guard let columns = columns(of: table) else { return [] }
        var rows: [ScoreRow] = []
        var seen: [Int: Int] = [:]  // unit → line of its first row
        for (line, fields) in table.rows {
            let at = SourceLocation(file: table.file, line: line)
            if fields.count > table.header.count {
                diagnostics.error(
                    "this row has \(fields.count) values but the first line names \(table.header.count) columns; remove the extra values or quote a value that contains the separator",
                    at: at)
                continue
            }
            func cell(_ column: Int?) -> String {
                guard let column, column < fields.count else { return "" }
                return fields[column]
            }
            guard let unit = unit(cell(columns.unit), at: at) else { continue }
            if let first = seen[unit] {
                diagnostics.error(
                    "'\(units[unit].id)' already has a row on line \(first); keep one row per unit", at: at)
                continue
            }
            seen[unit] = line
            guard belongs(unit, name: cell(columns.name), at: at) else { continue }
            if let row = values(of: unit, cells: columns, cell: cell, at: at) { rows.append(row) }
        }
        warnAboutMissingUnits(seen: seen, file: table.file, year: year)
        return rows
    }

    /// Maps header names to columns; unknown names are errors.
    private func columns(of table: CSVTable) -> Columns? {
        let at = SourceLocation(file: table.file, line: 1)
        var result = Columns(unit: -1, parts: Array(repeating: nil, count: components.count))
        var ok = true
        let known = ["unit", "name", "total"] + components.map(\.id)
        var seen = Set<String>()
        for (column, raw) in table.header.enumerated() {
            let name = raw.lowercased()
            if !seen.insert(name).inserted {
                diagnostics.error("the column '\(raw)' appears twice on the first line; keep one", at: at)
                ok = false
                continue
            }
            switch name {
            case "unit": result.unit = column
            case "name": result.name = column
            case "total": result.total = column
            default:
                if let part = components.firstIndex(where: { $0.id.lowercased() == name }) {
                    result.parts[part] = column
                } else {
                    let hint = TextTools.suggestion(for: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                    let allowed =
                        components.isEmpty
                        ? "unit, name and total (this index has no components)"
                        : "unit, name, total and the components " + components.map(\.id).joined(separator: ", ")
                    diagnostics.error("unknown column '\(raw)'\(hint); the columns can be \(allowed)", at: at)
                    ok = false
                }
            }
        }
        if result.unit < 0 {
            diagnostics.error("the first line has no 'unit' column: name the column of unit ids  unit", at: at)
            ok = false
        }
        let missing = components.indices.filter { result.parts[$0] == nil }.map { components[$0].id }
        if result.total == nil && (components.isEmpty || !missing.isEmpty) {
            let what =
                components.isEmpty
                ? "a 'total' column"
                : "a 'total' column, or every component (missing: \(missing.joined(separator: ", ")))"
            diagnostics.error("the file needs \(what) to give each unit's score", at: at)
            ok = false
        }
        return ok ? result : nil
    }

    /// The unit a row is about, from its id in units.csv.
    private func unit(_ id: String, at: SourceLocation) -> Int? {
        guard !id.isEmpty else {
            diagnostics.error("this row has no unit id; write the unit's id from units.csv in the 'unit' column", at: at)
            return nil
        }
        guard let position = unitPositions[id] else {
            let hint = TextTools.suggestion(for: id, among: units.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            diagnostics.error("unknown unit '\(id)'\(hint): every unit must be listed in scores/units.csv", at: at)
            return nil
        }
        return position
    }

    /// Whether the row's name (if the file has a name column) matches units.csv, and the unit's
    /// group is one this index ranks.
    private func belongs(_ position: Int, name: String, at: SourceLocation) -> Bool {
        let unit = units[position]
        if !name.isEmpty && name != unit.name && name != unit.shortName {
            diagnostics.error(
                "the name \"\(name)\" does not match units.csv, where '\(unit.id)' is \"\(unit.name)\"; correct the name or the id",
                at: at)
            return false
        }
        guard index.groups.contains(where: { $0.id == unit.group }) else {
            let known = index.groups.map(\.id).joined(separator: ", ")
            diagnostics.error(
                "'\(unit.id)' is in the group '\(unit.group)' (units.csv), which this index's index.yaml does not list under groups (\(known))",
                at: at)
            return false
        }
        return true
    }

    /// Reads and checks the total and component values of a row.
    private func values(of unit: Int, cells columns: Columns, cell: (Int?) -> String, at: SourceLocation) -> ScoreRow? {
        var ok = true
        var parts: [Double?] = []
        for (i, component) in components.enumerated() {
            let text = cell(columns.parts[i])
            if text.isEmpty {
                parts.append(nil)
                continue
            }
            let value = number(text, column: component.id, maximum: component.maximum, at: at)
            if value == nil { ok = false }
            parts.append(value)
        }
        let totalText = cell(columns.total)
        let given: Double? = totalText.isEmpty ? nil : number(totalText, column: "total", maximum: index.maximum, at: at)
        if !totalText.isEmpty && given == nil { ok = false }
        guard ok else { return nil }
        let complete = !components.isEmpty && parts.allSatisfy { $0 != nil }
        let sum = complete ? parts.reduce(0) { $0 + ($1 ?? 0) } : nil
        if let given, let sum, abs(given - sum) > 0.01 + 1e-9 {
            diagnostics.error(
                "the total \(ScoreFormat.plain(given)) and the sum of the components \(ScoreFormat.plain(sum)) differ by more than 0,01; correct one of them",
                at: at)
            return nil
        }
        guard let total = given ?? sum else {
            let missing = components.indices.filter { parts[$0] == nil }.map { components[$0].id }
            let what = missing.isEmpty ? "a total" : "a total, or values for \(missing.joined(separator: ", "))"
            diagnostics.error("this row has no score: write \(what)", at: at)
            return nil
        }
        if given == nil, ScoreMath.hundredths(total) > ScoreMath.hundredths(index.maximum) {
            diagnostics.error(
                "the components add up to \(ScoreFormat.plain(total)), above the index's maximum \(ScoreFormat.plain(index.maximum)); check the values",
                at: at)
            return nil
        }
        return ScoreRow(unit: unit, total: total, parts: parts, line: at.line)
    }

    private func number(_ text: String, column: String, maximum: Double, at: SourceLocation) -> Double? {
        guard let value = ScoreNumber.parse(text) else {
            diagnostics.error(
                "'\(text)' in column '\(column)' is not a number; write a value such as 95.83 or 95,83", at: at)
            return nil
        }
        if value < 0 || ScoreMath.hundredths(value) > ScoreMath.hundredths(maximum) {
            diagnostics.error(
                "\(ScoreFormat.plain(value)) in column '\(column)' is outside 0–\(ScoreFormat.plain(maximum)), the range of \(column == "total" ? "the index" : "this component")",
                at: at)
            return nil
        }
        return value
    }

    /// A unit of the index's groups without a row is left out of that year's ranking: a warning.
    private func warnAboutMissingUnits(seen: [Int: Int], file: String, year: Int) {
        let groups = Set(index.groups.map(\.id))
        let missing = units.indices.filter { seen[$0] == nil && groups.contains(units[$0].group) }
        guard !missing.isEmpty else { return }
        let names = missing.map { units[$0].id }.joined(separator: ", ")
        diagnostics.warning(
            "\(missing.count) unit\(missing.count == 1 ? "" : "s") of units.csv \(missing.count == 1 ? "has" : "have") no row in this file and \(missing.count == 1 ? "is" : "are") left out of \(year)'s ranking: \(names)",
            at: SourceLocation(file: file, line: 1))
    }
}
