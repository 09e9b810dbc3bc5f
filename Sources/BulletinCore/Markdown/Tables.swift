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
        /// A lazy continuation line: inside a quote or list item, written without its marks.
        var isLazy = false
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
        references = TableMaker.definitionLines(lines)
    }

    /// The lines of the body that may define link references ("[tên]: địa-chỉ" and the lines
    /// that follow it up to an empty line, where a title may continue), for parsing cells and
    /// rows with: nil when there are none. Only these, so that a long table in a long body is
    /// not parsed once per cell with the whole body.
    static func definitionLines(_ lines: SourceLines) -> [UInt8]? {
        var out: [UInt8] = []
        var inDefinition = false
        for line in 1...lines.starts.count {
            let text = lines.rest(ofLine: line, from: 1)
            let content = text.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E }
            if content.isEmpty {
                inDefinition = false
                continue
            }
            if content.first == 0x5B, zip(content, content.dropFirst()).contains(where: { $0 == 0x5D && $1 == 0x3A }) {
                inDefinition = true
            }
            if inDefinition {
                out += content
                out.append(0x0A)
            }
        }
        return out.isEmpty ? nil : [0x0A] + out
    }

    /// Makes a table of `node` (a paragraph, or a heading whose underline came after the rows)
    /// if its lines hold one.
    mutating func make(from node: OpaquePointer) {
        let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
        guard last > first else { return }
        let isHeading = cmark_node_get_type(node) == CMARK_NODE_HEADING
        let rows = self.rows(of: node, from: first, to: last)
        guard let header = headerIndex(rows), !(isHeading && header > 0) else { return }
        let delimiter = TableMaker.cells(rows[header + 1].bytes, column: rows[header + 1].column)
        let alignments = delimiter.map { TableMaker.alignment(of: $0.bytes)! }
        // The rows run to the first line that would start a block of its own on GitHub.
        var end = header + 2
        while end < rows.count, !TableMaker.endsTable(rows[end], isUnderline: isHeading && end == rows.count - 1) { end += 1 }
        if header > 0 {
            guard keepLines(header, of: node) else { return }
        }
        count += 1
        let table = block("<div class=\"table-scroll\" role=\"region\" aria-label=\"Bảng \(count)\" tabindex=\"0\">", "</div>")
        let inner = block("<table>", "</table>")
        cmark_node_append_child(table, inner)
        let head = block("<thead>", "</thead>")
        cmark_node_append_child(inner, head)
        cmark_node_append_child(head, row(rows[header], alignments: alignments, isHeader: true))
        if header + 2 < end {
            let body = block("<tbody>", "</tbody>")
            for source in rows[(header + 2)..<end] {
                cmark_node_append_child(body, row(source, alignments: alignments, isHeader: false))
            }
            cmark_node_append_child(inner, body)
        }
        if header > 0 {
            cmark_node_insert_after(node, table)
        } else {
            cmark_node_insert_before(node, table)
            cmark_node_free(node)
        }
        if end < rows.count { insertBlocks(of: Array(rows[end...]), after: table) }
    }

    /// Whether a line after the delimiter row ends the table, as a line that starts a block does
    /// on GitHub: a lazy line, one with no cell, an indented code line, a numbered list item, an
    /// HTML block, a setext underline of dashes (a rule).
    static func endsTable(_ row: Row, isUnderline: Bool) -> Bool {
        if row.isLazy { return true }
        let bytes = row.bytes
        let indent = bytes.prefix { $0 == 0x20 || $0 == 0x09 }
        if indent.contains(0x09) || indent.count >= 4 { return true }
        let content = bytes.dropFirst(indent.count)
        guard let first = content.first else { return true }
        if isUnderline && first == 0x2D { return true }
        if first == 0x3C { return true }
        let digits = content.prefix { (0x30...0x39).contains($0) }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = content.dropFirst(digits.count)
            if let mark = rest.first, mark == 0x2E || mark == 0x29 {
                let after = rest.dropFirst().first
                if after == nil || after == 0x20 || after == 0x09 { return true }
            }
        }
        return cells(bytes, column: row.column).isEmpty
    }

    /// Lines after the table that are not rows, parsed by cmark as the blocks they are, and put
    /// after it (in the same container).
    private mutating func insertBlocks(of rest: [Row], after table: OpaquePointer) {
        var text: [UInt8] = []
        for row in rest {
            text += row.bytes
            text.append(0x0A)
        }
        guard let document = parse(text) else { return }
        defer { cmark_node_free(document) }
        if text.contains(0x7E) { Strikethrough.apply(to: document, lines: SourceLines(KnownUTF8.string(text))) }
        // A lazy line has left the quotes and lists the table is in.
        var previous = table
        if rest.first?.isLazy == true {
            while let parent = cmark_node_parent(previous), cmark_node_get_type(parent) != CMARK_NODE_DOCUMENT { previous = parent }
        }
        while let block = cmark_node_first_child(document) {
            // Blocks from the definitions parsed after the lines are not the author's here.
            if cmark_node_get_start_line(block) > rest.count { break }
            recordPlaces(in: block) { line, column in
                let row = rest[min(rest.count, max(1, line)) - 1]
                return (row.line, row.column + column - 1)
            }
            cmark_node_unlink(block)
            cmark_node_insert_after(previous, block)
            previous = block
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
            let isLazy = start > 1 && skip == 0 && !bytes.isEmpty
            rows.append(Row(line: line, column: 1 + skip, bytes: bytes.dropFirst(skip), isLazy: isLazy))
        }
        return rows
    }

    /// The index of the header row: the first row followed by a delimiter row of as many cells,
    /// neither of them a lazy line, one of them with a pipe (GitHub also takes "a" over ":--" for
    /// a table; a body without a pipe is not looked at).
    private func headerIndex(_ rows: [Row]) -> Int? {
        for index in 0..<(rows.count - 1) {
            let next = rows[index + 1].bytes
            guard next.contains(0x2D) else { continue }
            let delimiter = TableMaker.cells(next, column: 1)
            guard !rows[index].isLazy, !rows[index + 1].isLazy, !delimiter.isEmpty,
                rows[index].bytes.contains(0x7C) || next.contains(0x7C),
                delimiter.allSatisfy({ TableMaker.alignment(of: $0.bytes) != nil }),
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
}

extension UInt8 {
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self)
            || (0x7B...0x7E).contains(self)
    }
}
