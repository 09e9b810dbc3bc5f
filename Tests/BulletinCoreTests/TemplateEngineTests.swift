import Foundation
import Mustache
import Testing

@testable import BulletinCore

/// Bulletin's Mustache engine against swift-mustache, the library it replaced: the same template
/// and values must give the same text, so a theme written for one works unchanged with the other.
/// Cases follow the Mustache spec's required modules (interpolation, sections, inverted sections,
/// comments, partials, delimiters) and the whitespace rules for tags alone on their line.
@Suite("Template engine")
struct TemplateEngineTests {
    /// A small view: keys answer with the given values; others go on to the enclosing contexts.
    final class Node: TemplateNode {
        let values: [String: TemplateValue]
        init(_ values: [String: TemplateValue]) { self.values = values }
        func child(named key: String) -> TemplateValue? { values[key] }
    }

    /// The same values, as swift-mustache reads them.
    final class MustacheNode: MustacheParent {
        let node: any TemplateNode
        init(_ node: any TemplateNode) { self.node = node }
        func child(named key: String) -> Any? { node.child(named: key).map(TemplateEngineTests.forMustache) }
    }

    static func forMustache(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .node(let node): return MustacheNode(node)
        case .list(let items): return items.map(forMustache)
        case .empty: return NSNull()
        }
    }

    static let article = Node([
        "title": .text("Hội nghị <tổng kết> & \"triển khai\" 'năm 2023'"),
        "url": .text("/bantin/tin-tuc/hoi-nghi/"),
        "featured": .flag(true),
        "draft": .flag(false),
        "date": .node(Node(["numeric": .text("12/01/2023"), "long": .text("Thứ Năm, 12/01/2023")])),
        "tags": .list([
            .node(Node(["name": .text("Cải cách hành chính"), "url": .text("/the/cchc/")])),
            .node(Node(["name": .text("PAR Index"), "url": .text("/the/par/")])),
        ]),
        "none": .list([]),
        "words": .list([.text("một"), .text("hai"), .text("ba")]),
        "missing_change": .empty,
        "body": .text("<p>Nội dung</p>"),
        "empty_text": .text(""),
        "items": .text("<li>một</li>\n<li>hai</li>"),
    ])
    static let site = Node(["title": .text("Sở Nội vụ"), "missing_change": .text("từ trang")])
    static let context = Node(["article": .node(article), "site": .node(site), "title": .text("Trang chủ")])

    static let partials = [
        "badge": "<span>{{title}}</span>",
        "lines": "một\nhai\n",
        "item": "<li>{{name}}</li>\n",
        "crlf": "một\r\nhai\r\n",
        "block": "<ul>\n{{{article.items}}}\n</ul>\n",
    ]

    static let cases: [String] = [
        // Interpolation and escaping.
        "{{title}} {{{article.body}}} {{&article.body}} {{article.title}}",
        "{{ article.title }}|{{{ article.body }}}|{{& article.body }}",
        "{{article.featured}} {{article.draft}} {{article.nothing}} {{nothing.at.all}}",
        // Sections: lists, flags, views, texts, empty values.
        "{{#article}}{{title}} ({{date.numeric}}){{/article}}",
        "{{#article.tags}}<a href=\"{{url}}\">{{name}}</a>{{/article.tags}}",
        "{{#article.featured}}nổi bật{{/article.featured}}{{#article.draft}}nháp{{/article.draft}}",
        "{{^article.draft}}đã đăng{{/article.draft}}{{^article.none}}không có{{/article.none}}",
        "{{#article.words}}[{{.}}]{{/article.words}}",
        "{{#article.empty_text}}shown{{/article.empty_text}}|{{^article.nothing}}missing{{/article.nothing}}",
        // An empty value stops the lookup; a missing one goes on to the enclosing context.
        "{{#article}}{{missing_change}}|{{title}}{{/article}}",
        "{{#article}}{{#site}}{{title}}{{/site}}{{/article}}",
        "{{#article.tags}}{{title}}:{{name}};{{/article.tags}}",
        "{{#article.date}}{{.numeric}}/{{.title}}{{/article.date}}",
        // Standalone lines vanish, with their indentation and line end.
        "<ul>\n  {{#article.tags}}\n  <li>{{name}}</li>\n  {{/article.tags}}\n</ul>\n",
        "a\n  {{! a comment }}\nb\n",
        "a\n{{!\n  a comment\n  over lines\n}}\nb",
        "x\r\n{{#article.featured}}\r\ny\r\n{{/article.featured}}\r\nz",
        "  {{#article.featured}}\n#{{/article.featured}}\n",
        "|{{#article.featured}} {{/article.featured}}|",
        "{{#article.featured}}{{/article.featured}}\nnext\n",
        "  {{title}}\n",
        "{{#article.tags}}\n{{name}}\n{{/article.tags}}",
        // Partials, inline and standalone (indented).
        "<h1>{{> badge}}</h1>",
        "<ul>\n{{#article.tags}}\n{{> item}}\n{{/article.tags}}\n</ul>\n",
        "<div>\n    {{> lines}}\n</div>\n",
        "<nav>\n    {{> block}}\n</nav>\n",
        "{{#article}}{{> badge}}{{/article}}",
        // Delimiters.
        "{{=<% %>=}}<% title %> {{title}} <%={{ }}=%>{{title}}",
        "{{title}}\n{{= | | =}}\n|title|\n",
    ]

    static func renderBoth(_ text: String) throws -> (ours: String, theirs: String) {
        var ours: [String: Template] = ["main": try Template(parsing: text)]
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: text), named: "main")
        for (name, partial) in partials {
            ours[name] = try Template(parsing: partial)
            library.register(try MustacheTemplate(string: partial), named: name)
        }
        let set = TemplateSet(templates: ours, root: "")
        return (set.render("main", context), library.render(MustacheNode(context), withTemplate: "main") ?? "")
    }

    @Test("every case renders as swift-mustache renders it", arguments: cases)
    func sameAsSwiftMustache(_ text: String) throws {
        let (ours, theirs) = try Self.renderBoth(text)
        #expect(ours == theirs)
    }

    @Test("escaping, dotted names, sections and standalone lines give what the spec says")
    func knownResults() throws {
        #expect(
            try Self.renderBoth("{{article.title}}").ours
                == "Hội nghị &lt;tổng kết&gt; &amp; &quot;triển khai&quot; &#39;năm 2023&#39;")
        #expect(try Self.renderBoth("{{#article.words}}[{{.}}]{{/article.words}}").ours == "[một][hai][ba]")
        #expect(
            try Self.renderBoth("<ul>\n  {{#article.tags}}\n  <li>{{name}}</li>\n  {{/article.tags}}\n</ul>\n").ours
                == "<ul>\n  <li>Cải cách hành chính</li>\n  <li>PAR Index</li>\n</ul>\n")
        #expect(try Self.renderBoth("<div>\n    {{> lines}}\n</div>\n").ours == "<div>\n    một\n    hai\n</div>\n")
        #expect(try Self.renderBoth("{{#article}}{{missing_change}}|{{/article}}").ours == "|")
        // The partial's own lines are indented, not the line breaks inside a value it prints.
        #expect(
            try Self.renderBoth("<nav>\n    {{> block}}\n</nav>\n").ours
                == "<nav>\n    <ul>\n    <li>một</li>\n<li>hai</li>\n    </ul>\n</nav>\n")
        // Windows line ends in a partial are indented too (swift-mustache indents only after "\n").
        #expect(try Self.renderBoth("<div>\r\n  {{> crlf}}\r\n</div>").ours == "<div>\r\n  một\r\n  hai\r\n</div>")
    }

    @Test(
        "a template that does not parse: the message, line and column",
        arguments: [
            ("<p>\n  {{#a}}\n</p>", 2, 3, "the section {{#a}} is never closed: add {{/a}}"),
            ("{{#a}}\n{{/b}}", 2, 1, "{{/b}} closes the section {{#a}} opened at line 1"),
            ("x {{/a}}", 1, 3, "{{/a}} closes a section that was never opened"),
            ("<h1>{{title</h1>", 1, 5, "a tag is not finished"),
            ("{{}}", 1, 1, "is empty: put a name between the braces"),
            ("{{# }}", 1, 1, "has no name"),
            ("ồ {{tên bài}}", 1, 3, "a name may only have letters"),
            ("{{uppercased(title)}}", 1, 1, "transforms such as uppercased(…) are not supported"),
            ("{{<layout}}{{/layout}}", 1, 1, "template inheritance"),
            ("{{> *dynamic}}", 1, 1, "dynamic partials are not supported"),
            ("{{=<%>=}}", 1, 1, "the set-delimiter tag is badly formed"),
            ("{{% CONTENT_TYPE: TEXT }}", 1, 1, "settings tags"),
        ] as [(String, Int, Int, String)])
    func syntaxErrors(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try Template(parsing: text)
            Issue.record("\(text) parsed")
        } catch let error as TemplateSyntaxError {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(message), "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("each thread renders its own copy of the templates, which renders the same")
    func threadCopies() throws {
        let text = String(repeating: "Sở Nội vụ tỉnh Sơn La ", count: 4)
        let original = try Template(parsing: "\(text){{#site}}{{title}}{{/site}}{{> partials/x}}")
        let copy = original.copy()
        guard case .text(let a) = original.parts[0], case .text(let b) = copy.parts[0] else {
            Issue.record("the first part is not text")
            return
        }
        #expect(a == b)
        var first = a, second = b
        let addresses = (first.withUTF8 { $0.baseAddress }, second.withUTF8 { $0.baseAddress })
        #expect(addresses.0 != addresses.1, "the copy shares the original's storage")
        let set = TemplateSet(templates: ["page": original, "partials/x": try Template(parsing: "!")], root: "")
        let outputs = (0..<8).parallelMap(chunkSize: 1) { _ in set.render("page", Self.context) }
        #expect(Set(outputs).count == 1)
        #expect(outputs[0].hasPrefix(text) && outputs[0].hasSuffix("!"))
        // Many threads (as `serve`'s come and go) do not pile up copies: all alive at once here,
        // so that none can take the place of one that has ended.
        let threads = ThreadCopies.limit * 2
        let rendered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        for _ in 0..<threads {
            Thread {
                _ = set.render("page", Self.context)
                rendered.signal()
                release.wait()
            }.start()
        }
        for _ in 0..<threads { rendered.wait() }
        #expect(set.copies.count <= ThreadCopies.limit)
        #expect(set.copies.count >= 1)
        for _ in 0..<threads { release.signal() }
    }

    @Test("a partial that includes itself stops at a depth limit instead of overflowing the stack")
    func recursivePartial() throws {
        let set = TemplateSet(templates: ["loop": try Template(parsing: "<{{> loop}}>")], root: "")
        let output = set.render("loop", Self.context)
        let depth = TemplateRenderer.maximumPartialDepth
        #expect(output == String(repeating: "<", count: depth + 1) + String(repeating: ">", count: depth + 1))
    }

    @Test("the default theme renders the sample site as swift-mustache renders it")
    func defaultTheme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates").path
        let diagnostics = Diagnostics()
        let set = try #require(
            TemplateSet.load(from: root, displayRoot: "templates", io: .posix, diagnostics: diagnostics))
        #expect(diagnostics.errors.isEmpty)
        var library = MustacheLibrary()
        for name in set.templates.keys {
            let text = try String(contentsOfFile: root + "/" + name + ".mustache", encoding: .utf8)
            library.register(try MustacheTemplate(string: text), named: name)
        }
        let card = Node([
            "title": .text("Tin <mới>"), "url": .text("/tin/"), "summary": .text("Tóm tắt & thêm"),
            "date": Self.article.values["date"]!, "draft": .flag(true), "scheduled": .flag(false),
            "category": .node(Node(["name": .text("Tin tức"), "url": .text("/tin-tuc/")])),
            "image": .text("/anh.jpg"), "image_alt": .text(""),
        ])
        let page = Node([
            "site": .node(Self.site), "article": .node(card), "title": .text("Trang"), "card": .text("<li>thẻ</li>"),
            "latest": .list([.node(card), .node(card)]),
            "list": .node(Node(["title": .text("Tin tức"), "articles": .list([.node(card)])])),
            "pager": .node(
                Node([
                    "many": .flag(true), "pages": .list([.node(Node(["label": .text("1"), "url": .text("/1/"), "current": .flag(true)]))]),
                ])),
        ])
        var compared = 0
        for name in set.templates.keys.sorted() {
            let ours = set.render(name, page)
            let theirs = library.render(MustacheNode(page), withTemplate: name) ?? ""
            #expect(ours == theirs, "\(name)")
            compared += 1
        }
        #expect(compared >= 20)
    }
}
