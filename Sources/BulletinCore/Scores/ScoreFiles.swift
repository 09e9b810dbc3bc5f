/// Reads content/scores/: units.csv, then each index folder (index.yaml, `<year>.csv`, optional
/// `<year>.yaml`). Each file is read once; problems go to `diagnostics` with file and line.
public struct ScoreFiles {
    public static let folder = "scores"
    let tree: ContentTree
    let diagnostics: Diagnostics

    public init(tree: ContentTree, diagnostics: Diagnostics) {
        self.tree = tree
        self.diagnostics = diagnostics
    }

    /// The files of one index folder, by kind.
    private struct IndexFolder {
        var settings: String?
        var yearFiles: [Int: String] = [:]
        var yearSettings: [Int: String] = [:]
    }

    /// nil when the content has no scores/ folder at all.
    public func load() -> ScoreData? {
        guard tree.io.isDirectory(tree.absolute(Self.folder)) else { return nil }
        var unitsFile: String?
        var folders: [String: IndexFolder] = [:]
        for path in tree.files(under: Self.folder, diagnostics: diagnostics) {
            let parts = path.split(separator: "/").map(String.init)
            if parts.count == 2 && parts[1] == "units.csv" {
                unitsFile = path
            } else if parts.count == 3 {
                classify(parts[2], path: path, into: &folders[parts[1], default: IndexFolder()])
            } else {
                ignore(path, because: .scoreFileOutsideLayout)
            }
        }
        let units = unitsFile.flatMap(readUnits) ?? []
        if unitsFile == nil && !folders.isEmpty {
            diagnostics.error(.scoreUnitsFileMissing, at: SourceLocation(file: tree.display(Self.folder + "/units.csv")))
        }
        var positions: [String: Int] = [:]
        for (i, unit) in units.enumerated() { positions[unit.id] = i }
        var indices: [ScoreIndex] = []
        for id in folders.keys.sorted() {
            if let index = readIndex(id, folders[id]!, units: units, positions: positions) { indices.append(index) }
        }
        return ScoreData(units: units, indices: indices)
    }

    private func classify(_ name: String, path: String, into folder: inout IndexFolder) {
        if name == "index.yaml" {
            folder.settings = path
            return
        }
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let ext = String(name.dropFirst(stem.count)).lowercased()
        guard ext == ".csv" || ext == ".yaml" || ext == ".yml" else {
            ignore(path, because: .scoreFileNotInIndexLayout)
            return
        }
        guard stem.count == 4, let year = Int(stem), (1900...2100).contains(year) else {
            diagnostics.error(.scoreYearFileName, at: SourceLocation(file: tree.display(path)))
            return
        }
        if ext == ".csv" { folder.yearFiles[year] = path } else { folder.yearSettings[year] = path }
    }

    /// `reason`: a warning that says the file is ignored and why.
    private func ignore(_ path: String, because reason: MessageKey) {
        diagnostics.warning(reason, at: SourceLocation(file: tree.display(path)))
    }

    /// The text of a file, decoded as every input is (BOM, CRLF, NFC); nil after reporting why not.
    private func readText(_ path: String) -> String? {
        tree.readText(
            path, diagnostics: diagnostics,
            invalidText: { problem in
                let message = SourceText.problemMessage(for: problem)
                // Excel's plain "CSV" is saved in the Windows code page, which garbles Vietnamese.
                guard case .invalidUTF8 = problem, path.hasSuffix(".csv") else { return message }
                return Message(.scoreCSVNotUTF8, ["problem": .message(message)])
            })
    }

    private func table(_ path: String) -> CSVTable? {
        guard let text = readText(path) else { return nil }
        switch CSVTable.read(text, file: tree.display(path)) {
        case .success(let table): return table
        case .failure(let problem):
            diagnostics.add(problem)
            return nil
        }
    }

    private func readUnits(_ path: String) -> [ScoreUnit]? {
        guard let table = table(path) else { return nil }
        return UnitsReader(diagnostics: diagnostics).read(table)
    }

    private func readIndex(_ id: String, _ folder: IndexFolder, units: [ScoreUnit], positions: [String: Int]) -> ScoreIndex? {
        let folderPath = Self.folder + "/" + id
        guard let settingsPath = folder.settings else {
            for year in folder.yearFiles.keys.sorted() {
                diagnostics.error(
                    .scoreIndexWithoutSettings, ["folder": .text(tree.display(folderPath))],
                    at: SourceLocation(file: tree.display(folder.yearFiles[year]!), line: 1))
            }
            return nil
        }
        if !Slug.isValid(id) || id == ScoreRoutes.unitsSegment {
            diagnostics.error(
                .scoreIndexFolderName, ["id": .text(id), "reserved": .text(ScoreRoutes.unitsSegment)],
                at: SourceLocation(file: tree.display(settingsPath)))
            return nil
        }
        guard let text = readText(settingsPath),
            let settings = ScoreSettingsReader.readIndex(text, file: tree.display(settingsPath), diagnostics: diagnostics)
        else { return nil }
        for (year, path) in folder.yearSettings where folder.yearFiles[year] == nil {
            diagnostics.warning(.scoreYearSettingsWithoutData, ["year": .text(String(year))], at: SourceLocation(file: tree.display(path)))
        }
        var years: [ScoreYear] = []
        for year in folder.yearFiles.keys.sorted() {
            var components = settings.components
            if let path = folder.yearSettings[year] {
                guard let text = readText(path),
                    let own = ScoreSettingsReader.readYearComponents(
                        text, file: tree.display(path), maximum: settings.maximum, diagnostics: diagnostics)
                else { continue }
                components = own
            }
            let path = folder.yearFiles[year]!
            guard let table = table(path) else { continue }
            let reader = ScoreYearReader(
                index: settings, components: components, units: units, unitPositions: positions, diagnostics: diagnostics)
            let rows = reader.read(table, year: year)
            years.append(ScoreYear(year: year, components: components, rows: rows, file: tree.display(path)))
        }
        return ScoreIndex(
            id: id, name: settings.name, shortName: settings.shortName, maximum: settings.maximum, unit: settings.unit,
            groups: settings.groups, bands: settings.bands, components: settings.components, note: settings.note, years: years)
    }
}

/// units.csv: `id,name,short_name,group`.
struct UnitsReader {
    let diagnostics: Diagnostics

    func read(_ table: CSVTable) -> [ScoreUnit] {
        let header = table.header.map { $0.lowercased() }
        let at = SourceLocation(file: table.file, line: 1)
        let known = ["id", "name", "short_name", "group"]
        for name in header where !known.contains(name) {
            diagnostics.warning(
                .scoreUnitsUnknownColumn, ["name": .text(name), "hint": .scoreSuggestion(for: name, among: known)], at: at)
        }
        guard let id = header.firstIndex(of: "id"), let name = header.firstIndex(of: "name"),
            let group = header.firstIndex(of: "group")
        else {
            diagnostics.error(.scoreUnitsHeader, at: at)
            return []
        }
        let short = header.firstIndex(of: "short_name")
        var units: [ScoreUnit] = []
        var lines: [String: Int] = [:]
        for (line, fields) in table.rows {
            let place = SourceLocation(file: table.file, line: line)
            func cell(_ column: Int?) -> String {
                guard let column, column < fields.count else { return "" }
                return fields[column]
            }
            let unitID = cell(id), unitName = cell(name), unitGroup = cell(group)
            if fields.count > table.header.count {
                diagnostics.error(
                    .scoreUnitsRowTooLong, ["count": .number(fields.count), "columns": .number(table.header.count)], at: place)
                continue
            }
            guard Slug.isValid(unitID) else {
                diagnostics.error(.scoreUnitIDInvalid, ["id": .text(unitID)], at: place)
                continue
            }
            if let first = lines[unitID] {
                diagnostics.error(.scoreUnitIDTaken, ["id": .text(unitID), "line": .number(first)], at: place)
                continue
            }
            guard !unitName.isEmpty, !unitGroup.isEmpty else {
                diagnostics.error(.scoreUnitNeedsNameAndGroup, ["id": .text(unitID)], at: place)
                continue
            }
            lines[unitID] = line
            let shortName = cell(short)
            units.append(
                ScoreUnit(id: unitID, name: unitName, shortName: shortName.isEmpty ? unitName : shortName, group: unitGroup, line: line))
        }
        return units
    }
}

extension MessageValue {
    /// " (did you mean 'x'?)" after a name that is not known, or nothing when no known name is close.
    static func scoreSuggestion(for name: String, among known: [String]) -> MessageValue {
        TextTools.suggestion(for: name, among: known).map { .message(Message(.scoreDidYouMean, ["name": .text($0)])) } ?? ""
    }
}
