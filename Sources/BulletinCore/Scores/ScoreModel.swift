/// Score data as read from content/scores/: the units scored, and for each index its settings and
/// one table of values per year. Nothing here is derived; ranks and averages are in ScoreResults.

/// A scored body (a department or a district), one row of units.csv.
public struct ScoreUnit: Sendable, Equatable {
    /// The slug in units.csv, used in year files and in the unit's address.
    public let id: String
    public let name: String
    public let shortName: String
    /// Group id ("so", "huyen"); the display name comes from each index's `groups`.
    public let group: String
    public let line: Int
}

/// A named range of totals ("Xuất sắc" from 90), as an index's `bands` list gives it.
public struct ScoreBand: Sendable, Equatable {
    public let name: String
    public let minimum: Double
}

/// One component area of an index (id, name and its maximum).
public struct ScoreComponent: Sendable, Equatable {
    public let id: String
    public let name: String
    public let maximum: Double
}

/// A block of units ranked together ("Khối sở, ban, ngành").
public struct ScoreGroup: Sendable, Equatable {
    public let id: String
    public let name: String
}

/// One row of a year file: a unit's total and component values (aligned with the year's
/// components; nil where the cell was empty).
public struct ScoreRow: Sendable, Equatable {
    /// Position of the unit in `ScoreData.units`.
    public let unit: Int
    public let total: Double
    public let parts: [Double?]
    public let line: Int
}

/// One `<year>.csv` of an index, with the components that apply to that year.
public struct ScoreYear: Sendable {
    public let year: Int
    public let components: [ScoreComponent]
    public let rows: [ScoreRow]
    /// The file as shown in messages ("content/scores/par-index/2022.csv").
    public let file: String
}

/// An index (PAR Index, SIPAS): index.yaml plus its years, oldest first.
public struct ScoreIndex: Sendable {
    /// The folder name, which is also its address: "par-index".
    public let id: String
    public let name: String
    public let shortName: String
    public let maximum: Double
    /// "điểm" or "%".
    public let unit: String
    public let groups: [ScoreGroup]
    /// Highest minimum first, so the first band a total reaches is its band.
    public let bands: [ScoreBand]
    public let components: [ScoreComponent]
    public let note: String?
    public var years: [ScoreYear]

    public func group(_ id: String) -> ScoreGroup? { groups.first { $0.id == id } }
    public func year(_ year: Int) -> ScoreYear? { years.first { $0.year == year } }

    /// The band a total falls in (compared in hundredths, as totals are shown).
    public func band(for total: Double) -> ScoreBand? {
        let value = ScoreMath.hundredths(total)
        return bands.first { value >= ScoreMath.hundredths($0.minimum) }
    }
}

/// Everything under content/scores/.
public struct ScoreData: Sendable {
    /// In the order of units.csv.
    public let units: [ScoreUnit]
    /// Sorted by folder name, which is the order pages list them in.
    public let indices: [ScoreIndex]
    let unitPositions: [String: Int]

    public init(units: [ScoreUnit], indices: [ScoreIndex]) {
        self.units = units
        self.indices = indices
        var positions: [String: Int] = [:]
        for (i, unit) in units.enumerated() where positions[unit.id] == nil { positions[unit.id] = i }
        self.unitPositions = positions
    }

    public static let empty = ScoreData(units: [], indices: [])

    public var isEmpty: Bool { indices.isEmpty && units.isEmpty }

    public func unit(_ id: String) -> ScoreUnit? { unitPositions[id].map { units[$0] } }
    public func index(_ id: String) -> ScoreIndex? { indices.first { $0.id == id } }
}

/// Scores carry two decimals. Comparing and subtracting them as whole hundredths keeps a sum of
/// components such as 96.78999… equal to the 96,79 a reader sees, so ties and changes agree
/// with the printed figures.
public enum ScoreMath {
    public static func hundredths(_ value: Double) -> Int { Int((value * 100).rounded()) }

    public static func rounded(_ value: Double) -> Double { Double(hundredths(value)) / 100 }
}
