// libFuzzer target: score data (content/scores) as ScoresFeature reads it: CSVTable (SwiftCSV),
// units.csv, index.yaml, <year>.csv and <year>.yaml, then the rankings and averages. The first
// byte picks which file the input replaces in a copy of the sample site's PAR Index data.
import Foundation
import FuzzChecks
import FuzzDriver

@testable import BulletinCore

/// The sample site's score files, read once from the repository (this file's ../../../../content).
let sample: [String: [UInt8]] = {
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../content/scores")
    var files: [String: [UInt8]] = [:]
    for name in ["units.csv", "par-index/index.yaml", "par-index/2021.csv", "par-index/2022.csv"] {
        let data = FileManager.default.contents(atPath: content.appendingPathComponent(name).path)
        files["scores/" + name] = Array(data ?? Data())
    }
    return files
}()

/// Which file the input stands for, by its first byte.
let targets = ["scores/par-index/2022.csv", "scores/units.csv", "scores/par-index/index.yaml", "scores/par-index/2022.yaml"]

enum FuzzFiles {
    nonisolated(unsafe) static var files: [String: [UInt8]] = [:]

    static func relative(_ path: String) -> String { String(path.dropFirst("/fuzz/".count)) }

    static let io = FileIO(
        read: { path in
            guard let bytes = FuzzFiles.files[relative(path)] else { throw FileError(path: path, errno: ENOENT) }
            return bytes
        },
        list: { path in
            let folder = relative(path) + "/"
            var entries: [String: DirectoryEntry.Kind] = [:]
            for name in FuzzFiles.files.keys where name.hasPrefix(folder) {
                let rest = name.dropFirst(folder.count)
                if let slash = rest.firstIndex(of: "/") {
                    entries[String(rest[..<slash])] = .directory
                } else {
                    entries[String(rest)] = .file
                }
            }
            return entries.map { DirectoryEntry(name: $0.key, kind: $0.value) }.sorted { $0.name < $1.name }
        },
        realPath: { $0 },
        isDirectory: { path in
            let folder = path == "/fuzz" ? "" : relative(path) + "/"
            return FuzzFiles.files.keys.contains { $0.hasPrefix(folder) }
        })
}

func lineCount(_ bytes: [UInt8]) -> Int {
    1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && $0 + 1 < bytes.count && bytes[$0 + 1] != 0x0A) }.count
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScores(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let choice = bytes.first else { return 0 }
    let target = targets[Int(choice) % targets.count]
    var files = sample
    files[target] = Array(bytes.dropFirst())
    FuzzFiles.files = files

    let diagnostics = Diagnostics()
    let tree = ContentTree(root: "/fuzz", displayRoot: "content", io: FuzzFiles.io)
    let data = ScoreFiles(tree: tree, diagnostics: diagnostics).load()
    for problem in diagnostics.all {
        guard let location = problem.location, location.line > 0 else { continue }
        let relative = String(location.file.dropFirst("content/".count))
        let lines = files[relative].map(lineCount) ?? 1
        check(location.line <= lines, "\(problem.formatted) in a \(lines)-line file")
    }
    if let data {
        let results = ScoreResults(data)
        for (position, index) in data.indices.enumerated() {
            for year in index.years {
                let result = results.year(index.id, year.year)
                check(result != nil, "no result for \(index.id) \(year.year)")
                for row in year.rows { check(row.total.isFinite && row.total >= 0 && row.total <= index.maximum, "\(row.total)") }
            }
            _ = results.latest(position)
        }
    }

    // Writing a table for download and reading it back keeps its shape. (The reader takes its
    // separator from the first line, so column names never hold ';': ours never do.)
    if case .success(let text) = SourceText.decode(Array(bytes.dropFirst())),
        case .success(let table) = CSVTable.read(text, file: "content/x.csv"), !table.header.contains(where: { $0.contains(";") })
    {
        let written = CSVWriter.document(header: table.header, rows: table.rows.map(\.fields))
        guard case .success(let again) = SourceText.decode(Array(written.utf8)) else {
            check(false, "the written CSV does not decode")
            return 0
        }
        switch CSVTable.read(again, file: "content/x.csv") {
        case .success(let reread):
            check(reread.header.count == table.header.count, "header \(table.header) came back as \(reread.header)")
            check(reread.rows.count == table.rows.count, "\(table.rows.count) rows came back as \(reread.rows.count)")
        case .failure(let problem):
            check(false, "the written CSV does not read back: \(problem.formatted)")
        }
    }
    return 0
}

/// The program's entry point (see FuzzDriver.h).
@_cdecl("FuzzScores_main")
public func fuzzScoresMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    bulletin_fuzz_main(argc, argv) { data, size in data.map { fuzzScores(UnsafeRawPointer($0), size) } ?? 0 }
}
