import CMark
import Foundation

/// The parts of GitHub-flavoured Markdown editors write, made on cmark's tree before the walk:
/// pipe tables (`TableMaker`), strikethrough (`Strikethrough`) and, where raw HTML is allowed,
/// GitHub's filter of the tags that would take over a page (`<script>`, `<style>`, `<iframe>`…).
enum GitHubExtensions {
    /// Where the links and images in table cells are in the body (line, byte column).
    typealias Places = [OpaquePointer: (line: Int, column: Int)]

    static func apply(
        to document: OpaquePointer, source: String, lines: () -> SourceLines, options: Int32, unsafeHTML: Bool
    )
        -> Places
    {
        // memchr: three passes of it over every body cost less than one byte loop.
        let (hasPipe, hasTilde, hasTag) = ByteSearch.withBytes(source) { bytes -> (Bool, Bool, Bool) in
            guard let base = bytes.baseAddress else { return (false, false, false) }
            func has(_ byte: UInt8) -> Bool { memchr(base, Int32(byte), bytes.count) != nil }
            return (has(0x7C), has(0x7E), unsafeHTML && has(0x3C))
        }
        var places: Places = [:]
        // Strikethrough first: a table's cells are parsed anew, and make their own.
        if hasTilde { Strikethrough.apply(to: document, lines: lines()) }
        if hasPipe { places = makeTables(in: document, lines: lines(), options: options) }
        if hasTag { filterTags(in: document) }
        return places
    }

    private static func makeTables(in document: OpaquePointer, lines: SourceLines, options: Int32) -> Places {
        var paragraphs: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return [:] }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            // A heading too: a setext underline after a table's rows made its lines one.
            guard let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH || cmark_node_get_type(node) == CMARK_NODE_HEADING,
                cmark_node_get_end_line(node) > cmark_node_get_start_line(node), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            else { continue }
            paragraphs.append(node)
        }
        cmark_iter_free(iterator)
        var maker = TableMaker(lines: lines, options: options)
        for paragraph in paragraphs { maker.make(from: paragraph) }
        return maker.places
    }

    /// Tags GitHub does not let raw HTML open, as its tag filter lists them.
    static let filteredTags: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        .map { Array($0.utf8) }

    /// Writes the `<` of each filtered tag in raw HTML as `&lt;`, so the browser shows it as text.
    private static func filterTags(in document: OpaquePointer) {
        let nodes = htmlNodes(in: document)
        for node in nodes {
            let bytes = literal(of: node)
            let filtered = filtering(bytes)
            if filtered != bytes { cmark_node_set_literal(node, KnownUTF8.string(filtered)) }
        }
    }

    /// The raw HTML nodes of a document, blocks and inline, in order: collected before they are
    /// changed, as a cmark iterator must not see its tree change.
    static func htmlNodes(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { nodes.append(node) }
        }
        return nodes
    }

    /// A text, code or HTML node's literal, as bytes.
    static func literal(of node: OpaquePointer) -> [UInt8] {
        guard let literal = cmark_node_get_literal(node) else { return [] }
        return Array(UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
    }

    static func filtering(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x3C, opensFilteredTag(bytes, at: index + 1) {
                out += Array("&lt;".utf8)
            } else {
                out.append(byte)
            }
        }
        return out
    }

    private static func opensFilteredTag(_ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        if index < bytes.count, bytes[index] == 0x2F { index += 1 }
        for name in filteredTags {
            let end = index + name.count
            guard end <= bytes.count, zip(bytes[index..<end], name).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            if end == bytes.count { return true }
            let next = bytes[end]
            if [0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x3E].contains(next) { return true }
            if next == 0x2F, end + 1 < bytes.count, bytes[end + 1] == 0x3E { return true }
        }
        return false
    }
}
