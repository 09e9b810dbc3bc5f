import Foundation

/// Turns the bytes of a text file into the String every later stage sees: UTF-8 checked, BOM
/// dropped, CRLF and lone CR made LF, NFC.
public enum SourceText {
    public enum Problem: Error, Equatable {
        case binary(line: Int)
        case invalidUTF8(line: Int, column: Int)
        case tooLarge(bytes: Int)
    }

    /// Largest text file accepted (Markdown, YAML, templates). Text is written by hand: the
    /// longest decree pasted into an article is a few hundred KB, so a bigger file is a mistake
    /// (a pasted image, an export of a database). It also bounds the parser's memory: cmark can
    /// make a node of some 200 bytes for each byte of hostile input ("[[[[…").
    public static let maximumSize = 1 << 20

    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        guard bytes.count <= maximumSize else { return .failure(.tooLarge(bytes: bytes.count)) }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        // memchr for NUL and CR: byte loops over every file were a third of this function.
        if let nul = body.withUnsafeBufferPointer({ SourceText.find(0, in: $0) }) {
            return .failure(.binary(line: lineNumber(in: body, at: start + nul)))
        }
        var hasCR = false
        var isNFC = false
        let decoded: String? = body.withUnsafeBufferPointer { buffer in
            hasCR = SourceText.find(0x0D, in: buffer) != nil
            // Nearly every file: Vietnamese text, checked and found NFC in one pass.
            if Normalization.isValidAndCertainlyNFC(buffer) {
                isNFC = true
                return KnownUTF8.string(buffer)
            }
            return String(validating: buffer, as: UTF8.self)
        }
        guard var text = decoded else {
            let (line, column) = firstInvalidUTF8(in: body)
            return .failure(.invalidUTF8(line: line, column: column))
        }
        if hasCR {
            text = ByteSearch.replace("\r", with: "\n", in: ByteSearch.replace("\r\n", with: "\n", in: text))
        }
        return .success(isNFC ? text : Normalization.nfc(text))
    }

    /// What is wrong with the file and what to do, from the catalogs.
    public static func problemMessage(for problem: Problem) -> Message {
        switch problem {
        case .binary:
            return Message(.textFileBinary)
        case .invalidUTF8:
            return Message(.textFileNotUTF8)
        case .tooLarge(let bytes):
            // Megabytes to one decimal, written even when it is 0 (10.0 MB).
            let tenths = Int((Double(bytes) / Double(1 << 20) * 10).rounded())
            let size = Message(.numberWithTenths, ["whole": .number(tenths / 10), "tenths": .text(String(tenths % 10))])
            return Message(.textFileTooLarge, ["size": .message(size), "maximum": .number(maximumSize >> 20)])
        }
    }

    public static func location(of problem: Problem, in file: String) -> SourceLocation {
        switch problem {
        case .binary(let line): return SourceLocation(file: file, line: line, column: 1)
        case .invalidUTF8(let line, let column): return SourceLocation(file: file, line: line, column: column)
        case .tooLarge: return SourceLocation(file: file)
        }
    }

    /// The offset of the first `byte` in `buffer`, nil if none.
    private static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private static func lineNumber(in bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        1 + bytes[bytes.startIndex..<index].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Line and column (in bytes) of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: return (line, TextTools.characterCount(bytes[lineStart..<i]) + 1)
            }
            if length > 1 {
                let end = i + length
                guard end <= bytes.endIndex,
                    String(validating: Array(bytes[i..<end]), as: UTF8.self) != nil
                else { return (line, TextTools.characterCount(bytes[lineStart..<i]) + 1) }
            }
            if b == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += length
        }
        return (line, 1)
    }
}
