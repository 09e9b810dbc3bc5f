import Foundation

@testable import BulletinCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small site written to a temporary folder and built with the fixture theme
/// (Fixtures/feeds-theme), for the feed, sitemap, head-metadata and search tests:
/// 56 articles in "Tin tức" (more than a feed holds), three in "Cải cách hành chính" (one titled
/// with "</script>", quotes and an ampersand; one with `updated:`; one with a cover image),
/// page_size 2 so that lists have several pages, one static page, served under /bantin/.
final class FeedTestSite {
    static let baseURL = "https://example.org/bantin/"
    static let trickyTitle = "Cải cách </script><script>alert(\"x\")</script> & 'hành chính'"
    static let newsCount = 56

    let root: URL
    let content: String
    let output: String
    let report: BuildReport

    init(drafts: Bool = false, now: Date = ISO8601DateFormatter().date(from: "2024-06-01T00:00:00Z")!) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-test-\(UUID().uuidString)")
        content = root.appendingPathComponent("content").path
        output = root.appendingPathComponent("public").path
        try FeedTestSite.write(into: content)
        let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/feeds-theme").path
        let request = BuildRequest(
            contentPath: content, templatesPath: theme, outputPath: output,
            options: BuildOptions(includeDrafts: drafts, includeFuture: false, now: now))
        report = Builder(request: request).run()
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + path) }

    /// Every file written, relative to the output folder.
    func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: output)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    private static func write(into content: String) throws {
        let files = FileManager.default
        try files.createDirectory(atPath: content + "/articles", withIntermediateDirectories: true)
        try files.createDirectory(atPath: content + "/pages", withIntermediateDirectories: true)
        try files.createDirectory(atPath: content + "/media", withIntermediateDirectories: true)
        try """
        title: "Sở Nội vụ tỉnh Thử"
        base_url: "\(baseURL)"
        page_size: 2
        description: "Trang thông tin thử nghiệm"
        agency:
          name: "Sở Nội vụ tỉnh Thử"
          website: "snv.example.org"
        """.write(toFile: content + "/site.yaml", atomically: true, encoding: .utf8)
        try TestPhotos.tinyPNG.write(to: URL(fileURLWithPath: content + "/media/anh.png"))
        try """
        ---
        title: "Giới thiệu"
        ---
        Sở Nội vụ tỉnh Thử.
        """.write(toFile: content + "/pages/gioi-thieu.md", atomically: true, encoding: .utf8)

        func article(_ name: String, _ front: String, _ body: String) throws {
            try "---\n\(front)\n---\n\n\(body)\n".write(toFile: content + "/articles/\(name).md", atomically: true, encoding: .utf8)
        }
        for i in 1...newsCount {
            let day = String(format: "%02d", (i - 1) % 28 + 1), month = String(format: "%02d", (i - 1) / 28 + 1)
            try article(
                "tin-\(i)",
                "title: \"Tin số \(i) về hội nghị\"\ndate: 2023-\(month)-\(day)T08:00:00+07:00\ncategory: Tin tức\ntags: [Hội nghị]",
                "Nội dung tin số \(i): hội nghị tổng kết.")
        }
        let escapedTitle = trickyTitle.replacingOccurrences(of: "\"", with: "\\\"")
        try article(
            "kho",
            "title: \"\(escapedTitle)\"\ndate: 2023-05-02T09:30:00+07:00\ncategory: Cải cách hành chính\nauthor: \"Khúc Thị Thu Hằng\"",
            "Bài có tiêu đề khó.")
        try article(
            "cap-nhat",
            "title: \"Kết quả chỉ số cải cách hành chính\"\ndate: 2023-04-10T10:00:00+07:00\nupdated: 2023-06-20T15:45:00+07:00\n"
                + "category: Cải cách hành chính\nimage: /media/anh.png\nimage_alt: \"Biểu đồ\"",
            "Chỉ số cải cách hành chính năm 2022 tăng.")
        try article(
            "cu", "title: \"Tập huấn văn thư\"\ndate: 2022-11-15\ncategory: Cải cách hành chính\ndraft: true",
            "Bài nháp.")
    }
}

/// Parses XML with Foundation's XMLParser and records elements' text and attributes.
final class XMLRecorder: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: Error?

    static func parse(_ text: String) -> XMLRecorder {
        let recorder = XMLRecorder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = recorder
        if !parser.parse() { recorder.error = parser.parserError ?? NSError(domain: "xml", code: 1) }
        return recorder
    }

    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}
