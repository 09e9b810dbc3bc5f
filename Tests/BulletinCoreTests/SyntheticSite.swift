import Foundation

@testable import BulletinCore

/// A generated site with enough of everything for incremental rebuilds to go wrong in:
/// pagination (page_size 3), several categories and tags, featured articles, links between
/// articles, cover images, a draft, static pages, and the repository's default theme.
struct SyntheticSite {
    let root: URL
    var content: String { root.appendingPathComponent("content").path }
    var templates: String { root.appendingPathComponent("templates").path }
    var rng: SeededRandom
    /// Files written or removed since `takeTouched()`, as a file watcher would report them.
    let touched = Touched()

    final class Touched: @unchecked Sendable {
        var paths = Set<String>()
    }

    func takeTouched() -> Set<String> {
        defer { touched.paths = [] }
        return touched.paths
    }

    static let categories = ["Tin tức - Sự kiện", "Cải cách hành chính", "Thi đua - Khen thưởng", "Văn thư - Lưu trữ"]
    static let tags = ["CCHC", "SIPAS", "PAR Index", "Thanh niên", "Chuyển đổi số", "Đào tạo"]
    static let words = [
        "hội", "nghị", "tổng", "kết", "cải", "cách", "hành", "chính", "năm", "đánh", "giá", "chỉ", "số", "tỉnh", "Sơn", "La",
        "đổi", "mới", "công", "tác", "thi", "đua", "khen", "thưởng", "đào", "tạo", "cán", "bộ", "lưu", "trữ",
    ]

    init(articles: Int, seed: UInt64 = 42) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bulletin-inc-\(UUID().uuidString)")
        rng = SeededRandom(seed: seed)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestSite.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        try write(
            "site.yaml",
            """
            title: "Sở Thử nghiệm"
            base_url: "https://example.gov.vn/bantin/"
            page_size: 3
            default_author: "Văn phòng Sở"
            agency:
              name: "Sở Thử nghiệm tỉnh Sơn La"
              address: "Phường Chiềng Cơi, thành phố Sơn La"
              phone: "(0212) 3752 630"
              fax: "(0212) 3855 743"
              email: "thu@example.gov.vn"
              website: "example.gov.vn"
              responsible: "Nguyễn Văn A"
              licence: "Giấy phép số 01/GP-TTĐT"
            menus:
              main:
                - {label: "Trang chủ", url: "/"}
                - {label: "Giới thiệu", url: "/gioi-thieu/"}
                - {label: "Cải cách hành chính", url: "/chuyen-muc/cai-cach-hanh-chinh/"}

            """)
        try write("media/anh-1.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"></svg>\n")
        try write("media/anh-2.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"6\"></svg>\n")
        try write("pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nSở Thử nghiệm là cơ quan chuyên môn.\n")
        try write("pages/lien-he.md", "---\ntitle: Liên hệ\n---\nĐiện thoại: (0212) 3752 630.\n")
        for i in 0..<articles {
            try write(articlePath(i), article(i, linkTo: i > 3 ? i - 3 : nil))
        }
        try write("articles/2023/05/ban-nhap.md", "---\ntitle: Bản nháp chưa đăng\ndate: 2023-05-02\ndraft: true\n---\nChưa đăng.\n")
    }

    func articlePath(_ i: Int) -> String {
        "articles/\(2022 + i % 3)/\(String(format: "%02d", 1 + i % 12))/bai-\(i).md"
    }

    /// Article `i`, linking to article `linkTo` (a relative link from its folder).
    mutating func article(_ i: Int, title: String? = nil, linkTo: Int? = nil) -> String {
        let category = SyntheticSite.categories[i % SyntheticSite.categories.count]
        let tags = [SyntheticSite.tags[i % 6], SyntheticSite.tags[(i / 2) % 6]]
        var lines = [
            "---",
            "title: \"\(title ?? sentence(5) + " \(i)")\"",
            "date: \(2022 + i % 3)-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 27))T0\(i % 10):30:00+07:00",
            "category: \(category)",
            "tags: [\(tags.joined(separator: ", "))]",
        ]
        if i % 4 == 0 { lines.append("summary: \"\(sentence(8))\"") }
        if i % 5 == 0 { lines += ["image: /media/anh-\(1 + i % 2).svg", "image_alt: \"Ảnh \(i)\""] }
        if i % 7 == 0 { lines.append("featured: true") }
        if i % 3 == 0 { lines.append("views: \(i * 37)") }
        lines += ["---", "", sentence(12) + ".", ""]
        if let linkTo { lines += ["Xem thêm [bài \(linkTo)](../../\(articlePath(linkTo).dropFirst("articles/".count))).", ""] }
        lines += [sentence(20) + ".", ""]
        return lines.joined(separator: "\n")
    }

    mutating func sentence(_ count: Int) -> String {
        let words = (0..<count).map { _ in SyntheticSite.words[rng.next(below: SyntheticSite.words.count)] }
        return words.joined(separator: " ").capitalizedFirst
    }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent("content").appendingPathComponent(relative)
        touched.paths.insert(url.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: content + "/" + relative, encoding: .utf8)
    }

    func remove(_ relative: String) throws {
        touched.paths.insert(content + "/" + relative)
        try FileManager.default.removeItem(atPath: content + "/" + relative)
    }

    func writeTemplate(_ relative: String, _ text: String) throws {
        touched.paths.insert(templates + "/" + relative)
        try Data(text.utf8).write(to: root.appendingPathComponent("templates").appendingPathComponent(relative))
    }

    func readTemplate(_ relative: String) throws -> String {
        try String(contentsOfFile: templates + "/" + relative, encoding: .utf8)
    }

    /// Every Markdown article file now in the site.
    func articleFiles() -> [String] {
        let base = content + "/articles"
        let all = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.map { "articles/" + $0 }.sorted()
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// SplitMix64: the same edits on every run.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// Every file and folder under a folder, with the files' bytes.
struct FolderSnapshot: Equatable {
    var files: [String: Data] = [:]
    var folders: Set<String> = []

    init(_ path: String) {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return }
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory) else { continue }
            // The manifest of a `build`'s folder: serve's folder has none, and a copied file's
            // stamp in it counts only once settled.
            if relative == PublishedManifest.fileName { continue }
            if isDirectory.boolValue {
                folders.insert(relative)
            } else {
                files[relative] = FileManager.default.contents(atPath: path + "/" + relative)
            }
        }
    }

    /// The paths that differ, for a readable failure.
    func differences(from other: FolderSnapshot) -> [String] {
        let paths = Set(files.keys).union(other.files.keys)
        return paths.filter { files[$0] != other.files[$0] }.sorted()
            + folders.symmetricDifference(other.folders).sorted().map { $0 + "/" }
    }
}
