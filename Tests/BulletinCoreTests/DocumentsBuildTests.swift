import Foundation
import Testing

@testable import BulletinCore

/// Golden tests: a small site with three documents, built with the default theme under a sub-path.
@Suite struct DocumentsBuildTests {
    let output: String
    let report: BuildReport

    init() {
        output = DocumentsTestSite.temporaryFolder() + "/public"
        report = DocumentsTestSite.build(content: DocumentsTestSite.fixture("documents-site"), output: output)
    }

    func page(_ path: String) -> String {
        DocumentsTestSite.read(output + "/" + path) ?? ""
    }

    @Test func buildsWithoutProblems() {
        #expect(report.succeeded)
        #expect(report.errors.isEmpty, "\(report.errors.map(\.formatted))")
        #expect(report.warnings.isEmpty, "\(report.warnings.map(\.formatted))")
        #expect(report.pagesByKind["document"] == 4)
    }

    @Test func registerListsEveryDocumentNewestFirst() throws {
        let list = page("van-ban/index.html")
        let body = try #require(list.components(separatedBy: "<tbody>").last)
        let positions = ["53/QĐ-UBND", "52/QĐ-UBND", "286/KH-UBND"].map { DocumentsTestSite.position(of: $0, in: body) }
        let found = positions.compactMap { $0 }
        #expect(found.count == 3, "every document is in the table")
        // Same day (10/01/2023): the higher number first; then the 2021 plan.
        #expect(found == found.sorted())
        #expect(body.contains("data-type=\"quyet-dinh\" data-year=\"2023\""))
        #expect(body.contains("data-type=\"ke-hoach\" data-year=\"2021\""))
    }

    @Test func registerOffersTheFiltersWithCounts() {
        let list = page("van-ban/index.html")
        #expect(list.contains("<option value=\"ke-hoach\">Kế hoạch (1)</option>"))
        #expect(list.contains("<option value=\"quyet-dinh\">Quyết định (2)</option>"))
        #expect(list.contains("<option value=\"2023\">2023 (2)</option>"))
        #expect(list.contains("<option value=\"2021\">2021 (1)</option>"))
        // Kế hoạch before Quyết định: Vietnamese order.
        let k = DocumentsTestSite.position(of: "value=\"ke-hoach\"", in: list) ?? .max
        let q = DocumentsTestSite.position(of: "value=\"quyet-dinh\"", in: list) ?? -1
        #expect(k < q)
    }

    @Test func addressesUseTheBasePath() {
        let list = page("van-ban/index.html")
        #expect(list.contains("href=\"/bantin/van-ban/qd-52-ubnd-2023/\""))
        #expect(list.contains("href=\"/bantin/media/van-ban/qd-52.pdf\""))
        // A file given relative to the document (../../media/…) ends up at the same place.
        #expect(list.contains("href=\"/bantin/media/van-ban/qd-53.pdf\""))
    }

    @Test func textIsEscaped() {
        #expect(page("van-ban/index.html").contains("Kế hoạch cải cách hành chính năm 2022 &lt;khẩn&gt;"))
        #expect(!page("van-ban/kh-286-ubnd-2021/index.html").contains("<khẩn>"))
    }

    @Test func documentPageShowsEveryRegisterField() {
        let html = page("van-ban/qd-52-ubnd-2023/index.html")
        #expect(html.contains("<title>Quyết định số 52/QĐ-UBND | Sở Nội vụ tỉnh Thử nghiệm</title>"))
        for text in [
            "52/QĐ-UBND", "Quyết định", "UBND tỉnh Thử nghiệm", "10/01/2023", "Nguyễn Văn B",
            "Phê duyệt Chỉ số cải cách hành chính năm 2022", "qd-52.pdf",
        ] {
            #expect(html.contains(text), "the page shows \(text)")
        }
        // The note's link to an article's Markdown file becomes the article's address.
        let article = "/bantin/tin-tuc/" + Slug.make("Hội nghị công bố Chỉ số cải cách hành chính năm 2022") + "/"
        #expect(html.contains("href=\"\(article)\""))
        // The menu marks the documents section.
        #expect(html.contains("<a href=\"/bantin/van-ban/\" aria-current=\"true\">"))
    }

    @Test func documentPageGivesTheFileSize() {
        // qd-53.pdf is 2048 bytes.
        #expect(page("van-ban/qd-53-ubnd-2023/index.html").contains("2 KB"))
    }

    @Test func documentPageListsOthersOfTheSameType() throws {
        let html = page("van-ban/qd-52-ubnd-2023/index.html")
        let after = try #require(html.components(separatedBy: "id=\"van-ban-cung-loai\"").last)
        let others = try #require(after.components(separatedBy: "</section>").first)
        #expect(others.contains("53/QĐ-UBND"))
        #expect(!others.contains("286/KH-UBND"))
    }

    @Test func homeSidebarShowsTheLatestDocuments() {
        let home = page("index.html")
        #expect(home.contains("href=\"/bantin/van-ban/qd-53-ubnd-2023/\""))
        #expect(home.contains("href=\"/bantin/van-ban/\""))
    }
}

@Suite struct DocumentsOptionalTests {
    @Test func siteWithoutDocumentsGetsNoDocumentPages() throws {
        let content = DocumentsTestSite.copy(of: "documents-site")
        try FileManager.default.removeItem(atPath: content + "/documents")
        let output = DocumentsTestSite.temporaryFolder() + "/public"
        let feature = DocumentsFeature()
        let report = DocumentsTestSite.build(content: content, output: output, features: [feature])
        #expect(report.succeeded)
        #expect(feature.requiredTemplates.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output + "/van-ban"))
        #expect(!(DocumentsTestSite.read(output + "/index.html") ?? "").contains("Văn bản mới"))
    }

    @Test func missingDocumentTemplatesAreErrors() throws {
        let theme = DocumentsTestSite.temporaryFolder() + "/templates"
        try FileManager.default.copyItem(atPath: DocumentsTestSite.theme, toPath: theme)
        try FileManager.default.removeItem(atPath: theme + "/documents/document.mustache")
        let request = BuildRequest(
            contentPath: DocumentsTestSite.fixture("documents-site"), templatesPath: theme,
            outputPath: DocumentsTestSite.temporaryFolder() + "/public")
        let report = Builder(request: request, features: [DocumentsFeature()]).run()
        #expect(!report.succeeded)
        #expect(
            report.errors.contains {
                $0.message.contains("no template 'documents/document'")
                    && $0.location?.file.hasSuffix("documents/document.mustache") == true
            })
    }

    @Test func standardFeaturesIncludeDocuments() {
        #expect(Features.standard().contains { $0 is DocumentsFeature })
    }

    @Test func twoDocumentsMayAttachOneFile() {
        let content = DocumentsTestSite.copy(of: "documents-site")
        DocumentsTestSite.write(
            """
            ---
            number: "287/KH-UBND"
            type: Kế hoạch
            issuer: UBND tỉnh Thử nghiệm
            issued: 2021-12-21
            summary: "Sửa đổi kế hoạch 286, đính kèm cùng tệp"
            file: /media/van-ban/kh-286.pdf
            ---
            """, to: content + "/documents/kh-287-ubnd-2021.md")
        let output = DocumentsTestSite.temporaryFolder() + "/public"
        let report = DocumentsTestSite.build(content: content, output: output)
        #expect(report.succeeded, "\(report.errors.map(\.formatted))")
        let first = DocumentsTestSite.read(output + "/van-ban/kh-286-ubnd-2021/index.html") ?? ""
        let second = DocumentsTestSite.read(output + "/van-ban/kh-287-ubnd-2021/index.html") ?? ""
        #expect(first.contains("kh-286.pdf") && second.contains("kh-286.pdf"))
    }
}
