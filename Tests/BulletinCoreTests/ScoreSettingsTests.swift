import Testing

@testable import BulletinCore

/// index.yaml and <year>.yaml problems, each with its line.
@Suite struct ScoreSettingsTests {
    func read(_ yaml: String) -> (ScoreSettings?, [Diagnostic]) {
        let diagnostics = Diagnostics()
        let settings = ScoreSettingsReader.readIndex(yaml, file: "index.yaml", diagnostics: diagnostics)
        return (settings, diagnostics.all)
    }

    @Test func readsAFullIndex() throws {
        let (settings, problems) = read(
            """
            name: "Chỉ số hài lòng"
            short_name: SIPAS
            max: 100
            unit: "%"
            groups: {so: "Khối sở", huyen: "Khối huyện"}
            bands: [{name: "Từ 90% trở lên", min: 90}, {name: "Dưới 90%", min: 0}]
            note: "Ghi chú."
            """)
        #expect(problems.isEmpty)
        let s = try #require(settings)
        #expect(s.shortName == "SIPAS")
        #expect(s.groups == [ScoreGroup(id: "so", name: "Khối sở"), ScoreGroup(id: "huyen", name: "Khối huyện")])
        #expect(s.bands.map(\.minimum) == [90, 0])
        #expect(s.components.isEmpty)
    }

    @Test func reportsEachProblemAtItsLine() {
        let (settings, problems) = read(
            """
            name: "Chỉ số"
            max: 100
            unit: "points"
            groups: {so: "Khối sở", "Khối Huyện": "x"}
            bands: [{name: A, min: 120}]
            components:
              - {id: c1, name: "Một", max: 60}
              - {id: c1, name: "Hai", max: 50}
              - {id: total, name: "Ba", max: 10}
            colour: red
            """)
        #expect(settings == nil)
        let found = problems.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(found.contains { $0.hasPrefix("3: 'unit' must be \"điểm\" or \"%\"") })
        #expect(found.contains { $0.hasPrefix("4: the group id 'Khối Huyện' becomes part of addresses") })
        #expect(found.contains { $0.hasPrefix("5: a band's 'min' must be between 0 and the index's max (100)") })
        #expect(found.contains { $0.hasPrefix("8: the component id 'c1' is used twice") })
        #expect(found.contains { $0.hasPrefix("9: a component id is a column name in the year files") })
        #expect(found.contains { $0.hasPrefix("6: the components' maxima add up to 60, not the index's max 100") })
        #expect(found.contains { $0.hasPrefix("10: unknown key 'colour' in index.yaml") })
    }

    @Test func requiresNameMaxUnitAndGroups() {
        let (settings, problems) = read("short_name: X\n")
        #expect(settings == nil)
        let messages = problems.map(\.message)
        for key in ["name", "max", "unit", "groups"] {
            #expect(messages.contains { $0.hasPrefix("missing '\(key)'") }, "\(key)")
        }
    }

    @Test func yearComponentsNeedTheComponentsKey() {
        let diagnostics = Diagnostics()
        let components = ScoreSettingsReader.readYearComponents("note: x\n", file: "2025.yaml", maximum: 100, diagnostics: diagnostics)
        #expect(components == nil)
        #expect(diagnostics.errors.first?.message.hasPrefix("missing 'components'") == true)
        #expect(diagnostics.warnings.first?.message.hasPrefix("unknown key 'note'") == true)
    }
}
