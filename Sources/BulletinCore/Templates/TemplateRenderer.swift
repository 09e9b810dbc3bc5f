/// Renders parsed templates with a stack of values, as Mustache specifies: a name is looked up
/// from the innermost value outwards, its dotted rest only inside what was found.
struct TemplateRenderer {
    /// Every template by name, for partials.
    let templates: [String: Template]
    private var stack: [TemplateValue]
    private(set) var output = ""
    private var partialDepth = 0

    /// Partials inside partials deeper than this render nothing: a partial that includes itself
    /// would otherwise recurse until the stack overflows.
    static let maximumPartialDepth = 32

    init(templates: [String: Template], context: TemplateValue) {
        self.templates = templates
        self.stack = [context]
        stack.reserveCapacity(16)
    }

    mutating func render(_ parts: [TemplatePart]) {
        for part in parts {
            switch part {
            case .text(let text):
                output.append(text)
            case .value(let name, let escaped):
                switch lookUp(name) {
                case .text(let text)?:
                    if escaped { Self.appendEscaped(text, to: &output) } else { output.append(text) }
                case .flag(let flag)?:
                    output.append(flag ? "true" : "false")
                default:
                    break
                }
            case .section(let name, let inverted, let body):
                let value = lookUp(name)
                if inverted {
                    if !(value?.isShown ?? false) { render(body) }
                } else if let value {
                    renderSection(value, body)
                }
            case .partial(let name, let indentation):
                renderPartial(name, indentation: indentation)
            }
        }
    }

    private mutating func renderSection(_ value: TemplateValue, _ body: [TemplatePart]) {
        switch value {
        case .flag(let flag):
            if flag { render(body) }
        case .list(let items):
            for item in items {
                stack.append(item)
                render(body)
                stack.removeLast()
            }
        case .empty:
            break
        case .text, .node:
            stack.append(value)
            render(body)
            stack.removeLast()
        }
    }

    private mutating func renderPartial(_ name: String, indentation: String) {
        guard partialDepth < Self.maximumPartialDepth, let template = templates[name] else { return }
        partialDepth += 1
        defer { partialDepth -= 1 }
        guard !indentation.isEmpty else {
            render(template.parts)
            return
        }
        // Indent every line the partial writes.
        let outer = output
        output = ""
        render(template.parts)
        let inner = output
        output = outer
        var atLineStart = true
        for line in inner.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 {
                output.append("\n")
                atLineStart = true
            }
            if atLineStart && !line.element.isEmpty {
                output.append(indentation)
                atLineStart = false
            }
            output.append(contentsOf: line.element)
        }
    }

    /// The value `name` stands for, or nil. `.empty` is returned as it is: callers treat it as nothing.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.keys.first else { return stack.last }
        var value: TemplateValue?
        if name.fromTop {
            value = stack.last.flatMap { Self.child(of: $0, first) }
        } else {
            var i = stack.count - 1
            while i >= 0 {
                if let found = Self.child(of: stack[i], first) {
                    value = found
                    break
                }
                i -= 1
            }
        }
        var k = 1
        while k < name.keys.count, let current = value {
            value = Self.child(of: current, name.keys[k])
            k += 1
        }
        return value
    }

    @inline(__always) private static func child(of value: TemplateValue, _ key: String) -> TemplateValue? {
        if case .node(let node) = value { return node.child(named: key) }
        return nil
    }

    /// HTML-escapes & < > " ' (the five the Mustache spec names) while appending: runs without
    /// any of them are copied in one piece.
    static func appendEscaped(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let entity: String
            switch utf8[i] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                utf8.formIndex(after: &i)
                continue
            }
            if runStart != i { output.append(contentsOf: text[runStart..<i]) }
            output.append(entity)
            utf8.formIndex(after: &i)
            runStart = i
        }
        if runStart == utf8.startIndex {
            output.append(text)
        } else if runStart != utf8.endIndex {
            output.append(contentsOf: text[runStart..<utf8.endIndex])
        }
    }
}
