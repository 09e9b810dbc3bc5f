import Foundation
import Testing

@testable import BulletinCore

/// A `{{name}}` of the theme that no view offers is a warning at its tag.
@Suite struct TemplateKeysTests {
    @Test func aMisspeltKeyIsAWarningAtItsTagWithTheNearKey() throws {
        let site = try TestSite()
        let file = site.templates + "/article.mustache"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = "<p>{{article.titel}}</p>\n" + text
        try site.writeTemplate("article.mustache", text)
        let report = site.build()
        #expect(report.succeeded)
        let found = report.warnings.filter { $0.code == MessageKey.templateKeyUnknownNear.code }
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: site.templates + "/article.mustache", line: 1, column: 4))
        #expect(found.first?.message.contains("'titel' (in {{article.titel}})") == true)
        #expect(found.first?.message.contains("did you mean 'title'?") == true)
        #expect(found.first?.content.text(in: .vietnamese).contains("có phải ý bạn là 'title'?") == true)
    }

    @Test func keysOfMenusAndHasPrefixesAndPositionsAreKnown() throws {
        let known: Set<String> = ["title", "related"]
        #expect(TemplateKeys.isOffered("has_related", known: known))
        #expect(TemplateKeys.isOffered("0", known: known))
        #expect(!TemplateKeys.isOffered("has_titel", known: known))
    }

    @Test func theDefaultThemeUsesOnlyKeysViewsOffer() throws {
        let report = Builder(
            request: BuildRequest(
                contentPath: TestSite.repository.path + "/content", templatesPath: TestSite.repository.path + "/templates",
                outputPath: "")
        ).run(write: false)
        #expect(report.diagnostics.filter { $0.code.hasPrefix("BLT130") }.map(\.formatted) == [])
    }

    /// Every key a view's `child(named:)` answers is in the lists, so the check never warns about
    /// a key that works: the labels of the views' switches, read from their sources.
    @Test func theListsHoldEveryKeyTheViewsAnswer() throws {
        var known = TemplateKeys.core
        for feature in Features.standard() { known.formUnion(feature.templateKeys) }
        let sources = TestSite.repository.appendingPathComponent("Sources/BulletinCore")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        var missing: [String] = []
        let label = try Regex(#"case ((?:"[a-z_0-9]+"(?:, )?)+):"#)
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources.path + "/" + file, encoding: .utf8)
            guard text.contains("func child(named") else { continue }
            for match in text.matches(of: label) {
                for key in text[match.range].dropFirst(5).dropLast().split(separator: ",") {
                    let key = key.trimmingCharacters(in: CharacterSet(charactersIn: " \""))
                    if !TemplateKeys.isOffered(key, known: known) { missing.append("\(file): \(key)") }
                }
            }
        }
        #expect(missing == [])
    }
}
