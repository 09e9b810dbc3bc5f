import Foundation
import Testing

@testable import BulletinCore

/// Addresses that don't move: the manifest of published addresses, a page left at an address
/// that moved, a report of one that went away.
@Suite struct AddressesTests {
    static let article = "articles/2023/01/hoi-nghi.md"
    static let oldRoute = "tin-tuc/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022/"

    func retitled(_ site: TestSite, _ title: String) throws {
        let file = site.content + "/" + Self.article
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix("title:") ? "title: \"\(title)\"" : String($0)
        }
        try site.write(Self.article, lines.joined(separator: "\n"))
    }

    @Test func aFirstBuildRecordsTheAddressesItPublished() throws {
        let site = try TestSite()
        let report = site.build()
        #expect(report.succeeded)
        let manifest = try #require(AddressManifest.parse(site.page(AddressManifest.fileName)))
        #expect(manifest.addresses[Self.article] == AddressManifest.Entry(address: Self.oldRoute))
        #expect(manifest.addresses["pages/gioi-thieu.md"]?.address == "gioi-thieu/")
        // Drafts are not published, so not recorded.
        #expect(manifest.addresses["articles/2022/12/nhap.md"] == nil)
        #expect(!report.diagnostics.contains { $0.code.hasPrefix("BLT12") })
    }

    @Test func aChangedTitleWarnsAndLeavesAPageAtTheOldAddress() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        try retitled(site, "Tổng kết cải cách hành chính 2022")
        let report = site.build()
        #expect(report.succeeded)
        let moved = report.warnings.filter { $0.code == MessageKey.addressMoved.code }
        #expect(moved.count == 1)
        #expect(moved.first?.location?.file.hasSuffix(Self.article) == true)
        #expect(moved.first?.message.contains("/bantin/" + Self.oldRoute) == true)
        #expect(moved.first?.message.contains("slug: hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022") == true)
        let redirect = try site.page(Self.oldRoute + "index.html")
        #expect(redirect.contains("url=/bantin/tin-tuc/tong-ket-cai-cach-hanh-chinh-2022/"))
        #expect(redirect.contains("rel=\"canonical\""))
        #expect(
            try site.page(AddressesFeature.rulesFile).contains(
                "/bantin/\(Self.oldRoute) /bantin/tin-tuc/tong-ket-cai-cach-hanh-chinh-2022/ 301"))

        // The next build says nothing more and keeps the page at the old address.
        let again = site.build()
        #expect(!again.warnings.contains { $0.code == MessageKey.addressMoved.code })
        #expect(site.exists(Self.oldRoute + "index.html"))
        let manifest = try #require(AddressManifest.parse(site.page(AddressManifest.fileName)))
        #expect(manifest.addresses[Self.article]?.moved == [Self.oldRoute])
    }

    /// `serve` compares with the published site across rebuilds, keeping its comparison while
    /// nothing it was made from changed: what it reports is what a clean build reports.
    @Test func serveComparesEveryRebuildWithThePublishedSite() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        // Past the time within which a file's stamp is not trusted: the published manifest is
        // then read once, not in every rebuild.
        Thread.sleep(forTimeInterval: 0.2)
        let request = BuildRequest(
            contentPath: site.content, templatesPath: site.templates, outputPath: site.root.appendingPathComponent("served").path,
            publishedPath: site.output)
        let serve = IncrementalBuilder(request: request)
        let moved = { (report: BuildReport) in report.warnings.filter { $0.code == MessageKey.addressMoved.code } }
        let served = { (relative: String) in FileManager.default.fileExists(atPath: request.outputPath + "/" + relative) }
        #expect(moved(serve.build().report).isEmpty)

        try retitled(site, "Tổng kết cải cách hành chính 2022")
        #expect(moved(serve.build().report).count == 1)
        #expect(served(Self.oldRoute + "index.html"))
        // Nothing the comparison reads changed: the same warning, from what was kept.
        #expect(moved(serve.build().report).count == 1)
        // Another title: compared again, with the published manifest as it was read.
        try retitled(site, "Tổng kết công tác cải cách hành chính năm 2022 của Sở")
        let again = moved(serve.build().report)
        #expect(again.count == 1)
        #expect(again.first?.message.contains("tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022-cua-so") == true)
        #expect(served(Self.oldRoute + "index.html"))

        // Published again: the article is where the published site has it, and nothing moved.
        #expect(site.build().succeeded)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(moved(serve.build().report).isEmpty)
    }

    /// Two files that both once had an address: the first in the site's order (the newest
    /// article) keeps it, in every build, rather than whichever a dictionary gave first.
    @Test func anAddressTwoFilesOnceHadGoesToTheNewest() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        var manifest = try #require(AddressManifest.parse(site.page(AddressManifest.fileName)))
        let shared = "tin-tuc/dia-chi-chung/"
        manifest.addresses[Self.article] = AddressManifest.Entry(address: "tin-tuc/cu-mot/", moved: [shared])
        manifest.addresses["articles/2022/12/ket-qua.md"] = AddressManifest.Entry(address: "tin-tuc/cu-hai/", moved: [shared])
        try Data(manifest.text().utf8).write(to: URL(fileURLWithPath: site.output + "/" + AddressManifest.fileName))
        #expect(site.build().succeeded)
        let redirect = try site.page(shared + "index.html")
        #expect(redirect.contains("url=/bantin/" + Self.oldRoute))
        let rules = try site.page(AddressesFeature.rulesFile)
        #expect(rules.contains("/bantin/\(shared) /bantin/\(Self.oldRoute) 301"))
    }

    @Test func theOldTitleBackTakesItsAddressBackWithoutARedirect() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        let original = try String(contentsOfFile: site.content + "/" + Self.article, encoding: .utf8)
        try retitled(site, "Tổng kết cải cách hành chính 2022")
        #expect(site.build().succeeded)
        try site.write(Self.article, original)
        let report = site.build()
        #expect(report.warnings.filter { $0.code == MessageKey.addressMoved.code }.count == 1)
        let page = try site.page(Self.oldRoute + "index.html")
        #expect(page.contains("<h1"))
        // The title it had for a while now leads back to it.
        #expect(try site.page("tin-tuc/tong-ket-cai-cach-hanh-chinh-2022/index.html").contains("url=/bantin/" + Self.oldRoute))
    }

    @Test func aDeletedArticleIsReportedWithItsAddress() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        try site.remove("articles/2022/12/thanh-nien.md")
        let report = site.build()
        #expect(report.succeeded)
        let gone = report.warnings.filter { $0.code == MessageKey.addressGone.code }
        #expect(gone.count == 1)
        #expect(gone.first?.location?.file.hasSuffix("articles/2022/12/thanh-nien.md") == true)
        #expect(site.build().warnings.allSatisfy { $0.code != MessageKey.addressGone.code })
    }

    @Test func anUnreadableManifestIsAWarningAndIsWrittenAgain() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        try Data("{ not a manifest".utf8).write(to: URL(fileURLWithPath: site.output + "/" + AddressManifest.fileName))
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.warnings.contains { $0.code == MessageKey.addressManifestUnreadable.code })
        #expect(AddressManifest.parse(try site.page(AddressManifest.fileName))?.addresses[Self.article] != nil)
    }

    @Test func bothLanguagesSayIt() throws {
        let message = Message(.addressMoved, ["old": "/a/", "new": "/b/", "slug": "a"])
        #expect(message.text(in: .english).contains("was /a/ in the published site and is now /b/"))
        #expect(message.text(in: .vietnamese).contains("là /a/, nay là /b/"))
    }
}

/// What an admin put straight into the output folder is named before the build replaces it.
@Suite struct ForeignOutputFileTests {
    @Test func aFileTheBuildDidNotWriteIsNamedBeforeItGoes() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        try Data("Deny from all\n".utf8).write(to: URL(fileURLWithPath: site.output + "/.htaccess"))
        try Data("google-site-verification".utf8).write(to: URL(fileURLWithPath: site.output + "/google1234.html"))
        let report = site.build()
        #expect(report.succeeded)
        let named = report.warnings.filter { $0.code == MessageKey.foreignOutputFile.code }.compactMap(\.location?.file)
        #expect(named == [site.output + "/.htaccess", site.output + "/google1234.html"])
        #expect(!site.exists(".htaccess"))
        // Nothing more to say once it is gone.
        #expect(!site.build().warnings.contains { $0.code == MessageKey.foreignOutputFile.code })
    }

    @Test func aFileKeptInStaticIsCopiedAndNotReported() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        try Data("Deny from all\n".utf8).write(to: URL(fileURLWithPath: site.output + "/.htaccess"))
        try site.write("static/.htaccess", "Deny from all\n")
        let report = site.build()
        #expect(!report.warnings.contains { $0.code == MessageKey.foreignOutputFile.code })
        #expect(try site.page(".htaccess") == "Deny from all\n")
    }

    @Test func aFirstBuildOverAnOlderBulletinOutputNamesNothing() throws {
        let site = try TestSite()
        #expect(site.build().succeeded)
        // An output written before the manifest recorded its files.
        try FileManager.default.removeItem(atPath: site.output + "/" + AddressManifest.fileName)
        #expect(!site.build().warnings.contains { $0.code == MessageKey.foreignOutputFile.code })
    }
}

@Suite struct AddressManifestTests {
    @Test func itReadsBackWhatItWrites() {
        var manifest = AddressManifest()
        manifest.addresses["articles/2023/01/a.md"] = .init(address: "tin-tuc/a/", moved: ["tin-tuc/cu/", "2020/05/14/a.html"])
        manifest.addresses["pages/gioi-thieu.md"] = .init(address: "gioi-thieu/")
        manifest.top = ["index.html", "tin-tuc", ".htaccess"]
        #expect(AddressManifest.parse(manifest.text()) == manifest)
    }

    @Test func aNameWithATabIsLeftOutRatherThanBreakingTheFile() {
        var manifest = AddressManifest()
        manifest.addresses["articles/a\tb.md"] = .init(address: "tin-tuc/ab/")
        manifest.addresses["articles/c.md"] = .init(address: "tin-tuc/c/")
        #expect(AddressManifest.parse(manifest.text())?.addresses.keys.sorted() == ["articles/c.md"])
    }

    @Test func anotherFileIsNotAManifest() {
        #expect(AddressManifest.parse("{\"addresses\": {}}") == nil)
        #expect(AddressManifest.parse("") == nil)
    }
}
