import Testing

@testable import BulletinCore

@Suite struct ScoreCSVTests {
    /// Decodes bytes as every input is (BOM, CRLF, NFC), then reads the table.
    func table(_ bytes: [UInt8]) throws -> CSVTable {
        let text = try SourceText.decode(bytes).get()
        return try CSVTable.read(text, file: "t.csv").get()
    }

    @Test func readsTheCommaDialect() throws {
        let t = try table(Array("unit,name,total\nso-a,\"Sở Văn hóa, Thể thao\",95.83\nso-b,Sở B,90\n".utf8))
        #expect(t.dialect == .comma)
        #expect(t.header == ["unit", "name", "total"])
        #expect(t.rows.map(\.fields) == [["so-a", "Sở Văn hóa, Thể thao", "95.83"], ["so-b", "Sở B", "90"]])
        #expect(t.rows.map(\.line) == [2, 3])
    }

    @Test func readsTheSemicolonDialectWithBOMAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("unit;total\r\nhuyen-song-ma;99,2\r\nban-dan-toc;100\r\n".utf8)
        let t = try table(bytes)
        #expect(t.dialect == .semicolon)
        #expect(t.header == ["unit", "total"])
        #expect(t.rows.map(\.fields) == [["huyen-song-ma", "99,2"], ["ban-dan-toc", "100"]])
        #expect(t.rows.map { ScoreNumber.parse($0.fields[1]) } == [99.2, 100])
    }

    @Test func countsLinesAcrossQuotedLineBreaksAndBlankLines() throws {
        let t = try table(Array("unit,name\na,\"hai\ndòng\"\n\nb,x\n".utf8))
        #expect(t.rows.map(\.line) == [2, 5])
        #expect(t.rows[0].fields[1] == "hai\ndòng")
    }

    @Test func reportsUnbalancedQuotesWithTheirLine() throws {
        let text = "unit,name\na,ok\nb,Sở \"X\" sai\n"
        guard case .failure(let problem) = CSVTable.read(text, file: "t.csv") else {
            Issue.record("a stray quote must be an error")
            return
        }
        #expect(problem.location == SourceLocation(file: "t.csv", line: 3))
        #expect(problem.message.contains("quotes on this line are not balanced"))
    }

    @Test func refusesAnEmptyFile() {
        guard case .failure(let problem) = CSVTable.read("\n", file: "t.csv") else {
            Issue.record("an empty file must be an error")
            return
        }
        #expect(problem.message.contains("the file is empty"))
    }

    @Test func writesDownloadsExcelCanOpen() {
        let text = CSVWriter.document(
            header: ["unit", "name", "total"], rows: [["a", "Sở Văn hóa, \"TT\"", "95.5"], ["b", "=cmd()", "-1.5"]])
        #expect(text.hasPrefix("\u{FEFF}unit,name,total\r\n"))
        #expect(text.contains("a,\"Sở Văn hóa, \"\"TT\"\"\",95.5\r\n"))
        // A value that starts like a formula is not run by the spreadsheet; a negative number stays a number.
        #expect(text.contains("b,'=cmd(),-1.5\r\n"))
        // The download reads back with the loader's own reader.
        let again = try? CSVTable.read(try SourceText.decode(Array(text.utf8)).get(), file: "d.csv").get()
        #expect(again?.rows.first?.fields == ["a", "Sở Văn hóa, \"TT\"", "95.5"])
    }
}
