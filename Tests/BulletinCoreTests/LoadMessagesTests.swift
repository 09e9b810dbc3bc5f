import Foundation
import Testing

@testable import BulletinCore

/// The texts of loading, validation and Markdown (BLT0101–BLT0399) in both catalogs.
@Suite("Load, validate and Markdown messages")
struct LoadMessagesTests {
    let parts: [(English: [MessageKey: String], Vietnamese: [MessageKey: String])] = [
        (English.load, Vietnamese.load), (English.validate, Vietnamese.validate), (English.markdown, Vietnamese.markdown),
    ]

    @Test("every key has both languages, with the same placeholders, in NFC")
    func bothLanguages() {
        for (english, vietnamese) in parts {
            #expect(Set(english.keys) == Set(vietnamese.keys))
            for (key, text) in english {
                let other = vietnamese[key] ?? ""
                #expect(MessageTemplate.placeholders(text) == MessageTemplate.placeholders(other), "\(key)")
                #expect(other.precomposedStringWithCanonicalMapping == other, "\(key)")
            }
        }
    }

    @Test("codes stay within each part's range")
    func codes() {
        for (index, part) in parts.enumerated() {
            let prefix = "BLT0\(index + 1)"
            #expect(part.English.keys.allSatisfy { $0.code.hasPrefix(prefix) && $0.code != prefix + "00" })
        }
    }

    @Test("values are written the reader's way")
    func values() {
        let tooLong = Message(.keyTooLong, ["key": "title", "length": .number(1999), "maximum": .number(300)])
        #expect(tooLong.text(in: .vietnamese).hasPrefix("'title' dài 1.999 ký tự"))
        #expect(tooLong.text(in: .english).hasPrefix("'title' is 1,999 characters long"))
        let size = SourceText.problemMessage(for: .tooLarge(bytes: 10 << 20))
        #expect(size.text(in: .vietnamese).hasPrefix("tệp nặng 10,0 MB"))
        #expect(size.text(in: .english).hasPrefix("the file is 10.0 MB"))
        #expect(DateParser.Part.year(2023).message.text(in: .vietnamese) == "năm 2023")
        #expect(FileError(path: "a.md", errno: EACCES).problem.text(in: .vietnamese) == "không có quyền truy cập")
        #expect(FileError(path: "a.md", errno: EACCES).reason == "Permission denied")
    }

    @Test("a diagnostic reads in Vietnamese with its code")
    func vietnamese() {
        let diagnostic = Diagnostic(.error, FrontMatter.problemMessage(for: .notClosed), at: SourceLocation(file: "a.md", line: 1))
        #expect(
            diagnostic.formatted(in: .vietnamese)
                == "a.md:1: lỗi: phần đầu (front matter) chưa được đóng: hãy thêm một dòng chỉ có --- sau khoá cuối cùng [BLT0114]")
        let agency = Message(.agencyIncomplete, ["missing": "fax", "count": 1])
        #expect(agency.text(in: .english).hasSuffix("should show it (Decree 42/2022); add it under  agency:"))
    }
}
