/// A unit's place in its group's ranking for one year.
public struct RankedEntry: Sendable {
    /// Position in `ScoreData.units`.
    public let unit: Int
    public let total: Double
    /// Component values, aligned with the year's components.
    public let parts: [Double?]
    /// 1 for the highest total; equal totals share a rank and the next rank skips (1, 2, 2, 4).
    public let rank: Int
    /// Change from the unit's total in the previous year of the data, if it had one.
    public let change: Double?
    public let band: ScoreBand?
}

/// One group's results in one year.
public struct GroupResult: Sendable {
    public let group: ScoreGroup
    /// By rank, equal ranks by name.
    public let entries: [RankedEntry]
    /// The mean of the totals, rounded to two decimals (the figure published).
    public let average: Double
    /// Change of the (rounded) average from the previous year's, so that it matches the printed figures.
    public let averageChange: Double?
    /// Every band of the index with how many units reached it.
    public let bandCounts: [(band: ScoreBand, count: Int)]
    /// Units whose total is above the average.
    public let aboveAverage: Int

    /// The units ranked first (more than one on a tie).
    public var top: ArraySlice<RankedEntry> { entries.prefix { $0.rank == 1 } }
}

/// An index's results in one year.
public struct YearResult: Sendable {
    /// Position of the index in `ScoreData.indices`.
    public let index: Int
    public let year: Int
    /// The year changes are measured from: the closest earlier year in the data.
    public let previousYear: Int?
    public let components: [ScoreComponent]
    /// In the index's group order; groups without rows that year are left out.
    public let groups: [GroupResult]

    public func group(_ id: String) -> GroupResult? { groups.first { $0.group.id == id } }
}

/// One year of a unit's history in an index.
public struct UnitYear: Sendable {
    public let year: Int
    public let entry: RankedEntry
    /// How many units were ranked in its group that year.
    public let groupSize: Int
    /// The year its change is measured from.
    public let previousYear: Int?
}

/// Everything derived from the score data, computed once per build in a single pass per year.
public struct ScoreResults: Sendable {
    public let data: ScoreData
    /// Per index (as in `data.indices`), per year, oldest first.
    public let years: [[YearResult]]
    /// Per unit (as in `data.units`), per index: its years, oldest first.
    public let history: [[[UnitYear]]]

    public init(_ data: ScoreData) {
        self.data = data
        var history = Array(repeating: Array(repeating: [UnitYear](), count: data.indices.count), count: data.units.count)
        var years: [[YearResult]] = []
        for (i, index) in data.indices.enumerated() {
            var results: [YearResult] = []
            var previous: (year: Int, totals: [Int: Double], averages: [String: Double])? = nil
            for year in index.years {
                let result = ScoreResults.rank(year, of: index, position: i, units: data.units, previous: previous)
                results.append(result)
                var totals: [Int: Double] = [:]
                for row in year.rows { totals[row.unit] = row.total }
                var averages: [String: Double] = [:]
                for group in result.groups {
                    averages[group.group.id] = group.average
                    for entry in group.entries {
                        history[entry.unit][i].append(
                            UnitYear(year: year.year, entry: entry, groupSize: group.entries.count, previousYear: result.previousYear))
                    }
                }
                previous = (year.year, totals, averages)
            }
            years.append(results)
        }
        self.years = years
        self.history = history
    }

    public func index(_ id: String) -> (position: Int, index: ScoreIndex)? {
        guard let position = data.indices.firstIndex(where: { $0.id == id }) else { return nil }
        return (position, data.indices[position])
    }

    public func year(_ indexID: String, _ year: Int) -> YearResult? {
        guard let (position, _) = index(indexID) else { return nil }
        return years[position].first { $0.year == year }
    }

    /// The latest year of an index, if it has any.
    public func latest(_ position: Int) -> YearResult? { years[position].last }

    static func rank(
        _ year: ScoreYear, of index: ScoreIndex, position: Int, units: [ScoreUnit],
        previous: (year: Int, totals: [Int: Double], averages: [String: Double])?
    ) -> YearResult {
        var groups: [GroupResult] = []
        for group in index.groups {
            let rows = year.rows.filter { units[$0.unit].group == group.id }
            guard !rows.isEmpty else { continue }
            let ordered = rows.sorted { a, b in
                let ha = ScoreMath.hundredths(a.total), hb = ScoreMath.hundredths(b.total)
                return ha != hb ? ha > hb : VietnameseCollation.lessThan(units[a.unit].name, units[b.unit].name)
            }
            var entries: [RankedEntry] = []
            entries.reserveCapacity(ordered.count)
            for (place, row) in ordered.enumerated() {
                var rank = place + 1
                if let last = entries.last, ScoreMath.hundredths(last.total) == ScoreMath.hundredths(row.total) { rank = last.rank }
                let change = previous?.totals[row.unit].map { row.total - $0 }
                entries.append(
                    RankedEntry(
                        unit: row.unit, total: row.total, parts: row.parts, rank: rank, change: change.map(ScoreMath.rounded),
                        band: index.band(for: row.total)))
            }
            let sum = rows.reduce(0) { $0 + ScoreMath.hundredths($1.total) }
            let average = (Double(sum) / Double(rows.count)).rounded() / 100
            let bandCounts = index.bands.map { band in (band, entries.filter { $0.band == band }.count) }
            let above = entries.filter { ScoreMath.hundredths($0.total) > ScoreMath.hundredths(average) }.count
            groups.append(
                GroupResult(
                    group: group, entries: entries, average: average,
                    averageChange: previous?.averages[group.id].map { ScoreMath.rounded(average - $0) },
                    bandCounts: bandCounts, aboveAverage: above))
        }
        return YearResult(index: position, year: year.year, previousYear: previous?.year, components: year.components, groups: groups)
    }
}
