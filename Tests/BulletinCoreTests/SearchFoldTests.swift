import Foundation
import Testing

@testable import BulletinCore

@Suite("Search: Vietnamese folding")
struct SearchFoldTests {
    @Test("folding removes case, accents and tone marks, and maps đ to d")
    func folding() {
        #expect(SearchFolding.fold("Cải") == "cai")
        #expect(SearchFolding.fold("CÁCH") == "cach")
        #expect(SearchFolding.fold("Đảng") == "dang")
        #expect(SearchFolding.fold("đường") == "duong")
        #expect(SearchFolding.fold("Ủy") == "uy")
        #expect(SearchFolding.fold("2022") == "2022")
    }

    @Test("NFC and NFD spellings give the same keys")
    func normalisationForms() {
        for word in ["cải", "cách", "hành", "chính", "Nghị", "định", "thuỷ", "Ươm", "ĐẢNG", "huyện"] {
            let nfd = word.decomposedStringWithCanonicalMapping
            #expect(Array(nfd.unicodeScalars) != Array(word.precomposedStringWithCanonicalMapping.unicodeScalars))
            #expect(SearchFolding.fold(nfd) == SearchFolding.fold(word))
            #expect(SearchFolding.exactKey(nfd) == SearchFolding.exactKey(word))
        }
    }

    @Test("the exact key ignores where the tone mark sits (hoà/hòa, thuỷ/thủy)")
    func tonePlacement() {
        #expect(SearchFolding.exactKey("hoà") == "hoa:2")
        #expect(SearchFolding.exactKey("hòa") == "hoa:2")
        #expect(SearchFolding.exactKey("thuỷ") == SearchFolding.exactKey("thủy"))
        #expect(SearchFolding.exactKey("khoẻ") == SearchFolding.exactKey("khỏe"))
    }

    @Test("the exact key keeps letter shapes and tells tones apart")
    func exactShapes() {
        #expect(SearchFolding.exactKey("cải") == "cai:3")
        #expect(SearchFolding.exactKey("cái") == "cai:1")
        #expect(SearchFolding.exactKey("cấp") == "câp:1")
        #expect(SearchFolding.exactKey("Đường") == "đương:2")
        #expect(SearchFolding.exactKey("hóa") != SearchFolding.exactKey("hòa"))
        #expect(SearchFolding.exactKey("dân") != SearchFolding.exactKey("đan"))
        #expect(SearchFolding.exactKey("cai") == "cai")
    }

    @Test("words split on anything but letters, digits and marks; phrases break on punctuation")
    func words() {
        let words = SearchFolding.words("Cải cách hành chính, năm 2022 (Sơn La)")
        #expect(words.map(\.folded) == ["cai", "cach", "hanh", "chinh", "nam", "2022", "son", "la"])
        #expect(words.map(\.joined) == [false, true, true, true, false, true, false, true])
    }

    /// Text mixing what articles hold: NFC and NFD Vietnamese, typographic quotes and dashes,
    /// other scripts, a lone combining mark, an over-long token, non-breaking spaces.
    static let mixedText =
        "Hội nghị “tổng kết” – năm 2022: CẢI CÁCH hành chính; hoà/hòa, thuỷ\u{00A0}lợi. "
        + "Nghị định 29/2023/NĐ-CP về tinh giản biên chế".decomposedStringWithCanonicalMapping
        + " Ελληνικά ΣΟΦΊΑ Москва 東京 ١٢٣ café naïve x\u{0301} \u{0301} ß İstanbul ǅemal "
        + String(repeating: "a", count: 60) + " sau-đó e\u{0302}\u{0301}"

    @Test("the fast scanner agrees with the reference rules, word by word")
    func scannerMatchesReference() {
        let expected = SearchFolding.words(SearchFoldTests.mixedText)
        var found: [(String, String, Bool)] = []
        SyllableScanner().scan(SearchFoldTests.mixedText) { word in
            found.append(
                (String(decoding: word.folded(), as: UTF8.self), String(decoding: word.exact, as: UTF8.self), word.joined))
            #expect(word.exactHash == KeyTable.hashScalars(Array(word.exact)))
        }
        #expect(found.count == expected.count)
        for (a, b) in zip(found, expected) {
            #expect(a.0 == b.folded)
            #expect(a.1 == b.exact)
            #expect(a.2 == b.joined, "joined differs at \(b.word)")
        }
    }

    @Test("the scanner's table gives every scalar it covers the reference keys")
    func tableMatchesReference() {
        let ranges: [ClosedRange<UInt32>] = [0...0x36F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), SearchFolding.isWordScalar(scalar) else { continue }
                let text = "a" + String(scalar) + "b"
                let reference = SearchFolding.words(text)
                var found: [(String, String)] = []
                SyllableScanner().scan(text) { word in
                    found.append((String(decoding: word.folded(), as: UTF8.self), String(decoding: word.exact, as: UTF8.self)))
                }
                #expect(found.count == reference.count, "U+\(String(value, radix: 16))")
                if let first = found.first, let ref = reference.first {
                    #expect(first.0 == ref.folded, "folded U+\(String(value, radix: 16))")
                    #expect(first.1 == ref.exact, "exact U+\(String(value, radix: 16))")
                }
            }
        }
    }

    @Test("remembered spans give the same words as reading them anew, however full the table")
    func rememberedSpansMatchReference() {
        // Spans of every length around the 16 bytes that are remembered, a text that ends in a
        // short span (fewer than 16 bytes left to read), punctuation inside spans ("“tổng"),
        // and the same words again in other cases and other neighbours.
        let words = ["Cải", "cách", "hành", "chính", "nghiêng", "trưởng", "Nghiêng", "TRƯỞNG", "2022", "a", "ĐỒNG"]
        var text = SearchFoldTests.mixedText + " "
        for k in 0..<300 {
            let word = words[(k * 7) % words.count]
            let glue = [" ", ", ", "“", "” ", "\u{00A0}", "-", " – ", String(repeating: "x", count: k % 20)][k % 8]
            text += word + glue
        }
        text += SearchFoldTests.mixedText + " cá"
        let expected = SearchFolding.words(text).map { ($0.exact, $0.joined) }
        for mostSpans in [0, 3, 1 << 17] {
            let scanner = SyllableScanner(mostSpans: mostSpans)
            for pass in 1...2 {
                var found: [(String, Bool)] = []
                scanner.scan(text) { word in
                    found.append((String(decoding: word.exact, as: UTF8.self), word.joined))
                    #expect(word.exactHash == KeyTable.hashScalars(Array(word.exact)))
                }
                #expect(found.count == expected.count, "table of \(mostSpans), pass \(pass)")
                for (k, (a, b)) in zip(found, expected).enumerated() where a != b {
                    Issue.record("table of \(mostSpans), pass \(pass), word \(k): \(a) against \(b)")
                    break
                }
            }
        }
    }
}
