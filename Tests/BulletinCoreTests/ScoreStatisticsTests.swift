import Testing

@testable import BulletinCore

/// Ranks, averages, changes, bands and series, on data built in memory.
@Suite struct ScoreStatisticsTests {
    static let units = [
        ScoreUnit(id: "a", name: "Sở Một", shortName: "Một", group: "so", line: 2),
        ScoreUnit(id: "b", name: "Sở Bắc", shortName: "Bắc", group: "so", line: 3),
        ScoreUnit(id: "c", name: "Sở Ân", shortName: "Ân", group: "so", line: 4),
        ScoreUnit(id: "d", name: "Sở Dân", shortName: "Dân", group: "so", line: 5),
        ScoreUnit(id: "h", name: "UBND huyện Mai Sơn", shortName: "Mai Sơn", group: "huyen", line: 6),
    ]

    static func year(_ year: Int, _ totals: [(Int, Double)]) -> ScoreYear {
        ScoreYear(
            year: year, components: [],
            rows: totals.map { ScoreRow(unit: $0.0, total: $0.1, parts: [], line: 0) }, file: "\(year).csv")
    }

    static let index = ScoreIndex(
        id: "par", name: "Chỉ số cải cách hành chính", shortName: "PAR Index", maximum: 100, unit: "điểm",
        groups: [ScoreGroup(id: "so", name: "Khối sở"), ScoreGroup(id: "huyen", name: "Khối huyện")],
        bands: [ScoreBand(name: "A", minimum: 90), ScoreBand(name: "B", minimum: 80), ScoreBand(name: "C", minimum: 0)],
        components: [], note: nil,
        years: [
            year(2021, [(0, 85), (1, 88), (2, 90), (3, 80), (4, 70)]),
            year(2022, [(0, 95), (1, 90), (2, 90.004), (3, 79), (4, 72.5)]),
        ])

    let results = ScoreResults(ScoreData(units: Self.units, indices: [Self.index]))

    @Test func tiesShareARankAndTheNextRankSkips() throws {
        let group = try #require(results.year("par", 2022)?.group("so"))
        #expect(group.entries.map(\.rank) == [1, 2, 2, 4])
        // Equal totals are listed in Vietnamese alphabetical order: Ân before Bắc.
        #expect(group.entries.map { Self.units[$0.unit].name } == ["Sở Một", "Sở Ân", "Sở Bắc", "Sở Dân"])
        #expect(group.top.map(\.unit) == [0])
    }

    @Test func averagesAndTheirChange() throws {
        let so2021 = try #require(results.year("par", 2021)?.group("so"))
        let so2022 = try #require(results.year("par", 2022)?.group("so"))
        #expect(so2021.average == 85.75)
        #expect(so2021.averageChange == nil)
        #expect(so2022.average == 88.5)
        #expect(so2022.averageChange == 2.75)
        #expect(so2022.aboveAverage == 3)
        #expect(results.year("par", 2022)?.previousYear == 2021)
        #expect(results.year("par", 2022)?.group("huyen")?.averageChange == 2.5)
    }

    @Test func changesPerUnit() throws {
        let so2022 = try #require(results.year("par", 2022)?.group("so"))
        let changes = Dictionary(uniqueKeysWithValues: so2022.entries.map { ($0.unit, $0.change) })
        #expect(changes[0] == 10)
        #expect(changes[1] == 2)
        #expect(changes[2] == 0)
        #expect(changes[3] == -1)
        #expect(results.year("par", 2021)?.group("so")?.entries.allSatisfy { $0.change == nil } == true)
    }

    @Test func countsPerBand() throws {
        let so2022 = try #require(results.year("par", 2022)?.group("so"))
        #expect(so2022.bandCounts.map(\.band.name) == ["A", "B", "C"])
        #expect(so2022.bandCounts.map(\.count) == [3, 0, 1])
        #expect(Self.index.band(for: 89.999)?.name == "A")  // 90,00 as printed
        #expect(Self.index.band(for: 89.99)?.name == "B")
    }

    @Test func seriesPerUnit() {
        let years = results.history[3][0]
        #expect(years.map(\.year) == [2021, 2022])
        #expect(years.map(\.entry.total) == [80, 79])
        #expect(years.map(\.entry.rank) == [4, 4])
        #expect(years.map(\.groupSize) == [4, 4])
        #expect(results.history[4][0].map(\.groupSize) == [1, 1])
    }
}
