import Foundation

/// `bulletin check --format json`: every problem as an object a CI job can read, plus a summary.
///
///     {"diagnostics": [{"file": "content/articles/a.md", "line": 3, "column": 7,
///                       "severity": "error", "code": "BLT0301", "message": "…"}],
///      "summary": {"errors": 1, "warnings": 0, "pages": 120, "ok": false}}
///
/// `file`, `line` and `column` are null when a problem has no place (line and column are also
/// null when it concerns a whole file). Field names and messages are English whatever the
/// language of the terminal, so that scripts read them the same everywhere; `code` names the
/// message in either language (docs list the codes).
public enum CheckReport {
    struct Entry: Encodable {
        let file: String?
        let line: Int?
        let column: Int?
        let severity: String
        let code: String
        let message: String

        // Explicit nulls: a CI script can read every key without checking it exists.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message }
    }

    struct Summary: Encodable {
        let errors: Int
        let warnings: Int
        let pages: Int
        let ok: Bool
    }

    struct Document: Encodable {
        let diagnostics: [Entry]
        let summary: Summary
    }

    public static func json(_ report: BuildReport) -> String {
        let entries = report.diagnostics.map { d in
            Entry(
                file: d.location?.file, line: d.location.flatMap { $0.line > 0 ? $0.line : nil },
                column: d.location.flatMap { $0.line > 0 && $0.column > 0 ? $0.column : nil }, severity: d.severity.rawValue,
                code: d.code, message: d.message)
        }
        let summary = Summary(
            errors: report.errors.count, warnings: report.warnings.count, pages: report.pagesByKind.values.reduce(0, +),
            ok: report.succeeded && report.errors.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(diagnostics: entries, summary: summary))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
