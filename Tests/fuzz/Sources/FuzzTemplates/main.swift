// libFuzzer target: a theme template through Bulletin's Mustache engine, with the template itself
// as partial "p". Whatever the theme's editor types, parsing either succeeds or throws a
// TemplateSyntaxError that points inside the text; rendering finishes within its budget; and a
// value printed with {{ }} never brings markup of its own.
import FuzzChecks
import FuzzDriver

@testable import BulletinCore

/// Marks the characters that come from values. Each one in a value follows a character that
/// {{ }} escapes, so once escaped it follows the ';' of an entity: a marker after anything else
/// means a value went out unescaped.
let marker = "⁂"

/// The context: texts with characters to escape, flags, nested nodes, lists and `.empty`.
/// Nodes stop at depth 3, so dotted names and sections cannot go on for ever.
final class FuzzNode: TemplateNode {
    let depth: Int

    init(depth: Int) { self.depth = depth }

    func child(named key: String) -> TemplateValue? {
        switch key {
        case "title": return .text("Tin <\(marker)> & \"\(marker)\" 'mới'")
        case "name": return .text("<\(marker)>")
        case "url": return .text("/tin/?a=1&\(marker)='\(marker)'")
        case "level": return .text(String(depth))
        case "yes": return .flag(true)
        case "no": return .flag(false)
        case "none": return .empty
        case "empty": return .list([])
        case "node": return depth < 3 ? .node(FuzzNode(depth: depth + 1)) : nil
        case "items":
            guard depth < 3 else { return .list([]) }
            return .list([
                .node(FuzzNode(depth: depth + 1)), .text("<\(marker)/>"), .flag(true), .flag(false), .empty, .list([.text("&\(marker)")]),
            ])
        default: return presence(key)
        }
    }
}

let context = FuzzNode(depth: 0)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplates(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
    let template: Template
    do {
        template = try Template(parsing: text)
    } catch let error as TemplateSyntaxError {
        check(!error.message.isEmpty, "an empty message")
        check(error.line >= 1 && error.line <= lines.count, "line \(error.line) of a \(lines.count)-line text")
        // The column is that of a tag's first character, so within its line (in characters).
        let columns = lines[error.line - 1].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        check(error.column >= 1 && error.column <= columns, "column \(error.column) of a \(columns)-character line")
        return 0
    } catch {
        check(false, "Template(parsing:) threw \(error), not a TemplateSyntaxError")
        return 0
    }
    for partial in template.partials {
        check(partial.line >= 1 && partial.line <= lines.count && partial.column >= 1, "partial at \(partial.line):\(partial.column)")
    }

    // As TemplateSet.render does, with a smaller budget than the build's: at 10 million steps an
    // input that repeats itself exponentially takes 1.6 s here, and such inputs are common.
    var renderer = TemplateRenderer(
        templates: ["main": template, "p": template], context: .node(context), maximumSteps: 200_000, maximumOutput: 4 << 20)
    renderer.render(template.parts)
    let output = renderer.output
    // Output stops at its budget, give or take one text of the template (as decoded: each invalid
    // byte became a 3-byte U+FFFD) or one escaped value.
    let bytes = Array(text.utf8)
    check(output.utf8.count <= renderer.maximumOutput + bytes.count + 256, "\(output.utf8.count) bytes of output")

    // Without a tag, the text is the output, line for line.
    if !contains(bytes, "{{") { check(output == text, "a text without tags changed") }
    // With only {{ }} tags (no raw value, no other delimiters) and no marker in the text, each
    // marker in the output comes from an escaped value.
    if !contains(bytes, "{{{") && !contains(bytes, "{{&") && !contains(bytes, "{{=") && !contains(bytes, marker) {
        let out = Array(output.utf8)
        let pattern = Array(marker.utf8)
        var i = 0
        while i + pattern.count <= out.count {
            if out[i] == pattern[0] && Array(out[i..<i + pattern.count]) == pattern {
                check(i > 0 && out[i - 1] == UInt8(ascii: ";"), "a value went out unescaped: \(output)")
            }
            i += 1
        }
    }
    return 0
}

func contains(_ bytes: [UInt8], _ pattern: String) -> Bool {
    let pattern = Array(pattern.utf8)
    guard bytes.count >= pattern.count else { return false }
    for i in 0...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
        if bytes[i..<i + pattern.count].elementsEqual(pattern) { return true }
    }
    return false
}

/// The program's entry point (see FuzzDriver.h).
@_cdecl("FuzzTemplates_main")
public func fuzzTemplatesMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    bulletin_fuzz_main(argc, argv) { data, size in data.map { fuzzTemplates(UnsafeRawPointer($0), size) } ?? 0 }
}
