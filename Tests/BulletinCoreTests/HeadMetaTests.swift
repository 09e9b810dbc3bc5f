import Foundation
import Testing

@testable import BulletinCore

@Suite("Head metadata: feed links, Open Graph, Twitter cards, JSON-LD")
struct HeadMetaTests {
    /// The JSON-LD of a page: the text between the script's opening tag and the first "</script>".
    static func jsonLD(in html: String) throws -> [String: Any] {
        let open = "<script type=\"application/ld+json\">"
        let start = try #require(ByteSearch.offsets(of: open, in: html).first) + open.utf8.count
        let rest = String(decoding: Array(html.utf8)[start...], as: UTF8.self)
        let end = try #require(ByteSearch.offsets(of: "</script>", in: rest).first)
        let json = Array(rest.utf8)[..<end]
        return try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    }

    static func meta(_ property: String, in html: String) -> String? {
        for attribute in ["property", "name"] {
            let marker = "<meta \(attribute)=\"\(property)\" content=\""
            guard let start = ByteSearch.offsets(of: marker, in: html).first else { continue }
            let rest = Array(html.utf8)[(start + marker.utf8.count)...]
            let end = rest.firstIndex(of: UInt8(ascii: "\""))!
            return String(decoding: rest[..<end], as: UTF8.self)
        }
        return nil
    }

    @Test("a title holding </script> cannot leave the JSON-LD script, and reads back unchanged")
    func jsonEscaping() throws {
        let site = try FeedTestSite()
        let html = try site.read("tin-tuc/cai-cach-script-script-alert-x-script-hanh-chinh/index.html")
        // The only "</script>" after the JSON-LD opens is the one that closes it.
        let open = try #require(ByteSearch.offsets(of: "application/ld+json", in: html).first)
        let closings = ByteSearch.offsets(of: "</script>", in: html).filter { $0 > open }
        #expect(closings.count == 1)
        #expect(ByteSearch.contains(html, "\\u003c/script\\u003e"))
        let data = try HeadMetaTests.jsonLD(in: html)
        #expect(data["headline"] as? String == FeedTestSite.trickyTitle)
        #expect(data["@type"] as? String == "NewsArticle")
        // Attributes are escaped too: the title in og:title has no raw quote or angle bracket.
        let title = try #require(HeadMetaTests.meta("og:title", in: html))
        #expect(title == Escape.html(FeedTestSite.trickyTitle))
    }

    @Test("JSON-LD NewsArticle: dates in +07:00, dateModified from updated:, author, publisher = the agency, image")
    func newsArticle() throws {
        let site = try FeedTestSite()
        let html = try site.read("tin-tuc/ket-qua-chi-so-cai-cach-hanh-chinh/index.html")
        let data = try HeadMetaTests.jsonLD(in: html)
        #expect(data["datePublished"] as? String == "2023-04-10T10:00:00+07:00")
        #expect(data["dateModified"] as? String == "2023-06-20T15:45:00+07:00")
        let publisher = try #require(data["publisher"] as? [String: Any])
        #expect(publisher["name"] as? String == "Sở Nội vụ tỉnh Thử")
        #expect(publisher["url"] as? String == "https://snv.example.org")
        #expect((data["image"] as? [String]) == ["https://example.org/bantin/media/anh.png"])
        #expect(data["url"] as? String == FeedTestSite.baseURL + "tin-tuc/ket-qua-chi-so-cai-cach-hanh-chinh/")
        let authors = try #require(data["author"] as? [[String: Any]])
        #expect(authors.first?["name"] as? String == "Sở Nội vụ tỉnh Thử", "no author: the agency")
        let tricky = try HeadMetaTests.jsonLD(in: try site.read("tin-tuc/cai-cach-script-script-alert-x-script-hanh-chinh/index.html"))
        #expect((tricky["author"] as? [[String: Any]])?.first?["name"] as? String == "Khúc Thị Thu Hằng")
    }

    @Test("Open Graph and Twitter tags on an article: type, locale vi_VN, absolute URL and image")
    func openGraph() throws {
        let site = try FeedTestSite()
        let html = try site.read("tin-tuc/ket-qua-chi-so-cai-cach-hanh-chinh/index.html")
        #expect(HeadMetaTests.meta("og:type", in: html) == "article")
        #expect(HeadMetaTests.meta("og:locale", in: html) == "vi_VN")
        #expect(HeadMetaTests.meta("og:title", in: html) == "Kết quả chỉ số cải cách hành chính")
        #expect(HeadMetaTests.meta("og:url", in: html) == FeedTestSite.baseURL + "tin-tuc/ket-qua-chi-so-cai-cach-hanh-chinh/")
        #expect(HeadMetaTests.meta("og:image", in: html) == "https://example.org/bantin/media/anh.png")
        #expect(HeadMetaTests.meta("og:image:alt", in: html) == "Biểu đồ")
        #expect(HeadMetaTests.meta("twitter:card", in: html) == "summary_large_image")
        #expect(HeadMetaTests.meta("og:description", in: html) == "Chỉ số cải cách hành chính năm 2022 tăng.")
        #expect(HeadMetaTests.meta("article:modified_time", in: html) == "2023-06-20T15:45:00+07:00")
    }

    @Test("every HTML page links the site's feeds; category pages also their own; only articles carry JSON-LD")
    func feedLinksEverywhere() throws {
        let site = try FeedTestSite()
        let rss = "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Sở Nội vụ tỉnh Thử (RSS)\" href=\"/bantin/rss.xml\">"
        let atom = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Sở Nội vụ tỉnh Thử (Atom)\" href=\"/bantin/atom.xml\">"
        let pages = site.files().filter { $0.hasSuffix(".html") }
        #expect(pages.count > 60)
        for page in pages {
            let html = try site.read(page)
            #expect(ByteSearch.contains(html, rss), "\(page)")
            #expect(ByteSearch.contains(html, atom), "\(page)")
            let isArticle = page.hasPrefix("tin-tuc/")
            #expect(ByteSearch.contains(html, "application/ld+json") == isArticle, "\(page)")
            if page != "404.html" { #expect(HeadMetaTests.meta("og:locale", in: html) == "vi_VN", "\(page)") }
        }
        let category = try site.read("chuyen-muc/tin-tuc/trang/2/index.html")
        #expect(ByteSearch.contains(category, "href=\"/bantin/chuyen-muc/tin-tuc/rss.xml\""))
        #expect(ByteSearch.contains(category, "href=\"/bantin/chuyen-muc/tin-tuc/atom.xml\""))
        #expect(HeadMetaTests.meta("og:type", in: category) == "website")
        #expect(HeadMetaTests.meta("twitter:card", in: category) == "summary")
    }

    @Test("Open Graph locale from the site's language")
    func locale() {
        #expect(HeadMetadata.openGraphLocale("vi") == "vi_VN")
        #expect(HeadMetadata.openGraphLocale("en-US") == "en_US")
    }
}

@Suite("Escape.json")
struct HeadMetaJSONTests {
    @Test("JSON strings read back unchanged, and hold no < > & ' or line separators raw")
    func roundTrip() throws {
        let samples = [
            "Cải cách </script><!-- & 'hành chính' \"x\"", "tab\tnew\nline\r\u{01}", "sep\u{2028}par\u{2029}end",
            "đ Đ ư Ư 東京 😀", "", "C:\\Văn bản\\a.pdf – “trích dẫn”…", "\\\"",
        ]
        for text in samples {
            let json = Escape.json(text)
            for forbidden in ["<", ">", "&", "'", "\u{2028}", "\u{2029}", "\n"] {
                #expect(!json.contains(forbidden), "\(forbidden) in \(json)")
            }
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
            #expect(decoded == [text])
        }
    }
}
