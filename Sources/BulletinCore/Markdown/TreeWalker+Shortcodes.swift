import CMark
import Foundation

/// Shortcodes are found on the tree: a paragraph holding nothing but `{{< name … >}}` on one
/// line, at any depth. cmark has already decided what is code, HTML or an escaped `\{{<`, so
/// none of those is ever taken for one.
extension TreeWalker {
    private static let opening: [UInt8] = Array("{{<".utf8)

    /// Checks `paragraph` for shortcodes; true when it is one and will be replaced by its block.
    mutating func inspectShortcodes(in paragraph: OpaquePointer) -> Bool {
        guard let first = cmark_node_first_child(paragraph) else { return false }
        var isShortcode = false
        if startsShortcode(first) {
            isShortcode = readShortcode(paragraph)
        }
        // A shortcode on a later line of a paragraph is run-on text; say how to make it work.
        var child: OpaquePointer? = first
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK, let next = cmark_node_next(node),
                startsShortcode(next)
            {
                problem(.error, Message(.shortcodeNotOwnLine), at: next)
            }
            child = cmark_node_next(node)
        }
        return isShortcode
    }

    /// A text node whose source, as written, starts with "{{<" (not "\{{<").
    private mutating func startsShortcode(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node),
            literal[0] == 0x7B, literal[1] == 0x7B
        else { return false }
        let written = sourceLines().rest(
            ofLine: Int(cmark_node_get_start_line(node)), from: Int(cmark_node_get_start_column(node)))
        return written.starts(with: TreeWalker.opening)
    }

    /// Parses the shortcode that starts `paragraph`, as written; true when it is a good one.
    private mutating func readShortcode(_ paragraph: OpaquePointer) -> Bool {
        let line = Int(cmark_node_get_start_line(paragraph))
        guard Int(cmark_node_get_end_line(paragraph)) == line else {
            problem(.error, Message(.shortcodeNotOwnLine), at: paragraph)
            return false
        }
        let written = sourceLines().rest(ofLine: line, from: Int(cmark_node_get_start_column(paragraph)))
        // A line of the checked source cut at ASCII bytes: UTF-8 already.
        let text = TextTools.trimmed(KnownUTF8.string(Array(written)))
        let place = location(of: paragraph)
        switch ShortcodeParser.parse(text) {
        case .success(let (name, arguments)):
            guard context.allowsShortcodes else {
                result.problems.append(Diagnostic(.error, .shortcodeOnlyInArticles, ["name": .text(name)], at: place))
                return false
            }
            result.shortcodes.append(ShortcodeCall(name: name, arguments: arguments, location: place))
            edits.shortcodes.append((paragraph, result.shortcodes.count - 1))
            return true
        case .failure(let failure):
            if context.allowsShortcodes {
                result.unreadShortcodes.append(UnreadShortcode(name: failure.name, message: failure.message, location: place))
            } else {
                result.problems.append(Diagnostic(.error, failure.message, at: place))
            }
            return false
        }
    }
}
