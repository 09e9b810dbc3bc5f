import Foundation
import Testing

@testable import BulletinCore

/// What an author wrote comes out as cmark renders it: each example of the CommonMark 0.30 spec
/// goes through the Markdown stage and the model's link filling, as an article's body does, and
/// is compared with Debian's `cmark --safe` on the same text. The only differences allowed are
/// Bulletin's documented rules (docs/markdown.md), each listed below by example number.
@Suite("CommonMark spec against cmark", .serialized)
struct CommonMarkSpecTests {
    struct Example: Decodable {
        let example: Int
        let section: String
        let markdown: String
    }

    /// Why an example's body differs from cmark's, by example number (docs/markdown.md, "Rules").
    enum Rule {
        /// An address inside the site is rewritten: under the base path, a page's address ends in
        /// "/", a file's is percent-encoded once.
        case siteAddress
        /// Images are written with `loading="lazy"`.
        case imageAttributes
        /// An image alone in its paragraph, followed by a paragraph of emphasised text, is a figure
        /// (no spec example has one).
        case figure
        /// In safe mode a raw `<img>` tag is kept as a Markdown image rather than dropped.
        case rawImage
    }

    static let specFile = TestSite.repository.deletingLastPathComponent().appendingPathComponent(
        "shared/commonmark/spec-0.30.json")

    static func examples() throws -> [Example] {
        let data = try Data(contentsOf: specFile)
        return try JSONDecoder().decode([Example].self, from: data)
    }

    /// Debian's `cmark --safe` on each text, in one process per example (as an author would run it).
    static func cmark(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark")
        process.arguments = ["--safe"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The body as the article page gets it: converted, then its links to Markdown files filled
    /// (every such target is taken to exist, at "/bai/").
    static func body(_ markdown: String) -> (html: String, result: RenderedMarkdown) {
        let context = MarkdownContext(
            file: "content/articles/vi-du.md", relativePath: "articles/vi-du.md", firstLine: 5, basePath: "/", unsafeHTML: false)
        let result = MarkdownConverter.convert(markdown, context: context)
        let urls = result.links.map { _ in "/bai/" }
        return (LinkPlaceholders.fillShortcodes(LinkPlaceholders.fillLinks(result.shown, with: urls), with: []), result)
    }

    /// Which rules explain the difference between `ours` and cmark's `theirs`: each rule is undone
    /// in turn; nil when they still differ.
    static func explain(_ ours: String, _ theirs: String, result: RenderedMarkdown) -> [Rule]? {
        var rules: [Rule] = []
        var text = ours
        if text.contains("<img loading=\"lazy\" ") {
            text = text.replacingOccurrences(of: "<img loading=\"lazy\" ", with: "<img ")
            rules.append(.imageAttributes)
        }
        if text == theirs { return rules }
        if text.contains("<figure>") {
            text = text.replacingOccurrences(of: "<figure>\n", with: "<p>").replacingOccurrences(
                of: "<figcaption>\n", with: "</p>\n<p><em>"
            )
            .replacingOccurrences(of: "\n</figcaption>\n</figure>\n", with: "</em></p>\n")
            rules.append(.figure)
        }
        if text == theirs { return rules }
        if theirs.contains("<!-- raw HTML omitted -->"), text.contains("<img ") {
            text = text.replacingOccurrences(of: #"<img [^>]*/>"#, with: "<!-- raw HTML omitted -->", options: .regularExpression)
            rules.append(.rawImage)
            if text == theirs { return rules }
        }
        // Addresses inside the site: the same page once every address is blanked on both sides,
        // and only when the body has such addresses.
        let hasSiteAddresses = !result.siteLinks.isEmpty || !result.assets.isEmpty || !result.links.isEmpty
        if hasSiteAddresses && withoutAddresses(text) == withoutAddresses(theirs) {
            rules.append(.siteAddress)
            return rules
        }
        return nil
    }

    static func withoutAddresses(_ html: String) -> String {
        html.replacingOccurrences(of: #"(href|src)="[^"]*""#, with: "$1=\"\"", options: .regularExpression)
    }

    @Test("every example's body equals cmark --safe, apart from the documented rules")
    func everyExample() throws {
        let examples = try Self.examples()
        #expect(examples.count == 652)
        var unexplained: [String] = []
        var byRule: [String: [Int]] = [:]
        for example in examples {
            let theirs = try Self.cmark(example.markdown)
            let (ours, result) = Self.body(example.markdown)
            if ours == theirs { continue }
            if let rules = Self.explain(ours, theirs, result: result) {
                byRule[rules.map { ".\($0)" }.joined(separator: ", "), default: []].append(example.example)
            } else {
                unexplained.append(
                    "example \(example.example) (\(example.section)):\nours:   \(ours.debugDescription)\ncmark:  \(theirs.debugDescription)"
                )
            }
        }
        #expect(unexplained.isEmpty, "\(unexplained.count) unexplained:\n\(unexplained.joined(separator: "\n"))")
        // The list stays exact both ways: an example that differs is listed with its rules, and
        // one that is listed differs.
        let found = byRule.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        let listed = Self.documented.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted())" }
        #expect(found == listed, "the examples that differ, by rule:\n\(found.joined(separator: "\n"))")
    }

    /// The examples whose body differs from cmark's, by the rules that explain it (docs/markdown.md
    /// lists them).
    static let documented: [String: [Int]] = [
        ".imageAttributes": [519, 571, 573, 574, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 590],
        ".imageAttributes, .siteAddress": [516, 530, 572, 575, 576, 577],
        ".imageAttributes, .rawImage": [474],
        ".siteAddress": [
            22, 23, 32, 33, 192, 193, 194, 195, 196, 198, 202, 203, 204, 205, 206, 214, 215, 216, 217, 218, 403, 418, 421, 432, 472,
            473, 481, 482, 483, 488, 491, 494, 495, 497, 498, 499, 501, 502, 503, 504, 505, 506, 508, 509, 511, 513, 514, 515, 517,
            518, 520, 521, 526, 527, 528, 529, 531, 532, 533, 534, 538, 539, 540, 541, 542, 543, 548, 549, 552, 553, 554, 555, 556,
            557, 558, 559, 560, 561, 563, 564, 565, 567, 568, 569, 570, 592,
        ],
    ]
}
