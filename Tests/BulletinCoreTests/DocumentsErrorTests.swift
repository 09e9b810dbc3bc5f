import Foundation
import Testing

@testable import BulletinCore

/// Every problem in a document file is reported at its file and line, all at once, and the build
/// writes nothing.
@Suite struct DocumentsErrorTests {
    let output: String
    let report: BuildReport
    let marker: String

    init() throws {
        let folder = DocumentsTestSite.temporaryFolder()
        output = folder + "/public"
        marker = output + "/index.html"
        DocumentsTestSite.write("previous site", to: marker)
        report = DocumentsTestSite.build(content: DocumentsTestSite.fixture("documents-errors"), output: output)
    }

    /// The diagnostics about `file` (documents/NAME.md).
    func problems(in name: String) -> [Diagnostic] {
        report.diagnostics.filter { $0.location?.file.hasSuffix("documents/" + name) == true }
    }

    func has(_ severity: Diagnostic.Severity, in name: String, line: Int, _ words: String) -> Bool {
        problems(in: name).contains { $0.severity == severity && $0.location?.line == line && $0.message.contains(words) }
    }

    @Test func buildStopsAndLeavesThePreviousSite() {
        #expect(!report.succeeded)
        #expect(DocumentsTestSite.read(marker) == "previous site")
    }

    @Test func missingNumber() {
        #expect(has(.error, in: "thieu-so.md", line: 1, "missing 'number'"))
    }

    @Test func impossibleDate() {
        #expect(has(.error, in: "sai-ngay.md", line: 5, "'issued' is not a real date"))
    }

    @Test func attachedFileThatDoesNotExist() {
        #expect(has(.error, in: "thieu-tep.md", line: 7, "media/van-ban/khong-co.pdf does not exist"))
    }

    @Test func attachedFileOnAnotherSite() {
        #expect(has(.error, in: "tep-ngoai.md", line: 7, "'file' must be a file of this site"))
    }

    @Test func warningsForDatesAndMisspeltKeys() {
        #expect(has(.warning, in: "canh-bao.md", line: 6, "'effective' is before 'issued'"))
        #expect(has(.warning, in: "canh-bao.md", line: 7, "unknown key 'sumary'"))
        #expect(problems(in: "canh-bao.md").contains { $0.message.contains("did you mean 'summary'?") })
    }

    @Test func shortcodeOutsideAnArticle() {
        #expect(has(.error, in: "ma-ngan.md", line: 11, "the shortcode 'score-table' works only in articles"))
    }

    @Test func imageThatDoesNotExist() {
        #expect(has(.error, in: "anh-thieu.md", line: 11, "media/so-do-khong-co.png does not exist; check the name"))
    }

    @Test func linkToAMissingArticle() {
        #expect(has(.error, in: "canh-bao.md", line: 12, "khong-co.md, which does not exist"))
    }

    @Test func everyMessageNamesAPlace() {
        for diagnostic in report.diagnostics {
            #expect(diagnostic.location != nil, "\(diagnostic.formatted)")
        }
    }
}

@Suite struct DocumentsClashTests {
    @Test func twoDocumentsWithOneAddressAreAnError() {
        let content = DocumentsTestSite.copy(of: "documents-site")
        let copy = DocumentsTestSite.read(content + "/documents/2023/qd-52-ubnd-2023.md")!
        DocumentsTestSite.write(copy, to: content + "/documents/khac/qd-52-ubnd-2023.md")
        let output = DocumentsTestSite.temporaryFolder() + "/public"
        let report = DocumentsTestSite.build(content: content, output: output)
        #expect(!report.succeeded)
        let clash = report.errors.first { $0.message.contains("two documents would have the same address /van-ban/qd-52-ubnd-2023/") }
        #expect(clash != nil)
        #expect(clash?.message.contains("qd-52-ubnd-2023.md") == true)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func strayFilesAreWarnedAbout() {
        let content = DocumentsTestSite.copy(of: "documents-site")
        DocumentsTestSite.write("not a document", to: content + "/documents/ghi-chu.txt")
        let report = DocumentsTestSite.build(content: content, output: DocumentsTestSite.temporaryFolder() + "/public")
        #expect(report.succeeded)
        #expect(report.warnings.contains { $0.location?.file.hasSuffix("documents/ghi-chu.txt") == true })
    }

    @Test func typeSpellingsAreMerged() {
        let content = DocumentsTestSite.copy(of: "documents-site")
        let path = content + "/documents/kh-286-ubnd-2021.md"
        let text = DocumentsTestSite.read(path)!.replacingOccurrences(of: "type: Kế hoạch", with: "type: Quyết Định")
        DocumentsTestSite.write(text, to: path)
        let output = DocumentsTestSite.temporaryFolder() + "/public"
        let report = DocumentsTestSite.build(content: content, output: output)
        #expect(report.succeeded)
        #expect(report.warnings.contains { $0.message.contains("'Quyết Định' is written differently elsewhere ('Quyết định')") })
        let list = DocumentsTestSite.read(output + "/van-ban/index.html") ?? ""
        #expect(list.contains("<option value=\"quyet-dinh\">Quyết định (3)</option>"))
    }
}

@Suite struct DocumentsUnitTests {
    @Test func fileSizes() {
        #expect(DocumentView.size(812) == "812 byte")
        #expect(DocumentView.size(2048) == "2 KB")
        #expect(DocumentView.size(87_347) == "85,3 KB")
        #expect(DocumentView.size(1_258_291) == "1,2 MB")
    }

    @Test func fileFormats() {
        #expect(DocumentView.format(of: "media/van-ban/qd-52.pdf") == "PDF")
        #expect(DocumentView.format(of: "media/van-ban/cv.docx") == "DOCX")
        #expect(DocumentView.format(of: "media/van-ban/khong-duoi") == nil)
    }

    @Test func leadingNumbers() {
        #expect(DocumentsFeature.leadingNumber("1766/QĐ-UBND") == 1766)
        #expect(DocumentsFeature.leadingNumber("QĐ-UBND") == 0)
    }

    @Test func agencyShortNameDropsTheSharedPlace() {
        #expect(AgencyView.shortName("Sở Nội vụ tỉnh Sơn La", parent: "UBND tỉnh Sơn La") == "Sở Nội vụ")
        #expect(AgencyView.shortName("Sở Nội vụ", parent: "UBND tỉnh Sơn La") == "Sở Nội vụ")
        #expect(AgencyView.shortName("Sở Nội vụ thành phố Hà Nội", parent: "UBND Thành phố Hà Nội") == "Sở Nội vụ")
        #expect(AgencyView.shortName("Sở Nội vụ tỉnh Sơn La", parent: nil) == "Sở Nội vụ tỉnh Sơn La")
        // Never empty, even when the name is the parent's own.
        #expect(AgencyView.shortName("tỉnh Sơn La", parent: "UBND tỉnh Sơn La") == "tỉnh")
    }
}
