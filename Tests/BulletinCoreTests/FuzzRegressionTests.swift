import Foundation
import Testing

@testable import BulletinCore

/// Inputs the fuzzers (Tests/fuzz) found to crash or break an invariant, kept so that they never
/// come back. Each test says what went wrong before the fix.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    /// FuzzMarkdown, crash-a453914e: text that looked like a shortcode placeholder, next to a
    /// real shortcode line, made the converter look up shortcode 6 of 1 (index out of range).
    @Test("text that looks like a shortcode placeholder is only text")
    func forgedShortcodePlaceholder() throws {
        let crash = try #require(Data(base64Encoded: "e3vsQlVMTEVUSU5TSE9SVENPREU27Eo97Ap97ApDbG9zZWT/"))
        _ = convertMarkdown(String(decoding: crash, as: UTF8.self))

        // (body, shortcodes rendered): a real one sharing its paragraph with text is an error,
        // and is not run.
        let cases = [
            ("BULLETINSHORTCODE6X chữ\n", 0), ("BULLETINSHORTCODE0X\n", 0), ("{{< a >}}\n\nBULLETINSHORTCODE0X\n", 1),
            ("{{< a >}}\nBULLETINSHORTCODE0X cạnh\n", 0), ("BULLETINSHORTCODEQ0X\n\n{{< a >}}\n", 1),
        ]
        for (body, rendered) in cases {
            let result = convertMarkdown(body)
            #expect(result.shortcodes.count == rendered, "\(body)")
            let filled = LinkPlaceholders.fillShortcodes(result.shown, with: Array(repeating: "<b>mã</b>", count: result.shortcodes.count))
            #expect(filled.components(separatedBy: "<b>mã</b>").count - 1 == rendered, "\(body)")
            #expect(filled.contains("BULLETINSHORTCODE"), "the typed text stays: \(body)")
            if body.contains("{{< a >}}\nB") {
                #expect(result.problems.contains { $0.message.contains("must stand on a line of its own") })
            }
        }
    }

    /// FuzzSlugs, crash-6a14e4b5: the query and fragment of an address were kept as typed, so a
    /// quote or a space in them reached the URL (escaped later by the template, but not a URL).
    @Test("the query and fragment of an address are percent-encoded")
    func addressSuffix() {
        let resolved = Reference.resolve("/media/a.png?x=\"><script>#\"a b'", from: "articles/a.md", basePath: "/bantin/")
        #expect(resolved == .asset(path: "media/a.png", url: "/bantin/media/a.png?x=%22%3E%3Cscript%3E#%22a%20b%27"))
        #expect(
            Reference.resolve("/chi-so/?nam=2022&trang=2#mục", from: "articles/a.md", basePath: "/")
                == .site(path: "chi-so/", url: "/chi-so/?nam=2022&trang=2#m%E1%BB%A5c"))
    }

    /// FuzzFrontMatter, crash-632d3a68: a lone CR ends a line. (The loader was right; the check
    /// counted only LF. Kept: messages must point at lines that exist, whatever the line ends.)
    @Test("messages about a file with CR line ends point at lines that exist")
    func loneCarriageReturns() throws {
        let report = try Hostile.failingBuild { site in
            try site.writeBytes("articles/cr.md", Array("---\ntit&e: A\n\r--".utf8))
            try site.writeBytes("articles/mac.md", Array("---\rtitle: A\rdate: 2023-01-01\rviews: x\r---\rThân.\r".utf8))
        }
        #expect(Hostile.hasError(report, in: "articles/cr.md", line: 1, "front matter is not closed"))
        #expect(Hostile.hasError(report, in: "articles/mac.md", line: 4, "'views' must be a whole number"))
    }

    /// FuzzMarkdown, crash-2c7f3a99: a link inside an image description is shown as the image's
    /// alt text, as cmark renders it; its address is published nowhere, so it is not checked.
    @Test("a link inside an image description is only alt text")
    func linkInImageDescription() {
        let result = convertMarkdown("![Xem [bài](../2022/bai.md) này](/media/anh.png)\n")
        #expect(result.links.isEmpty)
        #expect(result.shown.contains("alt=\"Xem bài này\""))
        #expect(!result.shown.contains("\u{1}"))
    }

    /// FuzzSlugs, crash-4a655e39 (the check was too strict): "../" after '#' is part of the
    /// fragment and never climbs; the path before it is what must stay under the base path.
    @Test("'../' in a fragment is not a way out")
    func dotsInFragment() {
        let resolved = Reference.resolve("ech/#a/../../etc", from: "articles/2023/01/a.md", basePath: "/bantin/")
        #expect(resolved == .site(path: "articles/2023/01/ech/", url: "/bantin/articles/2023/01/ech/#a/../../etc"))
    }

    /// FuzzScores, crash-1 (index.yaml): an error on the last line of a YAML file without a final
    /// line break was placed on the line after the file's end.
    @Test("a YAML error on a last line without a line break is on that line")
    func yamlErrorAtTheEnd() {
        let yaml = "components:\n  - {id: c1, name: \"A\", max: 50}\n  - {id: c2, name: \"B\", max: 49}\n-CS"
        guard case .failure(let problem) = YAMLText.parseMapping(yaml, file: "content/scores/par-index/2022.yaml", firstLine: 1)
        else {
            Issue.record("the YAML must be refused")
            return
        }
        #expect(problem.location?.line == 4, "\(problem.formatted)")
        let site = "title: A\nbase_url: https://x.vn/\nagency: {name: x"
        guard case .failure(let open) = YAMLText.parseMapping(site, file: "content/site.yaml", firstLine: 1) else {
            Issue.record("the YAML must be refused")
            return
        }
        #expect(open.location?.line == 3, "\(open.formatted)")
    }

    /// FuzzMarkdown, crash-3ee087f2: an image described as "bulletin-link:0" came out as
    /// `alt="bulletin-link:0"`, which the link filler took for link 0 and replaced by its address.
    @Test("an image description cannot pass for a link placeholder")
    func forgedLinkPlaceholder() {
        let result = convertMarkdown("[bài](b.md)\n\n![bulletin-link:0](/media/anh.png) [x](bulletin-link:0)\n")
        let html = LinkPlaceholders.fillLinks(result.shown, with: ["/bantin/tin-tuc/b/"])
        #expect(html.contains("<a href=\"/bantin/tin-tuc/b/\">bài</a>"))
        #expect(html.contains("alt=\"bulletin-link:0\""))
        // An unusual scheme is kept, as cmark keeps it, with a warning; it is no marker.
        #expect(html.contains("<a href=\"bulletin-link:0\">x</a>"))
        #expect(result.problems.contains { $0.severity == .warning && $0.message.contains("'bulletin-link:'") })
        #expect(html.components(separatedBy: "/bantin/tin-tuc/b/").count == 2)
    }

    /// FuzzScores, crash-8710d962: a double quote never closed made SwiftCSV read the rest of the
    /// file as one value, silently: the units after it vanished.
    @Test("a CSV quote never closed is an error at the line that opens it")
    func unclosedCSVQuote() {
        let units = "id,name,short_name,group\na,\"Sở A,A,so\nb,Sở B,B,so\nc,Sở C,C,so\n"
        guard case .failure(let problem) = CSVTable.read(units, file: "content/scores/units.csv") else {
            Issue.record("the file must be refused")
            return
        }
        #expect(problem.location?.line == 2)
        #expect(problem.message.hasPrefix("the double quote on this line is never closed"))
        // Quotes that are closed, and quotes written twice inside a value, are fine.
        guard case .success(let table) = CSVTable.read("unit,name\na,\"Sở \"\"A\"\", B\"\nb,\"x\ny\"\n", file: "x.csv") else {
            Issue.record("a valid file was refused")
            return
        }
        #expect(table.rows.map(\.fields) == [["a", "Sở \"A\", B"], ["b", "x\ny"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    /// FuzzTemplates, timeout-b5ca62e5 (a seed of its corpus): a partial that includes itself
    /// twice rendered 2^32 times before the partial depth limit stopped it; sections over the same
    /// list nested ten deep (each inner one finds the outer list again) render 10^10 times. The
    /// build hung. Rendering now stops past a budget of steps and of output, and says so.
    @Test("a template that repeats itself exponentially stops at a budget instead of hanging")
    func exponentialRendering() throws {
        let twice = try Template(parsing: "<nav>\n  {{> p}}\n{{#node}}\n\t{{> p}}\n{{/node}}\n</nav>\n")
        let context = ValuesView(values: ["node": .node(ValuesView(values: [:]))])
        var renderer = TemplateRenderer(templates: ["p": twice], context: .node(context))
        renderer.render(twice.parts)
        #expect(renderer.exceededLimit)
        #expect(renderer.output.hasPrefix("<nav>\n"))
        // The budget is checked between parts: at most one part's text (with its indentation) past it.
        #expect(renderer.output.utf8.count <= renderer.maximumOutput + 256)

        let items = ValuesView(values: ["items": .list(Array(repeating: .text("mục"), count: 10))])
        let nested = try Template(
            parsing: String(repeating: "{{#items}}", count: 10) + "{{.}}" + String(repeating: "{{/items}}", count: 10))
        var stopped = TemplateRenderer(templates: [:], context: .node(items), maximumSteps: 10_000)
        stopped.render(nested.parts)
        #expect(stopped.exceededLimit)
        #expect(stopped.output.utf8.count < 10_000 * "mục".utf8.count)
        var long = TemplateRenderer(templates: [:], context: .node(items), maximumOutput: 1000)
        long.render(nested.parts)
        #expect(long.exceededLimit)
        #expect(long.output.utf8.count <= 1000 + "mục".utf8.count)

        // Within the budget nothing changes.
        let two = try Template(parsing: "{{#items}}{{#items}}{{.}}{{/items}}{{/items}}")
        var within = TemplateRenderer(templates: [:], context: .node(items), maximumSteps: 10_000)
        within.render(two.parts)
        #expect(!within.exceededLimit)
        #expect(within.output == String(repeating: "mục", count: 100))
    }

    /// Found while writing FuzzTemplates (the first case fits its 8 KB inputs): 600 sections
    /// around a partial that includes itself rendered 19,200 sections deep, and 100,000 nested
    /// sections were freed by a recursion as deep: both overflowed the stack. A template may nest
    /// 100 sections; one deeper is a syntax error where it opens.
    @Test("sections nested too deep are a syntax error, not a stack overflow")
    func deepSections() throws {
        for depth in [101, 600, 100_000] {
            let text = String(repeating: "{{#.}}\n", count: depth) + "{{> p}}\n" + String(repeating: "{{/.}}\n", count: depth)
            let error = #expect(throws: TemplateSyntaxError.self) { try Template(parsing: text) }
            #expect(error?.line == 101)
            #expect(error?.column == 1)
            #expect(error?.message.contains("inside 100 others") == true, "\(String(describing: error?.message))")
        }
        // 100 deep is fine, even through 32 partials of itself: 3,300 sections deep.
        let deepest = try Template(
            parsing: String(repeating: "{{#.}}", count: 100) + "x{{> p}}" + String(repeating: "{{/.}}", count: 100))
        let output = TemplateSet(templates: ["p": deepest], root: "").render("p", ValuesView(values: [:]))
        #expect(output == String(repeating: "x", count: TemplateRenderer.maximumPartialDepth + 1))
    }

    /// Found while writing FuzzTemplates (beyond its 8 KB inputs): each tag's column was counted
    /// from the start of its line, so a long line of tags (a minified template) took quadratic time.
    @Test("columns on a long line of tags are counted right, from tag to tag")
    func longLineColumns() {
        let text = "{{! a\ncomment }}" + String(repeating: "{{a}}é", count: 50_000) + "{{/b}}"
        let error = #expect(throws: TemplateSyntaxError.self) { try Template(parsing: text) }
        #expect(error?.line == 2)
        #expect(error?.column == 10 + 300_000 + 1)
    }

    /// FuzzMarkdown, crash-f821ab24 (the check was too strict): U+0001 typed in a body is text in
    /// safe mode, escaped like any text; only `href="` or `<` before it would make a marker.
    @Test("U+0001 in safe mode is text, and no marker")
    func controlCharacterAsText() {
        let result = convertMarkdown("{{<___\u{1}\u{4}>}}\n")
        let html = LinkPlaceholders.fillShortcodes(LinkPlaceholders.fillLinks(result.shown, with: []), with: [])
        #expect(html.contains("\u{1}"))
        #expect(!html.contains("href=\"\u{1}") && !html.contains("<\u{1}"))
        #expect(result.shortcodes.isEmpty)
    }

    /// FuzzMarkdown, oom-c053028d: a link and an image inside a shortcode's arguments were
    /// planned as edits, then rendered after their paragraph had been replaced (cmark wrote
    /// from freed nodes until it ran out of memory).
    @Test("links and images inside a shortcode's arguments are part of the call")
    func linksInsideAShortcode() {
        let call = "{{< score-table index=\"[a](khong.md)\" year=\"![x](/media/y.png)\" >}}\n"
        let result = convertMarkdown(call)
        #expect(result.shortcodes.map { $0.argument("index") } == ["[a](khong.md)"])
        #expect(result.shortcodes.map { $0.argument("year") } == ["![x](/media/y.png)"])
        #expect(result.links.isEmpty && result.assets.isEmpty && result.problems.isEmpty)
        #expect(result.shown == LinkPlaceholders.shortcodeMarker(0) + "\n")
    }
}
