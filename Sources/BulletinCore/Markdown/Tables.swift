import CMark
import Foundation

/// GitHub's pipe tables, made on cmark's tree. Debian's cmark has no table extension, so a
/// table reaches the tree as a paragraph whose lines are its rows. Where a paragraph's lines
/// (read from the source at the paragraph's place) hold a header row followed by a delimiter
/// row with as many cells, the paragraph from the header row on becomes a table; lines before
/// it stay the paragraph they were. Each cell's text is parsed by cmark on its own, as inline
/// Markdown, so emphasis, code, links and images in cells are cmark's nodes like any other.
struct TableMaker {
    enum Alignment { case none, left, center, right }

    /// A row of the source: its line in the body, the byte column where its text starts.
    struct Row {
        let line: Int
        let column: Int
        let bytes: ArraySlice<UInt8>
    }

    /// A cell's text as written (escaped pipes still escaped) and the byte column it starts at.
    struct Cell {
        let bytes: ArraySlice<UInt8>
        let column: Int
    }

    let lines: SourceLines
    let options: Int32
    /// The whole body, when it defines link references ("[tên]: địa-chỉ"): parsed after a cell
    /// that may use one, so that cmark knows the definitions there too.
    let references: [UInt8]?
    /// Where each link and image in a cell is in the body (line, byte column): cmark's own
    /// positions for them are within the cell's text.
    var places: [OpaquePointer: (line: Int, column: Int)] = [:]
    /// Tables made so far, to give each its own label.
    var count = 0

    init(lines: SourceLines, options: Int32) {
        self.lines = lines
        self.options = options
        let definesReferences = zip(lines.bytes, lines.bytes.dropFirst()).contains { $0 == 0x5D && $1 == 0x3A }
        references = definesReferences ? lines.bytes : nil
    }

    /// Makes a table of `paragraph` if its lines hold one.
    mutating func make(from paragraph: OpaquePointer) {
        let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
        guard last > first else { return }
        let rows = self.rows(of: paragraph, from: first, to: last)
        guard let header = headerIndex(rows) else { return }
        let delimiter = TableMaker.cells(rows[header + 1].bytes, column: rows[header + 1].column)
        let alignments = delimiter.map { TableMaker.alignment(of: $0.bytes)! }
        if header > 0 {
            guard keepLines(header, of: paragraph) else { return }
        }
        count += 1
        let table = block("<div class=\"table-scroll\" role=\"region\" aria-label=\"Bảng \(count)\" tabindex=\"0\">", "</div>")
        let inner = block("<table>", "</table>")
        cmark_node_append_child(table, inner)
        let head = block("<thead>", "</thead>")
        cmark_node_append_child(inner, head)
        cmark_node_append_child(head, row(rows[header], alignments: alignments, isHeader: true))
        if header + 2 < rows.count {
            let body = block("<tbody>", "</tbody>")
            for source in rows[(header + 2)...] {
                cmark_node_append_child(body, row(source, alignments: alignments, isHeader: false))
            }
            cmark_node_append_child(inner, body)
        }
        if header > 0 {
            cmark_node_insert_after(paragraph, table)
        } else {
            cmark_node_insert_before(paragraph, table)
            cmark_node_free(paragraph)
        }
    }

    /// The paragraph's lines as written, without the marks of the quotes and list items it is in.
    private func rows(of paragraph: OpaquePointer, from first: Int, to last: Int) -> [Row] {
        let start = Int(cmark_node_get_start_column(paragraph))
        var rows = [Row(line: first, column: start, bytes: lines.rest(ofLine: first, from: start))]
        for line in (first + 1)...last {
            let bytes = lines.rest(ofLine: line, from: 1)
            // Continuation lines repeat the containers' marks ("> ", the item's indent) up to the
            // paragraph's column; a lazy line has none.
            var skip = 0
            while skip < start - 1, skip < bytes.count, [0x20, 0x09, 0x3E].contains(bytes[bytes.startIndex + skip]) { skip += 1 }
            rows.append(Row(line: line, column: 1 + skip, bytes: bytes.dropFirst(skip)))
        }
        return rows
    }

    /// The index of the header row: the first row followed by a delimiter row of as many cells,
    /// one of the two holding a pipe.
    private func headerIndex(_ rows: [Row]) -> Int? {
        for index in 0..<(rows.count - 1) {
            let next = rows[index + 1].bytes
            guard next.contains(0x2D) else { continue }
            let delimiter = TableMaker.cells(next, column: 1)
            guard delimiter.allSatisfy({ TableMaker.alignment(of: $0.bytes) != nil }),
                rows[index].bytes.contains(0x7C) || next.contains(0x7C),
                TableMaker.cells(rows[index].bytes, column: 1).count == delimiter.count
            else { continue }
            return index
        }
        return nil
    }

    /// Leaves the paragraph its first `count` lines, the nodes before its `count`th line break.
    /// False when its nodes do not follow its lines one for one (a break inside emphasis, a link
    /// definition taken out of it): the paragraph then stays as cmark made it.
    private func keepLines(_ count: Int, of paragraph: OpaquePointer) -> Bool {
        var breaks: [OpaquePointer] = []
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { breaks.append(node) }
            child = cmark_node_next(node)
        }
        let lineCount = Int(cmark_node_get_end_line(paragraph) - cmark_node_get_start_line(paragraph)) + 1
        guard breaks.count == lineCount - 1 else { return false }
        var node: OpaquePointer? = breaks[count - 1]
        while let doomed = node {
            node = cmark_node_next(doomed)
            cmark_node_free(doomed)
        }
        return true
    }

    private func block(_ enter: String, _ exit: String) -> OpaquePointer {
        let node = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// A row: as many cells as the delimiter row, missing ones empty, extra ones left out.
    private mutating func row(_ source: Row, alignments: [Alignment], isHeader: Bool) -> OpaquePointer {
        let row = block("<tr>", "</tr>")
        let cells = TableMaker.cells(source.bytes, column: source.column)
        for (index, alignment) in alignments.enumerated() {
            let tag = isHeader ? "th" : "td"
            var open = "<" + tag + (isHeader ? " scope=\"col\"" : "")
            switch alignment {
            case .none: break
            case .left: open += " style=\"text-align: left\""
            case .center: open += " style=\"text-align: center\""
            case .right: open += " style=\"text-align: right\""
            }
            let cell = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(cell, open + ">")
            // The line break ends the cell's line in the HTML, as cmark-gfm writes it; the walker
            // also reads it as the end of a cell's words.
            cmark_node_set_on_exit(cell, "</" + tag + ">\n")
            if index < cells.count { fill(cell, with: cells[index], line: source.line) }
            cmark_node_append_child(row, cell)
        }
        return row
    }

    /// Parses the cell's text as inline Markdown into `cell`. A text that would start a block on
    /// its own ("- ", "1. ", "# ") has that mark escaped, as it is only text inside a row.
    private mutating func fill(_ cell: OpaquePointer, with source: Cell, line: Int) {
        var text = TableMaker.unescapingPipes(source.bytes)
        guard !text.isEmpty else { return }
        var shift = 0
        var document = parse(text)
        if !TableMaker.isOneParagraph(document), let escaped = TableMaker.escapingBlockStart(text) {
            document.map { cmark_node_free($0) }
            text = escaped
            shift = 1
            document = parse(text)
        }
        guard let document, TableMaker.isOneParagraph(document), let paragraph = cmark_node_first_child(document) else {
            document.map { cmark_node_free($0) }
            let node = MarkdownConverter.newNode(CMARK_NODE_TEXT)!
            cmark_node_set_literal(node, KnownUTF8.string(TableMaker.unescapingPipes(source.bytes)))
            cmark_node_append_child(cell, node)
            return
        }
        if text.contains(0x7E) { Strikethrough.apply(to: paragraph, lines: SourceLines(KnownUTF8.string(text))) }
        recordPlaces(in: paragraph, line: line, column: source.column - shift)
        while let inline = cmark_node_first_child(paragraph) {
            cmark_node_unlink(inline)
            cmark_node_append_child(cell, inline)
        }
        cmark_node_free(document)
    }

    /// The cell's text as a document, followed by the body when the cell may use a link
    /// reference the body defines (its first paragraph is then the cell's, on line 1).
    private func parse(_ text: [UInt8]) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(options, &MarkdownConverter.arena) else { return nil }
        defer { cmark_parser_free(parser) }
        func feed(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
        }
        feed(text)
        if let references, text.contains(0x5D) {
            feed([0x0A, 0x0A])
            feed(references)
        }
        return cmark_parser_finish(parser)
    }

    private mutating func recordPlaces(in paragraph: OpaquePointer, line: Int, column: Int) {
        guard let iterator = cmark_iter_new(paragraph) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                places[node] = (line, column + max(1, Int(cmark_node_get_start_column(node))) - 1)
            }
        }
    }

    /// Whether the document starts with a paragraph that is all of line 1 (a cell is one line).
    private static func isOneParagraph(_ document: OpaquePointer?) -> Bool {
        guard let document, let first = cmark_node_first_child(document) else { return false }
        return cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH && cmark_node_get_start_line(first) == 1
            && cmark_node_get_end_line(first) == 1
            && (cmark_node_next(first).map { cmark_node_get_start_line($0) > 1 } ?? true)
    }

    /// The text with a backslash before the mark that makes it a block: the first character
    /// when it is ASCII punctuation, the "." or ")" after an ordered list's number.
    static func escapingBlockStart(_ text: [UInt8]) -> [UInt8]? {
        guard let first = text.first else { return nil }
        if first.isASCIIPunctuation { return [0x5C] + text }
        guard let end = text.firstIndex(where: { !(0x30...0x39).contains($0) }), end > 0,
            text[end] == 0x2E || text[end] == 0x29
        else { return nil }
        return Array(text[..<end]) + [0x5C] + Array(text[end...])
    }

    /// A row split at its pipes: the pipes at either end are optional, `\|` is a pipe inside a
    /// cell. Each cell is trimmed of spaces and tabs.
    static func cells(_ row: ArraySlice<UInt8>, column: Int) -> [Cell] {
        var cells: [Cell] = []
        var index = row.startIndex
        while index < row.endIndex, row[index] == 0x20 || row[index] == 0x09 { index += 1 }
        if index < row.endIndex, row[index] == 0x7C { index += 1 }
        var start = index
        var endsWithPipe = false
        func add(_ end: Int) {
            var from = start, to = end
            while from < to, row[from] == 0x20 || row[from] == 0x09 { from += 1 }
            while to > from, row[to - 1] == 0x20 || row[to - 1] == 0x09 { to -= 1 }
            cells.append(Cell(bytes: row[from..<to], column: column + from - row.startIndex))
        }
        while index < row.endIndex {
            if row[index] == 0x5C, index + 1 < row.endIndex, row[index + 1] == 0x7C {
                index += 2
                endsWithPipe = false
                continue
            }
            if row[index] == 0x7C {
                add(index)
                start = index + 1
                endsWithPipe = true
            } else if row[index] != 0x20 && row[index] != 0x09 {
                endsWithPipe = false
            }
            index += 1
        }
        if !endsWithPipe || cells.isEmpty { add(row.endIndex) }
        return cells
    }

    /// The alignment a delimiter cell asks for; nil when it is not one (`:?-+:?`).
    static func alignment(of cell: ArraySlice<UInt8>) -> Alignment? {
        var dashes = cell
        let left = dashes.first == 0x3A
        if left { dashes = dashes.dropFirst() }
        let right = dashes.last == 0x3A
        if right { dashes = dashes.dropLast() }
        guard !dashes.isEmpty, dashes.allSatisfy({ $0 == 0x2D }) else { return nil }
        switch (left, right) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return Alignment.none
        }
    }

    /// `\|` as `|`: the table's own escape, taken out before the cell's Markdown is read (so
    /// it works inside code spans too, as on GitHub).
    static func unescapingPipes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x5C, index + 1 < bytes.endIndex, bytes[index + 1] == 0x7C {
                out.append(0x7C)
                index += 2
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }
}

extension UInt8 {
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self)
            || (0x7B...0x7E).contains(self)
    }
}
