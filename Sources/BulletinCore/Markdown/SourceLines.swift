import Foundation

/// The bytes of a Markdown body by line, to read what the author wrote at a place cmark gives
/// (line and byte column) and to turn cmark's byte columns into the character columns editors
/// see: every Vietnamese letter with a mark is two or three bytes.
struct SourceLines {
    let bytes: [UInt8]
    /// Offset of the first byte of each line.
    let starts: [Int]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        // memchr from one line break to the next: a byte-by-byte loop over the whole text was a
        // tenth of the Markdown stage.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        }
        self.starts = starts
    }

    /// The bytes of line `line` (1-based) from byte column `column` (1-based) to the line's end,
    /// without the line break; empty past the text.
    func rest(ofLine line: Int, from column: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= starts.count else { return [] }
        var end = line < starts.count ? starts[line] : bytes.count
        if end > starts[line - 1], end - 1 < bytes.count, bytes[end - 1] == 0x0A { end -= 1 }
        let start = min(end, starts[line - 1] + max(1, column) - 1)
        return bytes[start..<end]
    }

    /// Where byte `offset` of the body is, in the file.
    func location(ofByte offset: Int, file: String, firstLine: Int) -> SourceLocation {
        var line = 1
        while line < starts.count && starts[line] <= offset { line += 1 }
        let column = 1 + TextTools.characterCount(bytes[starts[line - 1]..<offset])
        return SourceLocation(file: file, line: line + firstLine - 1, column: column)
    }
}
