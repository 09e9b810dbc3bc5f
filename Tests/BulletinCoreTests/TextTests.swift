import Foundation
import Testing

@testable import BulletinCore

@Suite("Vietnamese text")
struct TextTests {
    @Test(
        "slugs are lower-case ASCII with đ as d",
        arguments: [
            ("Hội nghị tổng kết năm 2022", "hoi-nghi-tong-ket-nam-2022"),
            ("Đổi mới, sáng tạo: ĐOÀN KẾT!", "doi-moi-sang-tao-doan-ket"),
            ("Chỉ số SIPAS – 95,83%", "chi-so-sipas-95-83"),
            ("  Thủy lợi / thuỷ điện  ", "thuy-loi-thuy-dien"),
            ("Ngày 12/1/2023", "ngay-12-1-2023"),
            ("???", ""),
            ("Tin tức - Sự kiện", "tin-tuc-su-kien"),
            ("Tin tức – Sự kiện", "tin-tuc-su-kien"),
        ])
    func slug(title: String, expected: String) {
        #expect(Slug.make(title) == expected)
    }

    @Test("character counts: code points, whatever the length and the offset of the slice")
    func characterCounts() {
        let text = Array("Sở Nội vụ tỉnh Sơn La tổ chức hội nghị 🇻🇳 ABC".utf8)
        for start in 0..<text.count {
            for end in start...text.count {
                let slice = text[start..<end]
                let expected = slice.filter { $0 & 0xC0 != 0x80 }.count
                #expect(TextTools.characterCount(slice) == expected)
            }
        }
        #expect(TextTools.characterCount(Array("Sở Nội vụ".utf8)[...]) == 9)
    }

    @Test("slugs of NFD input equal slugs of NFC input")
    func slugNFD() {
        let nfd = "Hội nghị".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array("Hội nghị".utf8))
        #expect(Slug.make(nfd) == "hoi-nghi")
    }

    @Test("slugs stay within the length bound and end on a word")
    func slugLength() {
        let title = String(repeating: "cải cách hành chính ", count: 100)
        let slug = Slug.make(title)
        #expect(slug.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("chinh") || slug.hasSuffix("cach") || slug.hasSuffix("cai") || slug.hasSuffix("hanh"))
        let long = Slug.make(String(repeating: "a", count: 500))
        #expect(long.count == Slug.maximumLength)
    }

    @Test("explicit slugs must be plain")
    func slugValidity() {
        #expect(Slug.isValid("hoi-nghi-2022"))
        #expect(!Slug.isValid("../etc"))
        #expect(!Slug.isValid("a/b"))
        #expect(!Slug.isValid("Hoi-nghi"))
        #expect(!Slug.isValid("-a"))
        #expect(!Slug.isValid(""))
    }

    @Test("NFC normalisation composes marks typed separately")
    func nfc() {
        let typed = "Ke\u{0302}\u{0301} hoa\u{0323}ch"  // ê + acute, a + dot below
        let normal = Normalization.nfc(typed)
        #expect(Array(normal.unicodeScalars.map(\.value)) == Array("Kế hoạch".unicodeScalars.map(\.value)))
        #expect(Normalization.isCertainlyNFC("Kế hoạch năm 2023 – “đợt 1”"))
        #expect(!Normalization.isCertainlyNFC(typed))
    }

    /// What the check promises, written as scalar ranges: ASCII, U+0080–U+02FF, U+1E00–U+1EFF
    /// and U+2010–U+20BF.
    static func onlyNFCSafeScalars(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v <= 0x2FF || (0x1E00...0x1EFF).contains(v) || (0x2010...0x20BF).contains(v)
        }
    }

    @Test("the one-pass check accepts only valid UTF-8 that is certainly NFC")
    func validAndNFC() throws {
        let texts = ["Kế hoạch năm 2023 – “đợt 1”", "Sở Nội vụ tỉnh Sơn La", "", "ascii", "Ke\u{0302}\u{0301}", "中文", "🇻🇳"]
        var samples = texts.map { Array($0.utf8) }
        samples += [
            [0xC3], [0xC3, 0x41], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE1, 0xBB], [0xE1, 0xBB, 0x41],
            [0xE1, 0x41, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x8F], [0xE2, 0x80],
            [0xE2, 0x82, 0xAC, 0x41], [0xF0, 0x9F, 0x87, 0xBB], [0xFF], [0x41, 0xCB, 0xBF], [0xCC, 0x81],
        ]
        for bytes in samples {
            let valid = String(validating: bytes, as: UTF8.self)
            let expected = valid.map(Self.onlyNFCSafeScalars) ?? false
            #expect(bytes.withUnsafeBufferPointer { Normalization.isValidAndCertainlyNFC($0) } == expected, "\(bytes)")
        }
        // Long texts are read as four streams: a bad byte anywhere, at a stream's edge too.
        let long = Array(String(repeating: "Sở Nội vụ tỉnh Sơn La – “đạt 95,83%”. ", count: 9).utf8)
        for bad in [[0xC3], [0x80], [0xE1, 0xBB], [0xCC, 0x81], [0xE2, 0x80, 0x8F], [0x41]] as [[UInt8]] {
            for position in stride(from: 0, through: long.count, by: 5) {
                var bytes = long
                bytes.insert(contentsOf: bad, at: position)
                let expected = String(validating: bytes, as: UTF8.self).map(Self.onlyNFCSafeScalars) ?? false
                #expect(bytes.withUnsafeBufferPointer { Normalization.isValidAndCertainlyNFC($0) } == expected, "\(bad) at \(position)")
            }
        }
        // A file's text comes out the same either way.
        for text in texts {
            #expect(try SourceText.decode(Array(text.utf8)).get() == Normalization.nfc(text))
        }
    }

    @Test(
        "numbers use ',' for decimals and '.' for thousands",
        arguments: [
            (95.83, 2, false, "95,83"), (1_234_567.5, 1, false, "1.234.567,5"), (96.3, 2, true, "96,3"),
            (100, 2, true, "100"), (-1.76, 2, false, "-1,76"), (0.004, 2, false, "0,00"),
        ])
    func number(value: Double, decimals: Int, trim: Bool, expected: String) {
        #expect(VietnameseNumber.format(value, decimals: decimals, trimZeros: trim) == expected)
    }

    @Test("whole numbers group thousands with '.'")
    func thousands() {
        #expect(VietnameseNumber.format(12345) == "12.345")
    }

    @Test("names sort in Vietnamese alphabetical order")
    func collation() {
        let names = ["Mường La", "Đà Bắc", "An Khê", "Bắc Yên", "Ấp Mới", "Mai Sơn", "Ân Thi", "Điện Biên", "Mộc Châu", "Dương"]
        let sorted = VietnameseCollation.sorted(names) { $0 }
        #expect(
            sorted == ["An Khê", "Ân Thi", "Ấp Mới", "Bắc Yên", "Dương", "Đà Bắc", "Điện Biên", "Mai Sơn", "Mộc Châu", "Mường La"])
    }

    @Test("truncation cuts on grapheme clusters and words, before escaping")
    func truncate() {
        let text = "Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2022 của tỉnh"
        let cut = TextTools.truncate(text, limit: 30)
        #expect(cut.hasSuffix("…"))
        #expect(cut.count <= 31)
        #expect(text.hasPrefix(String(cut.dropLast())))
        // A decomposed letter is never split from its mark.
        let nfd = String(repeating: "e\u{0301}", count: 50)
        #expect(TextTools.truncate(nfd, limit: 10).unicodeScalars.last == "…")
        #expect(TextTools.truncate("ngắn", limit: 10) == "ngắn")
    }

    @Test("escaping for HTML, XML and JSON")
    func escaping() {
        #expect(Escape.html("<a href=\"x\">Tôm & 'cua'</a>") == "&lt;a href=&quot;x&quot;&gt;Tôm &amp; &#39;cua&#39;&lt;/a&gt;")
        #expect(Escape.xml("a\u{1}b<c") == "ab&lt;c")
        #expect(Escape.json("</script><b>\"x\"\n") == "\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\\n\"")
        #expect(Escape.urlPath("media/ảnh 1.png") == "media/%E1%BA%A3nh%201.png")
    }

    @Test("byte search finds and replaces ASCII markers in Vietnamese text")
    func byteSearch() {
        let text = "Điểm <img src> và <img alt> cuối"
        #expect(ByteSearch.offsets(of: "<img ", in: text).count == 2)
        #expect(ByteSearch.replace("<img ", with: "<img x ", in: text) == "Điểm <img x src> và <img x alt> cuối")
        #expect(!ByteSearch.contains(text, "<video"))
        // The same replacement made straight from bytes, with markers at both ends and none.
        for sample in [text, "<img a<img ", "không có ảnh", ""] {
            let made = Array(sample.utf8).withUnsafeBufferPointer {
                ByteSearch.string(of: $0, replacing: "<img ", with: "<img x ")
            }
            #expect(made == ByteSearch.replace("<img ", with: "<img x ", in: sample))
        }
    }

    @Test("byte search finds what a plain scan finds, whichever byte of the needle it anchors on")
    func byteSearchAgainstScan() {
        func scan(_ needle: [UInt8], _ hay: [UInt8]) -> [Int] {
            var found: [Int] = []
            var i = 0
            while needle.count > 0 && i + needle.count <= hay.count {
                if Array(hay[i..<(i + needle.count)]) == needle {
                    found.append(i)
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return found
        }
        let needles = [
            "href=\"bulletin-link:", "<!--bulletin-shortcode:", "<img ", "{{<", "a!a", "!a", "a!", "aa", "a", "==", "đ=",
        ].map { Array($0.utf8) }
        // Pieces that make near misses and overlaps likely, in a fixed pseudo-random order.
        let pieces = ["a", "!", "=", "href=\"", "bulletin-link:", "<", "!--", "img ", "{{", "<", "đ", " ", "\"", "7"]
        var state: UInt64 = 12345
        for length in [0, 1, 2, 5, 20, 200] {
            for _ in 0..<40 {
                var hay: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    hay += Array(pieces[Int(state >> 33) % pieces.count].utf8)
                }
                for needle in needles {
                    let found = hay.withUnsafeBufferPointer { ByteSearch.offsets(of: needle, in: $0) }
                    #expect(
                        found == scan(needle, hay), "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: hay, as: UTF8.self))")
                }
            }
        }
    }

    @Test func stringsFromKnownUTF8AreTheTextTheyCameFrom() {
        for sample in ["Thứ Năm, 12/01/2023", "Sở Nội vụ tỉnh Sơn La 🇻🇳", "ascii", ""] {
            let made = KnownUTF8.string(Array(sample.utf8))
            #expect(made == sample)
            #expect(made.utf8.count == sample.utf8.count)
            #expect(made.count == sample.count)
            #expect(Array(sample.utf8).withUnsafeBufferPointer { KnownUTF8.isASCII($0) } == sample.utf8.allSatisfy { $0 < 0x80 })
        }
        // Known to be ASCII where it is, so it hashes as a checked String does.
        let path = "articles/2019/03/dong-cong-the-cao-nuoc-trao-xa-3817.md"
        #expect(Set([KnownUTF8.string(Array(path.utf8))]).contains(path))
        #expect(Array((path + "é").utf8).withUnsafeBufferPointer { !KnownUTF8.isASCII($0) })
    }

    @Test("byte keys: equal text is one key, any other bytes another, small and long strings alike")
    func bytesKeys() {
        let names = ["Cải cách hành chính", "Cải Cách Hành Chính", "Tin tức", "Tin tức ", "", "a", String(repeating: "đ", count: 40)]
        var table: [BytesKey: Int] = [:]
        for (i, name) in names.enumerated() { table[BytesKey(name)] = i }
        #expect(table.count == names.count)
        for (i, name) in names.enumerated() {
            // Built anew from other storage (a copy through its bytes), found all the same.
            #expect(table[BytesKey(String(decoding: Array(name.utf8), as: UTF8.self))] == i)
        }
        #expect(BytesKey("Tin tức") != BytesKey("Tin tuc"))
    }
}
