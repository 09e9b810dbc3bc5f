import Foundation
import Testing

@testable import BulletinCore

/// Every text an editor or admin reads is in both catalogs, under a code of its own.
@Suite struct MessageCatalogTests {
    /// Every key declared in Messages/Keys, read from the sources: (code, name).
    static func declaredKeys() throws -> [(code: String, name: String)] {
        let folder = TestSite.repository.appendingPathComponent("Sources/BulletinCore/Messages/Keys")
        let declaration = try Regex(#"static let ([A-Za-z0-9]+) = MessageKey\("(BLT[0-9]{4})"\)"#)
        var keys: [(String, String)] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOfFile: folder.path + "/" + file, encoding: .utf8)
            for match in text.matches(of: declaration) {
                keys.append((String(match.output[2].substring ?? ""), String(match.output[1].substring ?? "")))
            }
        }
        return keys
    }

    @Test func everyCodeHasATextInBothLanguagesWithTheSamePlaceholders() throws {
        let keys = try Self.declaredKeys()
        #expect(keys.count > 100)
        var problems: [String] = []
        for (code, name) in keys {
            let key = MessageKey(code)
            guard let english = Catalog.template(key, in: .english) else {
                problems.append("\(code) \(name): no English text")
                continue
            }
            guard let vietnamese = Catalog.template(key, in: .vietnamese) else {
                problems.append("\(code) \(name): no Vietnamese text")
                continue
            }
            if MessageTemplate.placeholders(english) != MessageTemplate.placeholders(vietnamese) {
                problems.append("\(code) \(name): the placeholders differ")
            }
            if vietnamese.precomposedStringWithCanonicalMapping != vietnamese {
                problems.append("\(code) \(name): the Vietnamese is not NFC")
            }
        }
        #expect(problems == [])
    }

    @Test func codesAreUniqueAndEveryCatalogTextIsDeclared() throws {
        let codes = try Self.declaredKeys().map(\.code)
        #expect(Set(codes).count == codes.count, "a code is declared twice")
        #expect(Catalog.keys.map(\.code).filter { !codes.contains($0) }.sorted() == [])
    }

    @Test func valuesAreWrittenTheReadersWay() {
        let values: [String: MessageValue] = ["count": .number(12_345), "score": .decimal(95.83)]
        #expect(MessageValue.number(12_345).text(in: .vietnamese) == "12.345")
        #expect(MessageValue.number(12_345).text(in: .english) == "12,345")
        #expect(MessageValue.decimal(95.83).text(in: .vietnamese) == "95,83")
        #expect(MessageValue.decimal(1234.5).text(in: .english) == "1,234.5")
        #expect(MessageTemplate.fill("{count} {count|file|files}, {score}", values: values, language: .english) == "12,345 files, 95.83")
        #expect(MessageTemplate.fill("{count} tệp, {score}", values: values, language: .vietnamese) == "12.345 tệp, 95,83")
        #expect(MessageTemplate.fill("{count|one|other}", values: ["count": 1], language: .english) == "one")
    }

    @Test func theLanguageIsChosenByFlagThenEnvironmentThenSiteThenSystem() {
        #expect(Language.choose(flag: "en", site: "vi", environment: ["BULLETIN_LANG": "vi"]) == .english)
        #expect(Language.choose(flag: nil, site: "en", environment: ["BULLETIN_LANG": "vi"]) == .vietnamese)
        #expect(Language.choose(flag: nil, site: "en", environment: ["LANG": "vi_VN.UTF-8"]) == .english)
        #expect(Language.choose(flag: nil, site: nil, environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Language.choose(flag: nil, site: nil, environment: ["LANG": "C.UTF-8"]) == .vietnamese)
    }

    /// docs/messages.md lists every code with both texts; `BULLETIN_WRITE_DOCS=1 swift test
    /// --filter MessageCatalogTests` writes it again after a change to the catalogs.
    @Test func theDocsListEveryCode() throws {
        let file = TestSite.repository.appendingPathComponent("docs/messages.md")
        let expected = MessagesDocument.markdown(keys: try Self.declaredKeys())
        if ProcessInfo.processInfo.environment["BULLETIN_WRITE_DOCS"] == "1" {
            try Data(expected.utf8).write(to: file)
        }
        let current = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(current == expected, "docs/messages.md is out of date: run  make messages-doc")
    }
}

/// docs/messages.md: the codes in order, each with its English and Vietnamese text.
enum MessagesDocument {
    static func markdown(keys: [(code: String, name: String)]) -> String {
        var text = """
            # Messages and their codes

            Every error and warning Bulletin prints ends with a code, such as `[BLT0101]`; `check --format json`
            gives it as `code`. The text says what is wrong and what to do; this page lists them all, in the
            language of `--lang`, `BULLETIN_LANG` or site.yaml's `language`. `{name}` stands for what the
            message names (a file, a key, a value); `{count|one|other}` is an English plural.
            A code keeps its meaning for good: a text may be reworded, never given another meaning.
            This page is written from the catalogs (`Sources/BulletinCore/Messages/`) by
            `make messages-doc`, and a test fails when it is out of date.

            | Code | English | Tiếng Việt |
            |------|---------|------------|

            """
        for (code, _) in keys.sorted(by: { $0.code < $1.code }) {
            let key = MessageKey(code)
            let english = Catalog.template(key, in: .english) ?? ""
            let vietnamese = Catalog.template(key, in: .vietnamese) ?? ""
            text += "| \(code) | \(cell(english)) | \(cell(vietnamese)) |\n"
        }
        return text
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }
}
