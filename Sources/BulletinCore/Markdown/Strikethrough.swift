import CMark
import Foundation

/// GitHub's strikethrough, `~~text~~` (or `~text~`), made on cmark's tree: Debian's cmark leaves
/// the tildes in its text nodes. Within each parent, runs of one or two tildes are paired as
/// GitHub pairs them: a run that can open (followed by a non-space, as for `*`), a later run of
/// the same length that can close; what lies between becomes a `<del>`. Longer runs are text.
///
/// Pairs never cross an element cmark already made (`~~a *b~~ c*` keeps its emphasis). A tilde
/// written `\~` (or `&#126;`) stays text: cmark merges it into the text around it, so the text
/// node's source, at the node's place, tells which tildes were escaped.
enum Strikethrough {
    /// Makes the strikethroughs of every inline container under `root`; `lines` is the source
    /// cmark parsed.
    static func apply(to root: OpaquePointer, lines: SourceLines) {
        var parents: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_TEXT,
                let literal = cmark_node_get_literal(node), strchr(literal, 0x7E) != nil,
                let parent = cmark_node_parent(node)
            else { continue }
            if parents.last != parent { parents.append(parent) }
        }
        cmark_iter_free(iterator)
        // A parent can come twice (text before and after a child holding tildes): once is enough.
        var seen = Set<OpaquePointer>()
        for parent in parents where seen.insert(parent).inserted { pair(in: parent, lines: lines) }
    }

    /// A run of tildes split out into a text node of its own, with whether it can open or close.
    private struct Run {
        let node: OpaquePointer
        let length: Int
        let canOpen: Bool
        let canClose: Bool
    }

    private static func pair(in parent: OpaquePointer, lines: SourceLines) {
        var runs: [Run] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            child = cmark_node_next(node)
            if cmark_node_get_type(node) == CMARK_NODE_TEXT { runs += split(node, lines: lines) }
        }
        // As GitHub pairs them: a closer looks at the nearest opener only; one of another length
        // leaves the closer as text. One look per run keeps a long text linear.
        var openers: [Run] = []
        for run in runs {
            if run.canClose, let opener = openers.last {
                if opener.length == run.length {
                    wrap(from: opener.node, to: run.node)
                    openers.removeLast()
                }
                continue
            }
            if run.canOpen { openers.append(run) }
        }
    }

    /// Splits the text node at its runs of one or two tildes; returns the runs.
    private static func split(_ node: OpaquePointer, lines: SourceLines) -> [Run] {
        let bytes = GitHubExtensions.literal(of: node)
        guard bytes.contains(0x7E) else { return [] }
        let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
        var escaped = escapes(in: bytes, written: lines.rest(ofLine: line, from: column))
        // On a paragraph's later lines cmark 0.30 counts the column from the line's text, after
        // its indent and the containers' marks, which lazy lines leave out: the text is then
        // looked for a little further on.
        var shift = 1
        while escaped == nil, shift <= 64, column + shift <= lines.rest(ofLine: line, from: 1).count {
            escaped = escapes(in: bytes, written: lines.rest(ofLine: line, from: column + shift))
            shift += 1
        }
        if escaped == nil, column > 1 {
            escaped = escapes(in: bytes, written: lines.rest(ofLine: line, from: 1).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x3E })
        }
        let escapedBytes = escaped ?? []
        var pieces: [(bytes: ArraySlice<UInt8>, run: (open: Bool, close: Bool)?)] = []
        var start = 0, index = 0
        while index < bytes.count {
            guard bytes[index] == 0x7E, !escapedBytes.contains(index) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == 0x7E, !escapedBytes.contains(end) { end += 1 }
            if end - index <= 2 {
                let before = index > 0 ? scalar(before: bytes, index) : neighbour(cmark_node_previous(node), last: true)
                let after = end < bytes.count ? scalar(at: bytes, end) : neighbour(cmark_node_next(node), last: false)
                let (open, close) = flanking(before: before, after: after)
                if open || close {
                    if start < index { pieces.append((bytes[start..<index], nil)) }
                    pieces.append((bytes[index..<end], (open, close)))
                    start = end
                }
            }
            index = end
        }
        guard !pieces.isEmpty else { return [] }
        if start < bytes.count { pieces.append((bytes[start...], nil)) }
        var runs: [Run] = []
        var previous = node
        for (offset, piece) in pieces.enumerated() {
            let target: OpaquePointer
            if offset == 0 {
                target = node
            } else {
                target = MarkdownConverter.newNode(CMARK_NODE_TEXT)!
                cmark_node_insert_after(previous, target)
            }
            cmark_node_set_literal(target, KnownUTF8.string(Array(piece.bytes)))
            if let run = piece.run { runs.append(Run(node: target, length: piece.bytes.count, canOpen: run.open, canClose: run.close)) }
            previous = target
        }
        return runs
    }

    /// Moves what lies between the two runs into a `<del>` and removes the runs.
    private static func wrap(from opener: OpaquePointer, to closer: OpaquePointer) {
        guard let deleted = MarkdownConverter.newNode(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(deleted, "<del>")
        cmark_node_set_on_exit(deleted, "</del>")
        cmark_node_insert_before(opener, deleted)
        while let node = cmark_node_next(opener), node != closer {
            cmark_node_unlink(node)
            cmark_node_append_child(deleted, node)
        }
        cmark_node_free(opener)
        cmark_node_free(closer)
    }

    /// The offsets of the text's bytes that were written escaped (`\~`) or as an entity, found
    /// by reading the text against what was written from the node's place; nil when the two
    /// do not match (every tilde is then taken as written).
    static func escapes(in text: [UInt8], written: ArraySlice<UInt8>) -> Set<Int>? {
        var escaped = Set<Int>()
        var source = written.startIndex, index = 0
        while index < text.count {
            guard source < written.endIndex else { return nil }
            let byte = written[source]
            if byte == 0x5C, source + 1 < written.endIndex, written[source + 1] == text[index], text[index].isASCIIPunctuation {
                escaped.insert(index)
                source += 2
                index += 1
            } else if byte == 0x26, let end = entityEnd(written, from: source),
                !text[index...].starts(with: written[source...end])
            {
                // An entity stands for one character (of one to four bytes).
                escaped.insert(index)
                index += 1
                while index < text.count, text[index] & 0xC0 == 0x80 { index += 1 }
                source = end + 1
            } else if byte == text[index] {
                source += 1
                index += 1
            } else {
                return nil
            }
        }
        return escaped
    }

    /// The index of the `;` that ends an entity starting at `start` (`&amp;`, `&#126;`, `&#x7E;`).
    private static func entityEnd(_ written: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        while index < written.endIndex, index - start <= 32 {
            let byte = written[index]
            if byte == 0x3B { return index > start + 1 ? index : nil }
            guard byte == 0x23 || (0x30...0x39).contains(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) else { return nil }
            index += 1
        }
        return nil
    }

    /// The character next to a run at the edge of its text node: the neighbouring text's, a
    /// space for a line break or the edge of the parent, punctuation for any other element
    /// (its source starts or ends with a mark: `*`, `` ` ``, `[`, `)`, `<`).
    private static func neighbour(_ node: OpaquePointer?, last: Bool) -> Unicode.Scalar {
        guard let node else { return " " }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            let bytes = GitHubExtensions.literal(of: node)
            if bytes.isEmpty { return " " }
            return last ? scalar(before: bytes, bytes.count) : scalar(at: bytes, 0)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            return " "
        default:
            return "*"
        }
    }

    /// CommonMark's flanking rules, as GitHub applies them to `~`: a run can open when the next
    /// character is not a space and, if punctuation, the one before is a space or punctuation;
    /// closing is the mirror.
    private static func flanking(before: Unicode.Scalar, after: Unicode.Scalar) -> (Bool, Bool) {
        let spaceBefore = before.properties.isWhitespace, spaceAfter = after.properties.isWhitespace
        let punctuationBefore = isPunctuation(before), punctuationAfter = isPunctuation(after)
        let left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        let right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
        return (left, right)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return UInt8(scalar.value).isASCIIPunctuation }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

/// The Unicode scalar that starts at byte `index` of UTF-8 `bytes`.
private func scalar(at bytes: [UInt8], _ index: Int) -> Unicode.Scalar {
    var end = index + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? " "
}

/// The Unicode scalar that ends just before byte `index` of UTF-8 `bytes`.
private func scalar(before bytes: [UInt8], _ index: Int) -> Unicode.Scalar {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars.first ?? " "
}
