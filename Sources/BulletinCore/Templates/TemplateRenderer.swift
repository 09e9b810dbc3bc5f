/// Renders parsed templates with a stack of values, as Mustache specifies: a name is looked up
/// from the innermost value outwards, its dotted rest only inside what was found.
struct TemplateRenderer {
    /// Every template by name, for partials.
    let templates: [String: Template]
    private var stack: [TemplateValue]
    private(set) var output = ""
    private var partialDepth = 0
    /// Put before each line of template text while a standalone partial renders (nested ones add
    /// theirs); `atLineStart`: the next text or value starts a line and takes the indentation.
    private var indentation = ""
    private var atLineStart = false
    /// Work done so far: parts rendered, list items entered, contexts and keys looked in.
    private var steps = 0
    /// The template being rendered (partials included).
    private var templateName: String
    /// Where rendering stopped at `maximumSteps` or `maximumOutput` (the output is then cut
    /// short); nil while within the budget.
    private(set) var stoppedIn: String?
    var exceededLimit: Bool { stoppedIn != nil }
    /// Told the name of each partial as it is entered (incremental rebuilds note what a page read).
    var enteringPartial: ((String) -> Void)?

    /// Partials inside partials deeper than this render nothing: a partial that includes itself
    /// would otherwise recurse until the stack overflows.
    static let maximumPartialDepth = 32

    /// Rendering stops past this much work or output. Mustache lets a few lines repeat themselves
    /// exponentially (a partial that includes itself twice, sections over the same list nested
    /// ten deep: the inner ones find the outer list again), which would hang the build or fill
    /// the memory. The sample site's biggest page takes 5,701 steps, its longest 62 KB.
    let maximumSteps: Int
    let maximumOutput: Int
    static let defaultMaximumSteps = 10_000_000
    static let defaultMaximumOutput = 64 << 20

    /// `name`: the template `render` is given, for `stoppedIn`. `capacity`: bytes to reserve
    /// for the output (see `TemplateSet.render`).
    init(
        templates: [String: Template], context: TemplateValue, name: String = "", capacity: Int = 0,
        maximumSteps: Int = defaultMaximumSteps, maximumOutput: Int = defaultMaximumOutput
    ) {
        self.templates = templates
        self.templateName = name
        self.stack = [context]
        self.maximumSteps = maximumSteps
        self.maximumOutput = maximumOutput
        stack.reserveCapacity(16)
        if capacity > 0 { output.reserveCapacity(capacity) }
    }

    mutating func render(_ parts: [TemplatePart]) {
        for part in parts {
            steps += 1
            if overBudget() { return }
            switch part {
            case .text(let text):
                if indentation.isEmpty { output.append(text) } else { appendIndented(text) }
            case .value(let name, let escaped):
                switch lookUp(name) {
                case .text(let text)? where !text.isEmpty:
                    indentIfAtLineStart()
                    if escaped { Escape.appendHTML(text, to: &output) } else { output.append(text) }
                case .flag(let flag)?:
                    indentIfAtLineStart()
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
                steps += 1
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

    /// A standalone partial's lines are indented as its tag is (and a nested one's by both), as if
    /// the indentation were written before each line of its text: a value's own line breaks are
    /// not indented, and blank lines stay blank. A partial inside a line is not indented.
    private mutating func renderPartial(_ name: String, indentation standalone: String?) {
        enteringPartial?(name)
        guard partialDepth < Self.maximumPartialDepth, let template = templates[name] else { return }
        partialDepth += 1
        let outerName = templateName
        templateName = name
        let outer = (indentation, atLineStart)
        if let standalone {
            indentation += standalone
            atLineStart = true
        } else {
            indentIfAtLineStart()
            indentation = ""
            atLineStart = false
        }
        render(template.parts)
        let endedLine = atLineStart
        partialDepth -= 1
        templateName = outerName
        indentation = outer.0
        // After a standalone partial the outer text goes on at a line start (its tag's line is
        // gone); after one inside a line it goes on in that line.
        atLineStart = standalone != nil ? endedLine || outer.1 : false
    }

    @inline(__always) private mutating func indentIfAtLineStart() {
        if atLineStart {
            output.append(indentation)
            atLineStart = false
        }
    }

    /// Template text inside an indented partial: the indentation before each line that is not blank.
    private mutating func appendIndented(_ text: String) {
        var lineStart = 0
        var offset = 0
        let count = text.utf8.count
        for byte in text.utf8 {
            offset += 1
            guard byte == 0x0A || offset == count else { continue }
            let end = byte == 0x0A ? offset - 1 : offset
            if end > lineStart {
                indentIfAtLineStart()
                ByteSearch.appendSlice(of: text, lineStart..<end, to: &output)
            }
            if byte == 0x0A {
                output.append("\n")
                atLineStart = true
            }
            lineStart = offset
        }
    }

    /// Whether rendering must stop, past the budget of steps or of output (see `maximumSteps`).
    private mutating func overBudget() -> Bool {
        if stoppedIn == nil && (steps > maximumSteps || output.utf8.count > maximumOutput) { stoppedIn = templateName }
        return stoppedIn != nil
    }

    /// The value `name` stands for, or nil. `.empty` is returned as it is: callers treat it as nothing.
    private mutating func lookUp(_ name: TemplateName) -> TemplateValue? {
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
            steps += stack.count - i
        }
        var k = 1
        while k < name.keys.count, let current = value {
            value = Self.child(of: current, name.keys[k])
            k += 1
        }
        steps += k
        return value
    }

    @inline(__always) private static func child(of value: TemplateValue, _ key: String) -> TemplateValue? {
        if case .node(let node) = value { return node.child(named: key) }
        return nil
    }
}
