import Foundation
import Testing

@testable import BulletinCore

/// The build warns about what the theme cannot show well: images without alt text (cover or in
/// the text) and each missing item of the agency's identity in the footer.
@Suite struct ThemeWarningsTests {
    let report: BuildReport

    init() {
        report = DocumentsTestSite.build(
            content: DocumentsTestSite.fixture("theme-warnings"), output: DocumentsTestSite.temporaryFolder() + "/public",
            features: [])
    }

    @Test func warningsDoNotStopTheBuild() {
        #expect(report.succeeded)
        #expect(report.errors.isEmpty, "\(report.errors.map(\.formatted))")
    }

    @Test func coverWithoutAltText() {
        #expect(
            report.warnings.contains {
                $0.location?.file.hasSuffix("articles/bai-viet.md") == true && $0.location?.line == 4
                    && $0.message.contains("the cover image has no 'image_alt'")
            })
    }

    @Test func markdownImageWithoutAltText() {
        let found = report.warnings.filter { $0.message.contains("image without alt text") }
        #expect(found.count == 1, "only the image without a description is reported")
        #expect(found.first?.location?.file.hasSuffix("articles/bai-viet.md") == true)
        #expect(found.first?.location?.line == 9)
    }

    @Test func eachMissingAgencyItem() {
        let agency = report.warnings.filter { $0.message.contains("site.yaml has no agency") }
        #expect(agency.count == 1, "one warning names every missing item")
        #expect(agency.first?.message.hasPrefix("site.yaml has no agency fax, licence:") == true, "\(agency.map(\.message))")
        #expect(agency.allSatisfy { $0.location?.file.hasSuffix("site.yaml") == true })
    }
}
