import Yams

/// What index.yaml says about an index, before its years are read.
struct ScoreSettings {
    var name: String
    var shortName: String
    var maximum: Double
    var unit: String
    var groups: [ScoreGroup]
    var bands: [ScoreBand]
    var components: [ScoreComponent]
    var note: String?
}

/// Reads index.yaml and `<year>.yaml`. Every problem is reported with its line; reading goes on
/// so that one build lists them all.
enum ScoreSettingsReader {
    static let indexKeys = ["name", "short_name", "max", "unit", "groups", "bands", "components", "note"]
    static let yearKeys = ["components"]
    static let units = ["điểm", "%"]
    /// Column names a year file uses for other things; a component may not take them.
    static let reservedColumns: Set<String> = ["unit", "name", "total"]
    static let componentsExample = "components: [{id: c1, name: \"Cải cách thể chế\", max: 11}]"

    static func readIndex(_ text: String, file: String, diagnostics: Diagnostics) -> ScoreSettings? {
        guard var fields = mapping(text, file: file, diagnostics: diagnostics) else { return nil }
        defer { diagnostics.add(contentsOf: fields.problems) }
        fields.rejectUnknownKeys(indexKeys, in: "index.yaml")
        let name = fields.requiredString("name", example: "name: \"Chỉ số cải cách hành chính\"")
        let maximum = number(&fields, "max", example: "max: 100", diagnostics: diagnostics)
        let unit = fields.requiredString("unit", example: "unit: \"điểm\"")
        if let unit, !units.contains(unit) {
            fields.error(Message(.scoreUnitChoice, ["found": .text(unit)]), at: "unit")
        }
        if let maximum, maximum <= 0 { fields.error(Message(.scoreMaxAboveZero), at: "max") }
        let groups = readGroups(&fields, diagnostics: diagnostics)
        let bands = readBands(fields, maximum: maximum ?? 100, diagnostics: diagnostics)
        var components: [ScoreComponent] = []
        if fields.has("components") {
            components = readComponents(fields, diagnostics: diagnostics)
            checkComponentTotal(components, maximum: maximum, at: fields.location(of: "components"), diagnostics: diagnostics)
        }
        guard let name, let maximum, maximum > 0, let unit, units.contains(unit), !groups.isEmpty else { return nil }
        return ScoreSettings(
            name: name, shortName: fields.string("short_name") ?? name, maximum: maximum, unit: unit, groups: groups,
            bands: bands, components: components, note: fields.string("note"))
    }

    /// `<year>.yaml`: the components that year used, when they differ from index.yaml's.
    static func readYearComponents(_ text: String, file: String, maximum: Double, diagnostics: Diagnostics) -> [ScoreComponent]? {
        guard var fields = mapping(text, file: file, diagnostics: diagnostics) else { return nil }
        defer { diagnostics.add(contentsOf: fields.problems) }
        fields.rejectUnknownKeys(yearKeys, in: .message(Message(.scoreYearSettingsPlace)))
        guard fields.has("components") else {
            fields.missing("components", example: componentsExample)
            return nil
        }
        let components = readComponents(fields, diagnostics: diagnostics)
        checkComponentTotal(components, maximum: maximum, at: fields.location(of: "components"), diagnostics: diagnostics)
        return components
    }

    private static func mapping(_ text: String, file: String, diagnostics: Diagnostics) -> FieldReader? {
        switch YAMLText.parseMapping(text, file: file, firstLine: 1) {
        case .success(let mapping):
            return FieldReader(mapping: mapping, file: file, firstLine: 1)
        case .failure(let problem):
            diagnostics.add(problem)
            return nil
        }
    }

    /// A number written as YAML reads it (100, 14.5) or as a Vietnamese would (14,5).
    private static func number(_ fields: inout FieldReader, _ key: String, example: String, diagnostics: Diagnostics) -> Double? {
        guard let text = fields.requiredString(key, example: example) else { return nil }
        guard let value = ScoreNumber.parse(text) else {
            fields.error(Message(.scoreNotANumber, ["key": .text(key), "example": .text(example), "found": .text(text)]), at: key)
            return nil
        }
        return value
    }

    private static func readGroups(_ fields: inout FieldReader, diagnostics: Diagnostics) -> [ScoreGroup] {
        let example = "groups: {so: \"Khối sở, ban, ngành\", huyen: \"Khối UBND huyện, thành phố\"}"
        guard fields.has("groups") else {
            fields.missing("groups", example: example)
            return []
        }
        guard var groups = fields.nested("groups"), !groups.keys.isEmpty else {
            fields.error(Message(.scoreGroupsList, ["example": .text(example)]), at: "groups")
            return []
        }
        defer { diagnostics.add(contentsOf: groups.problems) }
        var result: [ScoreGroup] = []
        for id in groups.keys {
            guard Slug.isValid(id) else {
                groups.error(Message(.scoreGroupIDInvalid, ["id": .text(id)]), at: id)
                continue
            }
            guard let name = groups.string(id) else {
                groups.error(Message(.scoreGroupNeedsName, ["id": .text(id)]), at: id)
                continue
            }
            result.append(ScoreGroup(id: id, name: name))
        }
        return result
    }

    private static func readBands(_ fields: FieldReader, maximum: Double, diagnostics: Diagnostics) -> [ScoreBand] {
        guard fields.has("bands") else { return [] }
        guard let list = fields.node("bands")?.sequence else {
            diagnostics.error(
                .scoreNotAList, ["key": "bands", "example": "bands: [{name: \"Xuất sắc\", min: 90}, {name: \"Tốt\", min: 80}]"],
                at: fields.location(of: "bands"))
            return []
        }
        var bands: [ScoreBand] = []
        for node in list {
            guard var item = entry(node, of: fields, list: "bands", diagnostics: diagnostics) else { continue }
            item.rejectUnknownKeys(["name", "min"], in: .message(Message(.scoreBandPlace)))
            let name = item.requiredString("name", example: "name: \"Xuất sắc\"")
            let minimum = number(&item, "min", example: "min: 90", diagnostics: diagnostics)
            if let minimum, minimum < 0 || minimum > maximum {
                item.error(Message(.scoreBandMinRange, ["max": .decimal(maximum)]), at: "min")
            } else if let name, let minimum {
                if bands.contains(where: { $0.name == name }) {
                    item.error(Message(.scoreBandTwice, ["name": .text(name)]), at: "name")
                } else if bands.contains(where: { ScoreMath.hundredths($0.minimum) == ScoreMath.hundredths(minimum) }) {
                    item.error(Message(.scoreBandsSameMin, ["min": .decimal(minimum)]), at: "min")
                } else {
                    bands.append(ScoreBand(name: name, minimum: minimum))
                }
            }
            diagnostics.add(contentsOf: item.problems)
        }
        return bands.sorted { $0.minimum > $1.minimum }
    }

    private static func readComponents(_ fields: FieldReader, diagnostics: Diagnostics) -> [ScoreComponent] {
        guard let list = fields.node("components")?.sequence else {
            diagnostics.error(
                .scoreNotAList, ["key": "components", "example": .text(componentsExample)], at: fields.location(of: "components"))
            return []
        }
        var components: [ScoreComponent] = []
        for node in list {
            guard var item = entry(node, of: fields, list: "components", diagnostics: diagnostics) else { continue }
            item.rejectUnknownKeys(["id", "name", "max"], in: .message(Message(.scoreComponentPlace)))
            let id = item.requiredString("id", example: "id: c1")
            let name = item.requiredString("name", example: "name: \"Cải cách thể chế\"")
            let maximum = number(&item, "max", example: "max: 11", diagnostics: diagnostics)
            if let id {
                let valid = id.utf8.allSatisfy { b in
                    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
                }
                if !valid || reservedColumns.contains(id.lowercased()) {
                    item.error(Message(.scoreComponentIDInvalid), at: "id")
                } else if components.contains(where: { $0.id.lowercased() == id.lowercased() }) {
                    item.error(Message(.scoreComponentIDTwice, ["id": .text(id)]), at: "id")
                } else if let name, let maximum {
                    if maximum <= 0 {
                        item.error(Message(.scoreComponentMaxAboveZero), at: "max")
                    } else {
                        components.append(ScoreComponent(id: id, name: name, maximum: maximum))
                    }
                }
            }
            diagnostics.add(contentsOf: item.problems)
        }
        return components
    }

    /// One item of a list of mappings, as a reader of its own.
    private static func entry(_ node: Node, of fields: FieldReader, list: String, diagnostics: Diagnostics) -> FieldReader? {
        let place = fields.location(ofNode: node)
        guard let mapping = node.mapping else {
            diagnostics.error(.scoreListItemNotMapping, ["key": .text(list), "example": "{name: …, min: …}"], at: place)
            return nil
        }
        return FieldReader(mapping: mapping, file: fields.file, firstLine: 1, headerLine: place.line)
    }

    /// Components that do not add up to the index's maximum are almost always a typing mistake.
    private static func checkComponentTotal(
        _ components: [ScoreComponent], maximum: Double?, at location: SourceLocation, diagnostics: Diagnostics
    ) {
        guard let maximum, !components.isEmpty else { return }
        let sum = components.reduce(0) { $0 + ScoreMath.hundredths($1.maximum) }
        if sum != ScoreMath.hundredths(maximum) {
            diagnostics.warning(
                .scoreComponentsTotal, ["sum": .decimal(Double(sum) / 100), "max": .decimal(maximum)], at: location)
        }
    }
}
