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
                    .scoreRowTooLong, ["count": .number(fields.count), "columns": .number(table.header.count)], at: at)
                continue
            }
            func cell(_ column: Int?) -> String {
                guard let column, column < fields.count else { return "" }
                return fields[column]
            }
            guard let unit = unit(cell(columns.unit), at: at) else { continue }
            if let first = seen[unit] {
                diagnostics.error(.scoreUnitRowTwice, ["id": .text(units[unit].id), "line": .number(first)], at: at)
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
                diagnostics.error(.scoreColumnTwice, ["name": .text(raw)], at: at)
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
                    let values: [String: MessageValue] = [
                        "name": .text(raw), "hint": .scoreSuggestion(for: name, among: known),
                        "components": .text(components.map(\.id).joined(separator: ", ")),
                    ]
                    diagnostics.error(components.isEmpty ? .scoreUnknownColumn : .scoreUnknownColumnOrComponent, values, at: at)
                    ok = false
                }
            }
        }
        if result.unit < 0 {
            diagnostics.error(.scoreNoUnitColumn, at: at)
            ok = false
        }
        let missing = components.indices.filter { result.parts[$0] == nil }.map { components[$0].id }
        if result.total == nil && (components.isEmpty || !missing.isEmpty) {
            diagnostics.error(
                components.isEmpty ? .scoreNeedsTotal : .scoreNeedsTotalOrComponents,
                ["missing": .text(missing.joined(separator: ", "))], at: at)
            ok = false
        }
        return ok ? result : nil
    }

    /// The unit a row is about, from its id in units.csv.
    private func unit(_ id: String, at: SourceLocation) -> Int? {
        guard !id.isEmpty else {
            diagnostics.error(.scoreRowWithoutUnit, at: at)
            return nil
        }
        guard let position = unitPositions[id] else {
            diagnostics.error(
                .scoreUnknownUnit, ["id": .text(id), "hint": .scoreSuggestion(for: id, among: units.map(\.id))], at: at)
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
                .scoreNameMismatch, ["name": .text(name), "id": .text(unit.id), "expected": .text(unit.name)], at: at)
            return false
        }
        guard index.groups.contains(where: { $0.id == unit.group }) else {
            let known = index.groups.map(\.id).joined(separator: ", ")
            diagnostics.error(
                .scoreGroupNotInIndex, ["id": .text(unit.id), "group": .text(unit.group), "groups": .text(known)], at: at)
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
            diagnostics.error(.scoreTotalMismatch, ["total": .decimal(given), "sum": .decimal(sum)], at: at)
            return nil
        }
        guard let total = given ?? sum else {
            let missing = components.indices.filter { parts[$0] == nil }.map { components[$0].id }
            diagnostics.error(
                missing.isEmpty ? .scoreRowWithoutTotal : .scoreRowWithoutTotalOrParts,
                ["missing": .text(missing.joined(separator: ", "))], at: at)
            return nil
        }
        if given == nil, ScoreMath.hundredths(total) > ScoreMath.hundredths(index.maximum) {
            diagnostics.error(.scoreComponentsAboveMax, ["total": .decimal(total), "max": .decimal(index.maximum)], at: at)
            return nil
        }
        return ScoreRow(unit: unit, total: total, parts: parts, line: at.line)
    }

    private func number(_ text: String, column: String, maximum: Double, at: SourceLocation) -> Double? {
        guard let value = ScoreNumber.parse(text) else {
            diagnostics.error(.scoreValueNotANumber, ["text": .text(text), "column": .text(column)], at: at)
            return nil
        }
        if value < 0 || ScoreMath.hundredths(value) > ScoreMath.hundredths(maximum) {
            diagnostics.error(
                column == "total" ? .scoreTotalOutOfRange : .scoreComponentOutOfRange,
                ["value": .decimal(value), "column": .text(column), "max": .decimal(maximum)], at: at)
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
            .scoreUnitsWithoutRow, ["count": .number(missing.count), "year": .text(String(year)), "names": .text(names)],
            at: SourceLocation(file: file, line: 1))
    }
}
