import Foundation
import Testing

@testable import BulletinCore

/// Every score-data error of the issue, reported all at once with file:line, and nothing written.
@Suite struct ScoreValidationTests {
    static let fixture = ScoreFixtures.content("scores-errors")

    /// Builds the fixture over an existing site and returns the report and whether that site is untouched.
    func buildOverPreviousSite() -> (BuildReport, Bool) {
        let folder = ScoreFixtures.temporaryFolder()
        let output = folder + "/public"
        try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: output + "/index.html", contents: Data("trang cũ".utf8))
        let (report, _) = ScoreFixtures.build(content: Self.fixture, output: output)
        let untouched =
            ScoreFixtures.read(output + "/index.html") == "trang cũ"
            && (try? FileManager.default.contentsOfDirectory(atPath: output)) == ["index.html"]
            && (try? FileManager.default.contentsOfDirectory(atPath: folder)) == ["public"]
        return (report, untouched)
    }

    /// `relative-path:line: message-start` of each diagnostic of a severity.
    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { d in
            let file = (d.location?.file ?? "").replacingOccurrences(of: Self.fixture + "/", with: "")
            return "\(file):\(d.location?.line ?? 0): \(d.message)"
        }
    }

    @Test func reportsEveryProblemAtOnceAndWritesNothing() {
        let (report, untouched) = buildOverPreviousSite()
        #expect(!report.succeeded)
        #expect(untouched, "the previous site must stay as it was")
        let errors = lines(report.errors)
        let expected = [
            // Unknown unit id, with a hint.
            "scores/par/2020.csv:3: unknown unit 'so-zz'",
            // Non-numeric value.
            "scores/par/2020.csv:4: 'abc' in column 'c1' is not a number",
            // A component above its maximum.
            "scores/par/2020.csv:5: 60 in column 'c1' is outside 0–50",
            // A duplicate unit row names the first one.
            "scores/par/2020.csv:6: 'so-a' already has a row on line 2",
            // Total and components disagree.
            "scores/par/2020.csv:7: the total 81 and the sum of the components 80 differ by more than 0,01",
            // A total above the index's maximum.
            "scores/par/2020.csv:8: 120 in column 'total' is outside 0–100",
            // A name column that does not match units.csv.
            "scores/par/2020.csv:9: the name \"Sở Sai\" does not match units.csv, where 'so-f' is \"Sở F\"",
            // A value below 0.
            "scores/par/2020.csv:10: -1 in column 'c1' is outside 0–50",
            // An unknown column.
            "scores/par/2021.csv:1: unknown column 'c9' (did you mean 'c1'?)",
            // A year file of an index without index.yaml.
            "scores/orphan/2022.csv:1: ",
            // units.csv itself.
            "scores/units.csv:9: the unit id 'So X' becomes the unit's address",
            "scores/units.csv:10: the unit id 'so-a' is already used on line 2",
            // Shortcodes: an unknown argument, index, year and group.
            "articles/bai.md:6: the shortcode 'score-table' has no argument 'grop' (did you mean 'group'?)",
            "articles/bai.md:8: unknown index 'pra' (did you mean 'par'?); the indices are par",
            "articles/bai.md:10: par has no data for the year '2018'; its years are 2019, 2020, 2021",
            "articles/bai.md:12: par has no group 'huyen'; its groups are so",
            // A link the validator checks while the score files are read, on another thread.
            "articles/bai.md:14: this links to",
        ]
        for line in expected {
            #expect(errors.contains { $0.hasPrefix(line) }, "missing: \(line)\nfound:\n\(errors.joined(separator: "\n"))")
        }
        #expect(errors.contains { $0.contains("scores/orphan has no index.yaml, so this year cannot be read") })
        // A unit missing from a year is a warning, not an error.
        let warnings = lines(report.warnings)
        #expect(
            warnings.contains { $0.hasPrefix("scores/par/2019.csv:1: 1 unit of units.csv has no row in this file") && $0.hasSuffix("so-g") }
        )
        #expect(!errors.contains { $0.contains("2019.csv") })
    }

    @Test func aRowWithAnErrorIsNotAlsoReportedMissing() {
        let (report, _) = ScoreFixtures.build(content: Self.fixture, write: false)
        #expect(!lines(report.warnings).contains { $0.hasPrefix("scores/par/2020.csv") })
    }

    @Test func aComponentOfAnotherYearIsAnUnknownColumn() throws {
        let diagnostics = Diagnostics()
        let settings = ScoreSettings(
            name: "PAR", shortName: "PAR", maximum: 100, unit: "điểm", groups: [ScoreGroup(id: "so", name: "Khối sở")],
            bands: [], components: [ScoreComponent(id: "c1", name: "Một", maximum: 100)], note: nil)
        let units = [ScoreUnit(id: "a", name: "Sở A", shortName: "A", group: "so", line: 2)]
        let reader = ScoreYearReader(
            index: settings, components: [ScoreComponent(id: "d1", name: "Mới", maximum: 100)], units: units,
            unitPositions: ["a": 0], diagnostics: diagnostics)
        let table = try CSVTable.read("unit,c1\na,50\n", file: "2025.csv").get()
        #expect(reader.read(table, year: 2025).isEmpty)
        #expect(
            diagnostics.errors.map(\.message).contains {
                $0.hasPrefix("unknown column 'c1' (did you mean 'd1'?)") && $0.hasSuffix("the components d1")
            })
    }

    @Test func aUnitOfAGroupTheIndexDoesNotRank() throws {
        let diagnostics = Diagnostics()
        let settings = ScoreSettings(
            name: "PAR", shortName: "PAR", maximum: 100, unit: "điểm", groups: [ScoreGroup(id: "so", name: "Khối sở")],
            bands: [], components: [], note: nil)
        let units = [ScoreUnit(id: "h", name: "UBND huyện H", shortName: "H", group: "huyen", line: 2)]
        let reader = ScoreYearReader(index: settings, components: [], units: units, unitPositions: ["h": 0], diagnostics: diagnostics)
        let table = try CSVTable.read("unit,total\nh,50\n", file: "2022.csv").get()
        #expect(reader.read(table, year: 2022).isEmpty)
        #expect(diagnostics.errors.first?.location?.line == 2)
        #expect(diagnostics.errors.first?.message.contains("is in the group 'huyen'") == true)
    }

    @Test func aScoreShortcodeWithoutScoreData() {
        let call = ShortcodeCall(
            name: "score-table", arguments: [("index", "par"), ("year", "2022")], location: SourceLocation(file: "a.md", line: 3))
        #expect(
            ScoreShortcodes.check(call, results: nil).map { $0.text(in: .english) } == [
                "there is no score data for 'score-table': add content/scores/ (units.csv and an index folder) or remove this line"
            ])
    }

    @Test func aYearThatIsNotANumber() {
        let (data, _) = ScoreFixtures.load(ScoreFixtures.content("scores-basic"))
        let results = ScoreResults(data ?? .empty)
        let call = ShortcodeCall(
            name: "score-chart", arguments: [("index", "par"), ("year", "hai nghìn")], location: SourceLocation(file: "a.md", line: 3))
        #expect(
            ScoreShortcodes.check(call, results: results).map { $0.text(in: .english) } == [
                "par has no data for the year 'hai nghìn'; its years are 2021, 2022, 2023"
            ])
        let good = ShortcodeCall(
            name: "score-chart", arguments: [("index", "par"), ("year", "2022"), ("group", "huyen")],
            location: SourceLocation(file: "a.md", line: 3))
        #expect(ScoreShortcodes.check(good, results: results).isEmpty)
    }

    @Test func aCSVSavedInTheWindowsCodePageSaysHowToSaveIt() throws {
        let folder = ScoreFixtures.temporaryFolder()
        let scores = folder + "/scores/par"
        try FileManager.default.createDirectory(atPath: scores, withIntermediateDirectories: true)
        try Data("id,name,short_name,group\nso-a,Sở A,A,so\n".utf8).write(to: URL(fileURLWithPath: folder + "/scores/units.csv"))
        try Data("name: PAR\nmax: 100\nunit: điểm\ngroups: {so: Khối sở}\n".utf8).write(
            to: URL(fileURLWithPath: scores + "/index.yaml"))
        // "Sở" in Windows-1258: S, 0xD5 (ơ), then the hook above as 0xD2.
        try Data([0x75, 0x6E, 0x69, 0x74, 0x2C, 0x74, 0x6F, 0x74, 0x61, 0x6C, 0x0A, 0x53, 0xD5, 0xD2, 0x2C, 0x39, 0x30, 0x0A]).write(
            to: URL(fileURLWithPath: scores + "/2022.csv"))
        let (_, diagnostics) = ScoreFixtures.load(folder)
        let error = try #require(diagnostics.errors.first)
        #expect(error.location == SourceLocation(file: "content/scores/par/2022.csv", line: 2, column: 2))
        #expect(error.message.hasSuffix("(in Excel: File › Save As › \"CSV UTF-8 (Comma delimited)\")"))
    }
}
