import Foundation

/// The theme's Mustache templates, read and parsed once per build.
///
/// Every `*.mustache` file under the templates folder is registered under its path without the
/// extension ("article", "partials/card"). A template that does not parse, a missing required
/// template and a partial that names no template are errors naming the template file.
public struct TemplateSet: Sendable {
    public let templates: [String: Template]
    /// The templates folder, for copying `assets/`.
    public let root: String

    /// Templates the core pages need; other features check their own.
    public static let required = [
        "layout", "home", "article", "list", "terms", "archive", "page", "404",
        "partials/header", "partials/footer", "partials/card", "partials/card-compact",
    ]

    /// Templates whose rendering stopped at the renderer's budget (see `TemplateRenderer`). The
    /// build reports them as errors and keeps the previous site.
    public let overruns = RenderOverruns()
    /// Each rendering thread's own copy of `templates` (see `ThreadCopies`).
    let copies = ThreadCopies()

    public init(templates: [String: Template], root: String) {
        self.templates = templates
        self.root = root
    }

    /// `alsoRequired`: templates the features need besides the core's (`required`). A required
    /// template that is missing is an error; one that exists but does not parse has its own.
    public static func load(
        from root: String, displayRoot: String, io: FileIO, alsoRequired: [String] = [], diagnostics: Diagnostics
    ) -> TemplateSet? {
        let tree = ContentTree(root: root, displayRoot: displayRoot, io: io)
        guard io.isDirectory(root) else {
            diagnostics.error(.templateFolderMissing, at: SourceLocation(file: displayRoot))
            return nil
        }
        let files = tree.files(under: ".", diagnostics: diagnostics)
            .map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
            .filter { $0.hasSuffix(".mustache") }
        var templates: [String: Template] = [:]
        var unparsed = Set<String>()
        var displayNames: [String: String] = [:]
        for relative in files {
            let file = tree.display(relative)
            let name = String(relative.dropLast(".mustache".count))
            guard let text = tree.readText(relative, diagnostics: diagnostics, unreadable: { Message(.templateUnreadable, ["reason": $0]) })
            else { continue }
            do {
                templates[name] = try Template(parsing: text)
                displayNames[name] = file
            } catch let error as TemplateSyntaxError {
                unparsed.insert(name)
                diagnostics.error(
                    .templateDoesNotParse, ["problem": .message(error.content)],
                    at: SourceLocation(file: file, line: error.line, column: error.column))
            } catch {
                unparsed.insert(name)
                diagnostics.error(.templateDoesNotParse, ["problem": .text("\(error)")], at: SourceLocation(file: file))
            }
        }
        for name in required + alsoRequired where templates[name] == nil && !unparsed.contains(name) {
            if !files.contains(name + ".mustache") {
                diagnostics.error(.templateMissing, ["name": .text(name)], at: SourceLocation(file: tree.display(name + ".mustache")))
            }
        }
        for name in templates.keys.sorted() {
            for partial in templates[name]!.partials where templates[partial.name] == nil && !unparsed.contains(partial.name) {
                diagnostics.error(
                    .templatePartialMissing, ["partial": .text(partial.name), "template": .text(name)],
                    at: SourceLocation(file: displayNames[name] ?? name, line: partial.line, column: partial.column))
            }
        }
        return TemplateSet(templates: templates, root: root)
    }

    /// Renders `name` with `context` on the bottom of the stack ("" when there is no such template).
    /// `capacity`: bytes to reserve for a big result (a whole page), which would otherwise be
    /// copied each time it doubles; small results (cards) are kept, so they reserve nothing.
    public func render(_ name: String, _ context: any TemplateNode, capacity: Int = 0) -> String {
        let templates = copies.templates(of: self.templates)
        ReadRecorder.note(.template(name))
        guard let template = templates[name] else { return "" }
        var renderer = TemplateRenderer(templates: templates, context: .node(context), name: name, capacity: capacity)
        if ReadRecorder.isRecording { renderer.enteringPartial = { ReadRecorder.note(.template($0)) } }
        renderer.render(template.parts)
        if let stopped = renderer.stoppedIn { overruns.record(stopped, page: name) }
        return renderer.output
    }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// One error per template that stopped at the budget, at its file under `displayRoot`.
    func reportOverruns(displayRoot: String, to diagnostics: Diagnostics) {
        for (name, page) in overruns.found {
            let via: MessageValue = page == name ? "" : .message(Message(.templateOverrunVia, ["page": .text(page)]))
            // At the partial that includes the template itself, or its first partial: the likely cause.
            let partials = templates[name]?.partials ?? []
            let tag = partials.first { $0.name == name } ?? partials.first
            diagnostics.error(
                .templateOverrun,
                [
                    "via": via, "steps": .number(TemplateRenderer.defaultMaximumSteps / 1_000_000),
                    "megabytes": .number(TemplateRenderer.defaultMaximumOutput >> 20),
                ],
                at: SourceLocation(file: displayRoot + "/" + name + ".mustache", line: tag?.line ?? 1, column: tag?.column ?? 1))
        }
    }
}

/// The names of the templates that overran while pages were rendered on several threads.
public final class RenderOverruns: @unchecked Sendable {
    private let lock = NSLock()
    /// Where rendering stopped, with the first page template that got there.
    private var stops: [String: String] = [:]

    func record(_ name: String, page: String) {
        lock.lock()
        if stops[name] == nil { stops[name] = page }
        lock.unlock()
    }

    /// Sorted by template name.
    var found: [(name: String, page: String)] {
        lock.lock()
        defer { lock.unlock() }
        return stops.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// The templates, copied once for each thread that renders.
///
/// Rendering a template counts references to its parts and texts as it walks them. With every
/// thread walking the same parts, those counters sat on cache lines the cores kept taking from
/// each other; each thread walking its own copy keeps them in its own core's cache (the render
/// stage of a 10,000-article build took about 5% less time). A copy is a few kilobytes.
final class ThreadCopies: @unchecked Sendable {
    private let lock = NSLock()
    private var byThread: [UInt: [String: Template]] = [:]
    /// Copies kept at most. `serve` keeps its templates while worker threads come and go, and a
    /// thread that has gone cannot say so: past this many, all are dropped and made again.
    static let limit = 4 * max(2, ProcessInfo.processInfo.activeProcessorCount)

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return byThread.count
    }

    func templates(of shared: [String: Template]) -> [String: Template] {
        let thread = UInt(pthread_self())  // pthread_t is an integer on Linux
        lock.lock()
        defer { lock.unlock() }
        if let own = byThread[thread] { return own }
        if byThread.count >= Self.limit { byThread.removeAll() }
        let own = shared.mapValues { $0.copy() }
        byThread[thread] = own
        return own
    }
}
