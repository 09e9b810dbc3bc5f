/// Checks a YAML text for what would make Yams exhaust the stack, the memory or the time before
/// it can report anything: too much text, nesting thousands of levels deep, and aliases.
///
/// Aliases (`*name`) are refused outright. Front matter and site.yaml never need them, and an
/// alias used as a key makes Yams compare expanded trees when it checks for duplicate keys: nine
/// anchors of nine aliases each ("billion laughs") would run for hours.
///
/// This is a scan of the characters, not a parser: it knows quotes, comments and block scalars
/// (`|`, `>`) well enough not to look inside them, and errs towards asking for quotes.
enum YAMLGuard {
    /// Deepest nesting accepted. Yams builds nodes recursively; a hostile file nested thousands of
    /// levels deep would otherwise exhaust the stack.
    static let maximumDepth = 64
    /// Largest YAML text. Front matter is a few lines and site.yaml a few screens; beyond this it
    /// is text pasted in the wrong place, and every key would cost a "did you mean" search.
    static let maximumSize = 256 << 10

    struct Problem: Equatable {
        /// 1-based, within the YAML text.
        var line: Int
        var column: Int
        var message: Message
    }

    static func check(_ yaml: String) -> Problem? {
        let size = yaml.utf8.count
        if size > maximumSize {
            return Problem(
                line: 1, column: 1,
                message: Message(.yamlTooLarge, ["size": .number(size >> 10), "maximum": .number(maximumSize >> 10)]))
        }
        var scanner = Scanner()
        let bytes = Array(yaml.utf8)
        var line = 1
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let problem = scanner.scan(bytes[start..<end], number: line) { return problem }
            line += 1
            start = end + 1
        }
        return nil
    }

    /// State carried from line to line.
    private struct Scanner {
        /// Brackets and braces open (flow collections may span lines).
        var flowDepth = 0
        /// Indentation of the line that opened a block scalar; deeper lines are its text.
        var blockScalarIndent: Int? = nil
        /// The quote of a quoted scalar that goes on to the next line.
        var openQuote: UInt8? = nil

        /// `line` is a slice of the whole text; columns count from its start.
        mutating func scan(_ line: ArraySlice<UInt8>, number: Int) -> Problem? {
            let first = line.startIndex
            var i = first
            while i < line.endIndex && line[i] == 0x20 { i += 1 }
            if let parent = blockScalarIndent {
                if i == line.endIndex || i - first > parent { return nil }  // text of the block scalar
                blockScalarIndent = nil
            }
            // A line that ends a quoted value begun above goes on with that value: what precedes
            // its closing quote is text, not indentation, however long.
            var continuesValue = false
            if let quote = openQuote {
                i = closingQuote(quote, in: line, from: i)
                if openQuote != nil { return nil }
                continuesValue = true
            }
            let indent = i - first
            // "- " entries and "? " keys nest like indentation.
            var nesting = continuesValue ? 0 : indent
            while !continuesValue && i + 1 < line.endIndex && (line[i] == 0x2D || line[i] == 0x3F) && line[i + 1] == 0x20 {
                nesting += 2
                i += 2
                while i < line.endIndex && line[i] == 0x20 { i += 1 }
            }
            if nesting / 2 > maximumDepth || flowDepth > maximumDepth { return deep(number, column(line, i)) }
            var tokenStart = !continuesValue
            while i < line.endIndex {
                let b = line[i]
                if b == 0x20 || b == 0x09 {
                    i += 1
                    continue
                }
                if b == 0x23 && (i == first || line[i - 1] == 0x20 || line[i - 1] == 0x09) { break }  // comment
                if tokenStart {
                    switch b {
                    case 0x2A:  // *alias
                        return Problem(line: number, column: column(line, i), message: Message(.yamlAlias))
                    case 0x22, 0x27:  // a quoted scalar: skip to its closing quote
                        i = closingQuote(b, in: line, from: i + 1)
                        tokenStart = false
                        continue
                    case 0x7C, 0x3E:  // | or > : a block scalar when only its options follow
                        if isBlockScalarHeader(line, from: i + 1) {
                            blockScalarIndent = indent
                            return nil
                        }
                    default: break
                    }
                }
                switch b {
                case 0x5B, 0x7B:
                    flowDepth += 1
                    if flowDepth > maximumDepth { return deep(number, column(line, i)) }
                    tokenStart = true
                case 0x5D, 0x7D:
                    flowDepth = max(0, flowDepth - 1)
                    tokenStart = false
                case 0x2C where flowDepth > 0:
                    tokenStart = true
                case 0x3A:  // "key: value"
                    tokenStart = i + 1 == line.endIndex || line[i + 1] == 0x20 || line[i + 1] == 0x09 || flowDepth > 0
                default:
                    tokenStart = false
                }
                i += 1
            }
            return nil
        }

        /// The 1-based column of `index`, in characters as editors count them.
        private func column(_ line: ArraySlice<UInt8>, _ index: Int) -> Int {
            1 + TextTools.characterCount(line[line.startIndex..<index])
        }

        private func deep(_ line: Int, _ column: Int) -> Problem {
            Problem(line: line, column: column, message: Message(.yamlTooDeep, ["maximum": .number(maximumDepth)]))
        }

        /// Index just past the `quote` that closes a quoted scalar, searching from `start`; at the
        /// end of the line the scalar goes on to the next one. In double quotes a backslash
        /// escapes; in single quotes '' is a quote.
        private mutating func closingQuote(_ quote: UInt8, in line: ArraySlice<UInt8>, from start: Int) -> Int {
            var i = start
            while i < line.endIndex {
                if quote == 0x22 && line[i] == 0x5C {
                    i += 2
                    continue
                }
                if line[i] == quote {
                    if quote == 0x27 && i + 1 < line.endIndex && line[i + 1] == 0x27 {
                        i += 2
                        continue
                    }
                    openQuote = nil
                    return i + 1
                }
                i += 1
            }
            openQuote = quote
            return line.endIndex
        }

        /// Whether only block scalar options (`+`, `-`, a digit), spaces and a comment follow.
        private func isBlockScalarHeader(_ line: ArraySlice<UInt8>, from start: Int) -> Bool {
            var i = start
            while i < line.endIndex && (line[i] == 0x2B || line[i] == 0x2D || (line[i] >= 0x31 && line[i] <= 0x39)) {
                i += 1
            }
            if i - start > 2 { return false }
            while i < line.endIndex && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
            return i == line.endIndex || line[i] == 0x23
        }
    }
}
