/// Parses Mustache text into `TemplatePart`s, in three passes over the UTF-8 bytes:
/// 1. cut the text into lines of text pieces and tags (following {{=<% %>=}} as it goes);
/// 2. drop the whitespace and line end around a "standalone" tag, one alone on its line;
/// 3. nest the sections, checking that each is closed with its own name.
///
/// Supported: values, {{{raw}}} and {{&raw}}, sections, inverted sections, partials, comments,
/// set delimiters (the Mustache spec's required modules). Template inheritance, lambdas, dynamic
/// partials and swift-mustache's transforms are refused with a message saying so.
struct TemplateParser {
    private let bytes: [UInt8]
    private var pieces: [Piece] = []
    private(set) var partials: [Template.PartialReference] = []
    /// Every value and section name as written, for the check that views offer each key.
    private(set) var names: [Template.NameReference] = []
    /// The last tag's byte offset and column, for counting the next tag's column on from there.
    private var columnMark = (offset: 0, column: 1)

    /// Sections nested deeper than this are refused: the tree is built, walked and freed by
    /// recursion, which a deep enough nesting would take past the end of the stack. A theme
    /// nests a few levels.
    static let maximumNesting = 100

    init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    private enum Kind {
        case value, raw, section, inverted, close, partial, comment, delimiters
    }

    private struct Tag {
        let kind: Kind
        let name: String
        let line: Int
        let column: Int
        /// Of a standalone partial (see `dropStandaloneWhitespace`); nil for one inside a line.
        var indentation: String?
    }

    private enum Piece {
        case text(Range<Int>)
        case tag(Tag)
        /// The end of a line (its "\n", or "\r\n", is part of the text piece before it).
        case lineEnd
    }

    mutating func parse() throws -> [TemplatePart] {
        try cut()
        let kept = dropStandaloneWhitespace()
        return try nest(kept)
    }

    // MARK: Pass 1: pieces

    private mutating func cut() throws {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var line = 1
        var lineStart = 0
        var textStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                pieces.append(.text(textStart..<i + 1))
                pieces.append(.lineEnd)
                i += 1
                textStart = i
                line += 1
                lineStart = i
                continue
            }
            guard b == open[0], matches(open, at: i) else {
                i += 1
                continue
            }
            if textStart < i { pieces.append(.text(textStart..<i)) }
            let column = columnOf(i, lineStart: lineStart)
            let inner = i + open.count
            let sigil: UInt8? = inner < n ? bytes[inner] : nil
            // {{{name}}} ends with "}" before the closing delimiter.
            // {{=<% %>=}} ends with "=" before it.
            let end: Int?
            switch sigil {
            case UInt8(ascii: "{"): end = find(Array("}".utf8) + close, from: inner)
            case UInt8(ascii: "="): end = find(Array("=".utf8) + close, from: inner + 1).map { $0 + 1 }
            default: end = find(close, from: inner)
            }
            guard let end else {
                throw TemplateSyntaxError(
                    Message(.templateTagNotFinished, ["open": .text(text(open)), "close": .text(text(close))]), line: line,
                    column: column)
            }
            let contentEnd = sigil == UInt8(ascii: "{") ? end + 1 : end
            let content = Array(bytes[inner..<end])
            let tag = try makeTag(content, line: line, column: column, open: open, close: close)
            // A comment may run over several lines.
            for j in inner..<end where bytes[j] == 0x0A {
                line += 1
                lineStart = j + 1
            }
            i = contentEnd + close.count
            if tag.kind == .delimiters {
                (open, close) = try delimiters(content, line: tag.line, column: column)
            }
            pieces.append(.tag(tag))
            textStart = i
        }
        if textStart < n { pieces.append(.text(textStart..<n)) }
    }

    private func matches(_ pattern: [UInt8], at i: Int) -> Bool {
        guard i + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Columns count characters (Unicode scalars), not bytes, as an editor shows them. Counted on
    /// from the previous tag when it is on the same line: from the line's start, a long line of
    /// tags took quadratic time.
    private mutating func columnOf(_ i: Int, lineStart: Int) -> Int {
        if columnMark.offset < lineStart { columnMark = (lineStart, 1) }
        let column = columnMark.column + TextTools.characterCount(bytes[columnMark.offset..<i])
        columnMark = (i, column)
        return column
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private mutating func makeTag(_ content: [UInt8], line: Int, column: Int, open: [UInt8], close: [UInt8]) throws -> Tag {
        let shown = text(open) + text(content) + text(close)
        func fail(_ key: MessageKey, _ values: [String: MessageValue] = [:]) -> TemplateSyntaxError {
            TemplateSyntaxError(Message(key, values.merging(["tag": .text(shown)]) { $1 }), line: line, column: column)
        }
        guard let sigil = content.first else { throw fail(.templateTagEmpty) }
        let kind: Kind
        var body = content.dropFirst()
        switch sigil {
        case UInt8(ascii: "{"): kind = .raw
        case UInt8(ascii: "&"): kind = .raw
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "!"): return Tag(kind: .comment, name: "", line: line, column: column)
        case UInt8(ascii: "="): return Tag(kind: .delimiters, name: "", line: line, column: column)
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw fail(.templateInheritance, ["partial": "{{> name}}"])
        case UInt8(ascii: "%"):
            throw fail(.templateSettingsTag, ["example": "{{% … }}"])
        default:
            kind = .value
            body = content[...]
        }
        let name = TextTools.trimmed(text(Array(body)))
        guard !name.isEmpty else { throw fail(.templateTagWithoutName) }
        if kind == .partial {
            guard name.utf8.allSatisfy(Self.isPartialNameByte) else {
                throw fail(name.hasPrefix("*") ? .templateDynamicPartial : .templatePartialName)
            }
            partials.append(.init(name: name, line: line, column: column))
        } else if !Self.isValidName(name) {
            throw fail(name.contains("(") ? .templateTransform : .templateBadName)
        }
        if kind != .partial && kind != .close { names.append(.init(name: name, line: line, column: column)) }
        return Tag(kind: kind, name: name, line: line, column: column)
    }

    private mutating func delimiters(_ content: [UInt8], line: Int, column: Int) throws -> ([UInt8], [UInt8]) {
        let fail = TemplateSyntaxError(Message(.templateBadDelimiters, ["example": "{{=<% %>=}}"]), line: line, column: column)
        guard content.count >= 2, content.last == UInt8(ascii: "=") else { throw fail }
        let words = content.dropFirst().dropLast().split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        guard words.count == 2, !words[0].contains(UInt8(ascii: "=")), !words[1].contains(UInt8(ascii: "=")) else { throw fail }
        return (Array(words[0]), Array(words[1]))
    }

    static func isPartialNameByte(_ b: UInt8) -> Bool {
        isNameByte(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ".")
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "?")
    }

    /// "." or dot-separated words, optionally starting with a dot.
    static func isValidName(_ name: String) -> Bool {
        if name == "." { return true }
        let body = name.hasPrefix(".") ? name.utf8.dropFirst() : name.utf8[...]
        let words = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { !$0.isEmpty && $0.allSatisfy(isNameByte) }
    }

    // MARK: Pass 2: standalone tags

    /// A line holding one section, inverted, closing, partial, comment or set-delimiter tag and
    /// otherwise only spaces and tabs is left out of the output entirely, line end included, so
    /// that templates can be laid out on their own lines. Before a partial, the spaces become its
    /// indentation.
    private func dropStandaloneWhitespace() -> [Piece] {
        var kept: [Piece] = []
        kept.reserveCapacity(pieces.count)
        var lineStart = 0
        var i = 0
        while i <= pieces.count {
            if i == pieces.count || isLineEnd(pieces[i]) {
                let line = pieces[lineStart..<i]
                if let indentation = standaloneIndentation(line) {
                    for piece in line {
                        guard case .tag(var tag) = piece else { continue }
                        if tag.kind == .partial { tag.indentation = indentation }
                        kept.append(.tag(tag))
                    }
                } else {
                    kept.append(contentsOf: line)
                }
                lineStart = i + 1
            }
            i += 1
        }
        return kept
    }

    private func isLineEnd(_ piece: Piece) -> Bool {
        if case .lineEnd = piece { return true }
        return false
    }

    /// The whitespace before the tag when `line` is standalone, nil when it is not.
    private func standaloneIndentation(_ line: ArraySlice<Piece>) -> String? {
        var tagCount = 0
        var indentation = ""
        for piece in line {
            switch piece {
            case .tag(let tag):
                switch tag.kind {
                case .value, .raw: return nil
                default: tagCount += 1
                }
            case .text(let range):
                for j in range {
                    let b = bytes[j]
                    let isLineEnd = b == 0x0A || (b == 0x0D && j + 1 < range.upperBound && bytes[j + 1] == 0x0A)
                    guard b == 0x20 || b == 0x09 || isLineEnd else { return nil }
                }
                if tagCount == 0 { indentation = String(decoding: bytes[range], as: UTF8.self) }
            case .lineEnd:
                break
            }
        }
        return tagCount == 1 ? indentation : nil
    }

    // MARK: Pass 3: sections

    private func nest(_ pieces: [Piece]) throws -> [TemplatePart] {
        var stack: [(tag: Tag, parts: [TemplatePart])] = []
        var parts: [TemplatePart] = []
        var pendingText: [UInt8] = []

        func flushText() {
            if !pendingText.isEmpty {
                parts.append(.text(String(decoding: pendingText, as: UTF8.self)))
                pendingText.removeAll(keepingCapacity: true)
            }
        }

        for piece in pieces {
            switch piece {
            case .lineEnd:
                continue
            case .text(let range):
                pendingText.append(contentsOf: bytes[range])
            case .tag(let tag):
                flushText()
                switch tag.kind {
                case .value: parts.append(.value(TemplateName(tag.name), escaped: true))
                case .raw: parts.append(.value(TemplateName(tag.name), escaped: false))
                case .partial: parts.append(.partial(tag.name, indentation: tag.indentation))
                case .comment, .delimiters: continue
                case .section, .inverted:
                    guard stack.count < Self.maximumNesting else {
                        throw TemplateSyntaxError(
                            Message(
                                .templateTooDeep,
                                ["open": .text("{{#\(tag.name)}}"), "count": .number(Self.maximumNesting), "close": "{{/…}}"]),
                            line: tag.line, column: tag.column)
                    }
                    stack.append((tag, parts))
                    parts = []
                case .close:
                    guard let (opened, outer) = stack.popLast() else {
                        throw TemplateSyntaxError(
                            Message(.templateCloseWithoutOpen, ["close": .text("{{/\(tag.name)}}"), "open": .text("{{#\(tag.name)}}")]),
                            line: tag.line, column: tag.column)
                    }
                    guard opened.name == tag.name else {
                        throw TemplateSyntaxError(
                            Message(
                                .templateCloseMismatch,
                                [
                                    "close": .text("{{/\(tag.name)}}"), "open": .text("{{#\(opened.name)}}"), "line": .number(opened.line),
                                    "fix": .text("{{/\(opened.name)}}"),
                                ]),
                            line: tag.line, column: tag.column)
                    }
                    let section = TemplatePart.section(TemplateName(opened.name), inverted: opened.kind == .inverted, body: parts)
                    parts = outer
                    parts.append(section)
                }
            }
        }
        flushText()
        if let (opened, _) = stack.last {
            throw TemplateSyntaxError(
                Message(.templateNeverClosed, ["open": .text("{{#\(opened.name)}}"), "close": .text("{{/\(opened.name)}}")]),
                line: opened.line, column: opened.column)
        }
        return parts
    }
}
