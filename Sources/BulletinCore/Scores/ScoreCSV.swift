import SwiftCSV

/// A CSV file split into a header and rows, each row with the line it starts on.
///
/// Two dialects are read: comma-separated with '.' decimals, and ';'-separated with ','
/// decimals, as Excel saves a CSV in a Vietnamese locale. The dialect is taken from the header
/// line (column names never contain ';' or ','). Parsing is SwiftCSV's; the text it gets has
/// already been through SourceText (BOM dropped, CRLF made LF, NFC), so lines can be counted.
public struct CSVTable: Sendable {
    public enum Dialect: Sendable { case comma, semicolon }

    public let file: String
    public let dialect: Dialect
    /// Column names, trimmed.
    public let header: [String]
    public let rows: [(line: Int, fields: [String])]

    public static func read(_ text: String, file: String) -> Result<CSVTable, Diagnostic> {
        // SwiftCSV reads an unclosed quote to the end of the file, which would silently make the
        // rest of the file one value (found by fuzzing).
        if let line = unclosedQuote(in: text) {
            return .failure(
                Diagnostic(.error, .scoreQuoteNeverClosed, at: SourceLocation(file: file, line: line)))
        }
        let firstLine = text.prefix { $0 != "\n" }
        let dialect: Dialect = firstLine.contains(";") ? .semicolon : .comma
        let csv: EnumeratedCSV
        do {
            // rowLimit 0: only the header is parsed here; the rows are walked below with lines.
            csv = try EnumeratedCSV(string: text, delimiter: dialect == .comma ? .comma : .semicolon, loadColumns: false, rowLimit: 0)
        } catch {
            return .failure(malformed(file: file, line: 1))
        }
        var rows: [(line: Int, fields: [String])] = []
        var line = 1
        do {
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fields in
                rows.append((line, fields.map { $0.trimmingCharacters(in: .whitespaces) }))
                // A quoted field may hold line breaks; the next row starts after them.
                line += 1 + fields.reduce(0) { count, field in count + field.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            }
        } catch {
            return .failure(malformed(file: file, line: line))
        }
        guard let header = rows.first, !header.fields.allSatisfy(\.isEmpty) else {
            return .failure(Diagnostic(.error, .scoreFileEmpty, at: SourceLocation(file: file, line: 1)))
        }
        let body = rows.dropFirst().filter { !$0.fields.allSatisfy(\.isEmpty) }
        return .success(CSVTable(file: file, dialect: dialect, header: header.fields, rows: Array(body)))
    }

    /// The line of a double quote that opens a quoted value and is never closed ("" inside a
    /// quoted value counts twice, so it changes nothing), or nil.
    static func unclosedQuote(in text: String) -> Int? {
        var line = 1
        var inQuotes = false
        var openedOn = 0
        for b in text.utf8 {
            if b == 0x22 {
                inQuotes.toggle()
                if inQuotes { openedOn = line }
            } else if b == 0x0A {
                line += 1
            }
        }
        return inQuotes ? openedOn : nil
    }

    private static func malformed(file: String, line: Int) -> Diagnostic {
        Diagnostic(.error, .scoreQuotesUnbalanced, at: SourceLocation(file: file, line: line))
    }
}

/// Writes the CSV files readers download: UTF-8 with a BOM (so Excel shows Vietnamese letters),
/// CRLF line ends, commas, '.' decimals. A value is quoted when it holds a comma, a quote or a
/// line break; one that starts like a formula (= + - @) gets a leading apostrophe so that a
/// spreadsheet shows it instead of running it.
public enum CSVWriter {
    public static func document(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}"
        out += line(header)
        for row in rows { out += line(row) }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.utf8.first, "=+-@".utf8.contains(first), ScoreNumber.parse(text) == nil {
            text = "'" + text
        }
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        return "\"" + ByteSearch.replace("\"", with: "\"\"", in: text) + "\""
    }
}
