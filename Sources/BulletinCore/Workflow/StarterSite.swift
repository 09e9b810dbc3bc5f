import Foundation

/// `bulletin init`: a starter site that builds at once: site.yaml with the agency's keys to
/// fill in, one article, one page, an empty media folder and a copy of the default theme for
/// the IT officer to change. Nothing that exists is overwritten.
public struct StarterSite {
    public let folder: String
    /// The default theme to copy (the `templates` folder shipped with Bulletin).
    public let theme: String
    public var now = Date()
    /// The language of the comments in the files written (the site's pages are Vietnamese).
    public var language: Language

    public init(folder: String, theme: String, language: Language) {
        self.folder = folder
        self.theme = theme
        self.language = language
    }

    /// The files written (relative to `folder`), or the problem.
    public func create() -> Result<[String], Diagnostic> {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: folder)
        for existing in ["content", "templates"] where manager.fileExists(atPath: root.appendingPathComponent(existing).path) {
            return .failure(
                Diagnostic(
                    .error, .initFolderExists, ["folder": .text(existing)],
                    at: SourceLocation(file: root.appendingPathComponent(existing).path)))
        }
        guard manager.fileExists(atPath: theme + "/layout.mustache") else {
            return .failure(Diagnostic(.error, .initThemeNotFound, ["theme": .text(theme)], at: nil))
        }
        let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let date = LocalDate(now, in: zone)
        let month = String(format: "%04d/%02d", date.year, date.month)
        let files: [(String, String)] = [
            ("content/site.yaml", Message(.initSiteYAMLComment).text(in: language) + "\n" + StarterSite.siteYAML),
            ("content/articles/\(month)/chao-mung.md", StarterSite.article(date: date.iso8601)),
            ("content/pages/gioi-thieu.md", StarterSite.page),
            ("content/media/.gitkeep", ""),
        ]
        do {
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
            try manager.copyItem(atPath: theme, toPath: root.appendingPathComponent("templates").path)
        } catch {
            return .failure(
                Diagnostic(.error, .initCannotWrite, ["reason": .text(error.localizedDescription)], at: SourceLocation(file: folder)))
        }
        return .success(files.map(\.0) + ["templates/"])
    }

    /// site.yaml after its comment: the keys to fill in.
    static let siteYAML = """
        title: "Bản tin Sở …"
        base_url: "https://example.gov.vn/"
        language: vi
        description: "Thông tin hoạt động, văn bản chỉ đạo điều hành và kết quả cải cách hành chính."
        default_author: "Văn phòng Sở"
        agency:
          name: "Sở … tỉnh …"
          parent: "UBND tỉnh …"
          address: "Số …, đường …, phường …, thành phố …"
          phone: "(0…) …"
          fax: "(0…) …"
          email: "…@….gov.vn"
          website: "https://….gov.vn"
          responsible: "Họ và tên - Giám đốc Sở"
          licence: "Giấy phép số …/GP-TTĐT ngày … của Sở Thông tin và Truyền thông"
        menus:
          main:
            - {label: "Trang chủ", url: "/"}
            - {label: "Giới thiệu", url: "/gioi-thieu/"}
            - {label: "Tin tức - Sự kiện", url: "/chuyen-muc/tin-tuc-su-kien/"}

        """

    static func article(date: String) -> String {
        """
        ---
        title: "Chào mừng đến với bản tin"
        date: \(date)
        slug: chao-mung
        category: "Tin tức - Sự kiện"
        summary: "Bài viết đầu tiên của trang: sửa hoặc xóa nó khi đã có bài của đơn vị."
        ---

        Mỗi bài viết là một tệp Markdown trong thư mục `content/articles/`. Lệnh
        `bulletin new "Tiêu đề bài viết"` tạo bài mới; `bulletin serve` cho xem trước trang
        khi đang viết.

        """
    }

    static let page = """
        ---
        title: "Giới thiệu"
        ---

        Chức năng, nhiệm vụ và cơ cấu tổ chức của đơn vị.

        """
}
