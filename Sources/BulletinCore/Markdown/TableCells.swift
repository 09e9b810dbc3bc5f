import CMark
import Foundation

/// A table's rows split into cells, and each cell's text read by cmark as inline Markdown.
extension TableMaker {
    /// Parses the cell's text as inline Markdown into `cell`. A text that would start a block of
    /// its own ("- ", "1. ", "# ", "<div>", "[a]: b") is read after a letter that is then taken
    /// off: inside a row it is only inline text, as on GitHub.
    mutating func fill(_ cell: OpaquePointer, with source: Cell, line: Int) {
        let (text, removed) = TableMaker.unescapingPipes(source.bytes)
        guard !text.isEmpty else { return }
        var prefix: [UInt8] = []
        var document = parse(text)
        if !TableMaker.isOneParagraph(document) {
            document.map { cmark_node_free($0) }
            prefix = [0x78]
            document = parse(prefix + text)
        }
        guard let document, TableMaker.isOneParagraph(document), let paragraph = cmark_node_first_child(document),
            TableMaker.dropFirstByte(of: paragraph, if: prefix.first)
        else {
            document.map { cmark_node_free($0) }
            let node = MarkdownConverter.newNode(CMARK_NODE_TEXT)!
            cmark_node_set_literal(node, KnownUTF8.string(text))
            cmark_node_append_child(cell, node)
            return
        }
        if text.contains(0x7E) { Strikethrough.apply(to: paragraph, lines: SourceLines(KnownUTF8.string(prefix + text))) }
        recordPlaces(in: paragraph) { _, column in
            // Back to the row: past the letter added, and past each backslash of a `\|`.
            let offset = column - 1 - prefix.count
            return (line, source.column + offset + removed.filter { $0 <= offset }.count)
        }
        while let inline = cmark_node_first_child(paragraph) {
            cmark_node_unlink(inline)
            cmark_node_append_child(cell, inline)
        }
        cmark_node_free(document)
    }

    /// Takes the added letter off the paragraph's first text node (cmark merged it into the text
    /// that follows); false when it is not there.
    private static func dropFirstByte(of paragraph: OpaquePointer, if byte: UInt8?) -> Bool {
        guard let byte else { return true }
        guard let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT else { return false }
        let literal = GitHubExtensions.literal(of: first)
        guard literal.first == byte else { return false }
        if literal.count == 1 {
            cmark_node_free(first)
        } else {
            cmark_node_set_literal(first, KnownUTF8.string(Array(literal.dropFirst())))
        }
        return true
    }

    /// The text as a document, followed by the body's link definitions when it may use one
    /// (its own blocks are then those that start before the definitions).
    func parse(_ text: [UInt8]) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(options, &MarkdownConverter.arena) else { return nil }
        defer { cmark_parser_free(parser) }
        func feed(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
        }
        feed(text)
        if let references, text.contains(0x5D) {
            feed([0x0A])
            feed(references)
        }
        return cmark_parser_finish(parser)
    }

    /// Records where each link and image under `root` is in the body; `place` turns cmark's
    /// line and byte column in the parsed text into the body's.
    mutating func recordPlaces(in root: OpaquePointer, place: (Int, Int) -> (line: Int, column: Int)) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                places[node] = place(Int(cmark_node_get_start_line(node)), max(1, Int(cmark_node_get_start_column(node))))
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

    /// A row split at its pipes: the pipes at either end are optional, `\|` is a pipe inside a
    /// cell. Each cell is trimmed of spaces and tabs. A row that is only a pipe has no cell.
    static func cells(_ row: ArraySlice<UInt8>, column: Int) -> [Cell] {
        var cells: [Cell] = []
        var index = row.startIndex
        while index < row.endIndex, row[index] == 0x20 || row[index] == 0x09 { index += 1 }
        if index < row.endIndex, row[index] == 0x7C {
            index += 1
            if row[index...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return [] }
        }
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
    /// it works inside code spans too, as on GitHub). Also gives the offsets, in the text
    /// returned, of the pipes whose backslash was taken out.
    static func unescapingPipes(_ bytes: ArraySlice<UInt8>) -> (text: [UInt8], removed: [Int]) {
        var out: [UInt8] = []
        var removed: [Int] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x5C, index + 1 < bytes.endIndex, bytes[index + 1] == 0x7C {
                removed.append(out.count)
                out.append(0x7C)
                index += 2
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return (out, removed)
    }
}
