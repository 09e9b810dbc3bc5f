import Testing

@testable import BulletinCore

/// Reading content/scores/ from the scores-basic fixture: both CSV dialects, totals from
/// components, year-specific components.
@Suite struct ScoreLoadTests {
    let loaded = ScoreFixtures.load(ScoreFixtures.content("scores-basic"))
    var data: ScoreData { loaded.0 ?? .empty }

    @Test func readsUnitsAndIndices() {
        #expect(loaded.1.errors.isEmpty, "\(loaded.1.errors.map(\.formatted))")
        #expect(data.units.map(\.id) == ["u1", "u2", "u3", "u4", "h1", "h2"])
        #expect(data.unit("u4")?.name == "Sở Văn hóa, Thể thao")
        #expect(data.indices.map(\.id) == ["par", "sipas"])
        let par = data.index("par")
        #expect(par?.groups.map(\.id) == ["so", "huyen"])
        // Bands are kept highest first whatever order index.yaml lists them in.
        #expect(par?.bands.map(\.name) == ["Xuất sắc", "Khá", "Trung bình"])
        #expect(par?.note == "Số liệu thử nghiệm.")
        #expect(par?.years.map(\.year) == [2021, 2022, 2023])
    }

    @Test func totalIsTheSumOfComponentsWhenNotGiven() throws {
        let year = try #require(data.index("par")?.year(2021))
        #expect(year.rows.map(\.total) == [85, 88, 90, 80, 70, 75])
        #expect(year.rows.first?.parts == [40, 45])
    }

    @Test func semicolonDialectWithCommaDecimals() throws {
        let year = try #require(data.index("par")?.year(2022))
        #expect(year.rows.map(\.total) == [95, 90, 90, 79, 81.25, 60])
        #expect(year.rows[0].parts == [47.5, 47.5])
        // Empty component cells are allowed when the total is given.
        #expect(year.rows[5].parts == [nil, nil])
        #expect(year.rows.map(\.line) == [2, 3, 4, 5, 6, 7])
        let sipas = try #require(data.index("sipas")?.year(2022))
        #expect(sipas.rows.map(\.total) == [95.5, 100, 97.25, 90, 99.2, 93.4])
    }

    @Test func componentsOfOneYearOnly() throws {
        let par = try #require(data.index("par"))
        #expect(par.components.map(\.id) == ["c1", "c2"])
        #expect(par.year(2022)?.components.map(\.id) == ["c1", "c2"])
        let y2023 = try #require(par.year(2023))
        #expect(y2023.components.map(\.id) == ["d1", "d2"])
        #expect(y2023.components.map(\.maximum) == [60, 40])
        // A quoted "45,5" in the comma dialect is a decimal comma.
        #expect(y2023.rows.map(\.total) == [95, 90, 88, 85.5])
    }

    @Test func aUnitMissingFromAYearIsAWarning() {
        let warnings = loaded.1.warnings.filter { $0.location?.file == "content/scores/par/2023.csv" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 1)
        #expect(warnings.first?.message.contains("left out of 2023's ranking: h1, h2") == true)
    }

    @Test func noScoresFolderMeansNoScoreData() {
        let (data, diagnostics) = ScoreFixtures.load(ScoreFixtures.content("scores-basic") + "/articles")
        #expect(data == nil)
        #expect(diagnostics.all.isEmpty)
    }

    @Test func rankingOfTheFixture() throws {
        let results = ScoreResults(data)
        let so = try #require(results.year("par", 2022)?.group("so"))
        #expect(so.entries.map(\.rank) == [1, 2, 2, 4])
        #expect(so.entries.map { data.units[$0.unit].id } == ["u1", "u3", "u2", "u4"])
        #expect(so.average == 88.5)
        #expect(so.averageChange == 2.75)
        #expect(so.bandCounts.map(\.count) == [3, 0, 1])
        let huyen = try #require(results.year("par", 2022)?.group("huyen"))
        // (81,25 + 60) / 2 = 70,625 → 70,63; change from 72,5.
        #expect(huyen.average == 70.63)
        #expect(huyen.averageChange == -1.87)
        #expect(results.year("par", 2023)?.groups.map(\.group.id) == ["so"])
    }
}
