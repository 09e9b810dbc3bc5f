import Foundation
import Testing

@testable import BulletinCore

/// Golden checks on the sample site: the figures the seed publishes come out of content/scores/.
@Suite(.serialized) struct ScoreSampleSiteTests {
    static let built: (BuildReport, String) = ScoreFixtures.build(content: ScoreFixtures.sampleContent)
    var output: String { Self.built.1 }

    func page(_ path: String) -> String { ScoreFixtures.read(output + "/" + path) }

    @Test func builds() {
        let report = Self.built.0
        #expect(report.succeeded, "\(report.errors.map(\.formatted))")
        let scoreWarnings = report.warnings.filter { $0.location?.file.contains("/scores/") == true }
        #expect(scoreWarnings.isEmpty, "\(scoreWarnings.map(\.formatted))")
    }

    @Test func par2022DepartmentsAverageAndLeader() {
        let html = page("chi-so/par-index/2022/index.html")
        #expect(
            html.contains("Khối sở, ban, ngành: bình quân 91,19/100 điểm, giảm 1,76 điểm so với năm 2021; 11/20 đơn vị trên mức bình quân"))
        #expect(html.contains("dẫn đầu là Sở Giao thông Vận tải với 96,79 điểm."))
        // The first row of the departments' table: rank 1, Sở Giao thông Vận tải, 96,79.
        let row = ScoreFixtures.slice(html, after: "id=\"bang-par-index-2022-so\"", from: "<tr class=\"score-top\">", to: "</tr>")
        #expect(row.contains("<td data-sort-value=\"1\">1</td>"))
        #expect(row.contains(">Sở Giao thông Vận tải</a></th>"))
        #expect(row.contains("<td data-sort-value=\"96.79\" class=\"score-total\">96,79</td>"))
        #expect(row.contains("tăng 1,12 điểm"))
        #expect(html.contains("Bình quân: <strong>91,19/100 điểm</strong> (giảm 1,76 điểm so với năm 2021)"))
    }

    @Test func par2022Districts() {
        let html = page("chi-so/par-index/2022/index.html")
        #expect(
            html.contains(
                "Khối UBND huyện, thành phố: bình quân 87,94/100 điểm, tăng 0,37 điểm so với năm 2021; 5/12 đơn vị trên mức bình quân"))
        #expect(html.contains("dẫn đầu là UBND huyện Sông Mã với 96,19 điểm."))
    }

    @Test func sipas2022() {
        let html = page("chi-so/sipas/2022/index.html")
        #expect(html.contains("Khối sở, ban, ngành: bình quân 95,83%, tăng 1,25 điểm phần trăm so với năm 2021"))
        #expect(html.contains("20/20 đơn vị đạt mức “Từ 90% trở lên”"))
        #expect(html.contains("dẫn đầu là Ban Dân tộc và Ban Quản lý các khu công nghiệp tỉnh cùng đạt 100%."))
        #expect(html.contains("Khối UBND huyện, thành phố: bình quân 96,3%, tăng 1,66 điểm phần trăm so với năm 2021"))
        #expect(html.contains("12/12 đơn vị đạt mức “Từ 90% trở lên”"))
        #expect(html.contains("dẫn đầu là UBND huyện Sông Mã với 99,2%."))
    }

    @Test func everyScorePageShowsTheIndexNote() throws {
        let note = "chỉ mang tính minh họa, không phải số liệu chính thức"
        for path in [
            "chi-so/index.html", "chi-so/par-index/index.html", "chi-so/par-index/2021/index.html", "chi-so/sipas/2022/index.html",
            "chi-so/don-vi/so-noi-vu/index.html",
        ] {
            #expect(page(path).contains(note), "\(path)")
        }
    }

    @Test func aPagePerIndexYearAndUnitAndACSVPerTable() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: output + "/chi-so").filter { !$0.hasSuffix("/") }
        let pages = files.filter { $0.hasSuffix("index.html") }
        let csvs = files.filter { $0.hasSuffix(".csv") }
        // Overview, 2 indices, 2 × 2 years, 32 units.
        #expect(pages.count == 1 + 2 + 4 + 32)
        #expect(csvs.count == 2 * 2 * 2)
        // Read as bytes: Foundation would drop the BOM.
        let bytes = FileManager.default.contents(atPath: output + "/chi-so/par-index/2022/par-index-2022-so.csv") ?? Data()
        let csv = String(decoding: bytes, as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}rank,unit,name,total,c1,c2,c3,c4,c5,c6,c7,c8,change,band\r\n"))
        #expect(
            csv.contains(
                "\r\n1,so-giao-thong-van-tai,Sở Giao thông Vận tải,96.79,9.78,9.61,14.2,10.84,15.35,6.77,15.24,15,1.12,Xuất sắc\r\n"))
        #expect(
            page("chi-so/sipas/2021/sipas-2021-huyen.csv").replacingOccurrences(of: "\r\n", with: "\n").contains(
                "\n1,huyen-song-ma,UBND huyện Sông Mã,97.85,,Từ 90% trở lên\n"))
    }

    @Test func theConferenceArticleEmbedsTheTablesAndTheYearPageListsIt() throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: output + "/tin-tuc")
        let slug = try #require(articles.first { $0.hasPrefix("hoi-nghi-truc-tuyen-tong-ket") })
        let html = page("tin-tuc/\(slug)/index.html")
        #expect(html.contains("<table class=\"score-table\" id=\"bai-41-bang-par-index-2022-so\" data-sortable>"))
        #expect(html.contains("<table class=\"score-table\" id=\"bai-45-bang-par-index-2022-huyen\" data-sortable>"))
        #expect(html.contains("href=\"/chi-so/par-index/2022/#khoi-so\""))
        #expect(html.contains("<figure class=\"score-chart\">"))
        #expect(html.contains("Xem bảng xếp hạng SIPAS năm 2022"))
        // The sorting script is loaded once, by the first table.
        #expect(html.components(separatedBy: "sortable-table.js").count == 2)
        let year = page("chi-so/par-index/2022/index.html")
        #expect(year.contains("<a href=\"/tin-tuc/\(slug)/\">"))
        #expect(year.contains("<time datetime=\"2023-01-12T16:30:00+07:00\">12/01/2023</time>"))
        // The 2021 page lists the article on 2021 results, not the 2022 conference.
        let y2021 = page("chi-so/par-index/2021/index.html")
        #expect(!y2021.contains(slug))
        #expect(y2021.contains("/tin-tuc/cong-bo-chi-so-cai-cach-hanh-chinh-va-chi-so-sipas-nam-2021"))
    }

    @Test func unitPageHistory() {
        let html = page("chi-so/don-vi/huyen-song-ma/index.html")
        #expect(html.contains("<h1>UBND huyện Sông Mã</h1>"))
        #expect(html.contains("<td class=\"score-total\">96,19</td><td>1/12</td>"))
        #expect(html.contains("tăng 2,14 điểm"))
        #expect(html.contains("<desc id=\"bieu-do-sipas-huyen-song-ma-desc\">"))
    }

    @Test func overviewListsUnitsInVietnameseOrder() {
        let html = page("chi-so/index.html")
        let section = ScoreFixtures.slice(html, after: "Kết quả theo đơn vị", from: "<ul class=\"score-unit-list\">", to: "</ul>")
        let names = section.components(separatedBy: "\">").filter { $0.contains("</a>") }.compactMap {
            $0.components(separatedBy: "</a>").first
        }
        #expect(names.prefix(3) == ["Ban Dân tộc", "Ban Quản lý các khu công nghiệp tỉnh", "Sở Công Thương"])
        #expect(names.last == "Văn phòng UBND tỉnh")
        #expect(names.count == 20)
    }
}

/// The scores-basic fixture: a site under a sub-path, `site.score_summary`, chart and table markup.
@Suite(.serialized) struct ScoreFixtureSiteTests {
    /// The default theme, with a home page that prints `site.score_summary` the way a theme would.
    static let templates: String = {
        let folder = ScoreFixtures.temporaryFolder("templates") + "/templates"
        try? FileManager.default.copyItem(atPath: ScoreFixtures.templates, toPath: folder)
        let home = """
            <a id="all" href="{{site.scores_url}}">Chỉ số</a>
            {{#site.score_summary}}<section data-index="{{short_name}}"><a href="{{url}}">{{name}} {{year}}</a>
            {{#groups}}<p>{{name}}|{{average}}|{{max}}|{{unit}}|{{change}}|{{direction}}|{{top_unit}}|{{top_value}}|{{url}}</p>
            {{/groups}}</section>{{/site.score_summary}}
            """
        try? home.write(toFile: folder + "/home.mustache", atomically: true, encoding: .utf8)
        return folder
    }()
    static let built = ScoreFixtures.build(content: ScoreFixtures.content("scores-basic"), templates: templates)

    func page(_ path: String) -> String { ScoreFixtures.read(Self.built.1 + "/" + path) }

    @Test func builds() {
        #expect(Self.built.0.succeeded, "\(Self.built.0.errors.map(\.formatted))")
    }

    @Test func siteScoreSummaryForTheHomePage() {
        let home = page("index.html")
        #expect(home.contains("<a id=\"all\" href=\"/bantin/chi-so/\">"))
        #expect(home.contains("<section data-index=\"PAR Index\"><a href=\"/bantin/chi-so/par/2023/\">Chỉ số cải cách hành chính 2023</a>"))
        #expect(home.contains("<p>Khối sở|89,63|100|điểm|tăng 1,13 điểm|up|Sở Một|95|/bantin/chi-so/par/2023/#khoi-so</p>"))
        #expect(home.contains("<section data-index=\"SIPAS\"><a href=\"/bantin/chi-so/sipas/2022/\">"))
        // A first year has no change: the key is empty, not "nil" or another view's value.
        #expect(home.contains("<p>Khối sở|95,69|100|%||same|Sở Bắc|100|/bantin/chi-so/sipas/2022/#khoi-so</p>"))
        #expect(home.contains("<p>Khối huyện|96,3|100|%||same|UBND huyện Mai Sơn|99,2|/bantin/chi-so/sipas/2022/#khoi-huyen</p>"))
    }

    @Test func tableMarkup() {
        let html = page("chi-so/par/2022/index.html")
        let table = ScoreFixtures.slice(html, after: "<section class=\"score-group\" id=\"khoi-so\"", from: "<table", to: "</table>")
        #expect(table.contains("<caption id=\"bang-par-2022-so-caption\">Chỉ số cải cách hành chính năm 2022: Khối sở</caption>"))
        #expect(table.contains("<th scope=\"col\" aria-sort=\"ascending\" data-sort-type=\"number\">Hạng</th>"))
        #expect(table.contains("<span class=\"score-visually-hidden\">Thành phần một</span>"))
        #expect(table.contains("<th scope=\"col\" data-sort-type=\"number\">So với 2021</th>"))
        // Ranks with a tie, equal totals in Vietnamese order (Ân before Bắc).
        let ranks = table.components(separatedBy: "<td data-sort-value=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ranks.filter { ["1", "2", "4"].contains(String($0)) }.count >= 4)
        let ân = table.range(of: "Sở Ân")!, bắc = table.range(of: "Sở Bắc")!
        #expect(ân.lowerBound < bắc.lowerBound)
        // Change: arrow and number for the eye, words for screen readers.
        #expect(
            table.contains(
                "<td data-sort-value=\"10\" class=\"score-change score-up\"><span aria-hidden=\"true\">▲ 10,00</span><span class=\"score-visually-hidden\">tăng 10 điểm</span></td>"
            ))
        #expect(table.contains("<span class=\"score-visually-hidden\">không đổi</span>"))
        #expect(table.contains("<span class=\"score-visually-hidden\">giảm 1 điểm</span>"))
        #expect(table.contains("<td data-sort-value=\"3\" class=\"score-band\">Xuất sắc</td>"))
        // An empty component cell (a unit given only its total).
        #expect(html.contains("<td data-sort-value=\"\">–</td>"))
        #expect(html.contains("href=\"/bantin/chi-so/par/2022/par-2022-so.csv\" download=\"par-2022-so.csv\""))
        #expect(html.contains("<script src=\"/bantin/assets/sortable-table.js\" defer></script>"))
        #expect(html.contains("<p class=\"score-note\">Số liệu thử nghiệm.</p>"))
    }

    @Test func firstYearHasNoChangeColumn() {
        let html = page("chi-so/par/2021/index.html")
        #expect(!html.contains("So với"))
        #expect(!html.contains("score-change"))
    }

    @Test func yearSpecificComponentsOnTheirYearPage() {
        #expect(page("chi-so/par/2023/index.html").contains("Tiêu chí mới một (tối đa 60)"))
        #expect(!page("chi-so/par/2022/index.html").contains("Tiêu chí mới một"))
    }

    @Test func chartIsInlineSVGWithTitleDescriptionAndValues() {
        let html = page("chi-so/par/2022/index.html")
        let svg = ScoreFixtures.slice(html, after: "id=\"khoi-so\"", from: "<svg", to: "</svg>")
        #expect(svg.contains("role=\"img\" aria-labelledby=\"bieu-do-par-2022-so-title bieu-do-par-2022-so-desc\""))
        #expect(svg.contains("<title id=\"bieu-do-par-2022-so-title\">PAR Index 2022: Khối sở</title>"))
        #expect(
            svg.contains(
                "<desc id=\"bieu-do-par-2022-so-desc\">Biểu đồ thanh ngang 4 đơn vị, thang từ 0 đến 100. Bình quân 88,5 điểm; cao nhất Sở Một với 95 điểm; thấp nhất Sở Văn hóa, Thể thao với 79 điểm.</desc>"
            ))
        #expect(svg.contains(">95</text>"))
        #expect(svg.contains(">Văn hóa</text>"))
        // 95 of 100 over the 336 units the bars may take.
        #expect(svg.contains("width=\"319.2\""))
        #expect(!svg.contains("<script"))
    }

    @Test func articleEmbedsLinkToTheirPagesAndPagesListTheArticles() {
        let article = page("tin-tuc/ket-qua-chi-so-nam-2022/index.html")
        #expect(article.contains("<a href=\"/bantin/chi-so/par/2022/#khoi-so\">Xem trang PAR Index năm 2022</a>"))
        #expect(article.contains("<a href=\"/bantin/chi-so/par/2022/#khoi-so\">Xem bảng xếp hạng đầy đủ</a>"))
        #expect(article.contains("<a href=\"/bantin/chi-so/sipas/2022/\">Xem bảng xếp hạng SIPAS năm 2022</a>"))
        // The chart inside an article carries the index's note.
        #expect(article.contains("<span class=\"score-note\">Số liệu thử nghiệm.</span>"))
        let listing = "<a href=\"/bantin/tin-tuc/ket-qua-chi-so-nam-2022/\">Kết quả chỉ số năm 2022</a>"
        #expect(page("chi-so/par/2022/index.html").contains(listing))
        #expect(page("chi-so/par/index.html").contains(listing))
        #expect(page("chi-so/sipas/2022/index.html").contains(listing))
        #expect(!page("chi-so/par/2021/index.html").contains(listing))
    }
}
