import Foundation

/// `bulletin init`: a starter site that builds at once: site.yaml with the agency's keys to
/// fill in, one article, one page, an empty media folder and a copy of the default theme for
/// the IT officer to change. Nothing that exists is overwritten.
public struct StarterSite {
    public let folder: String
    /// The default theme to copy (the `templates` folder shipped with Bulletin).
    public let theme: String
    public var now = Date()

    public init(folder: String, theme: String) {
        self.folder = folder
        self.theme = theme
    }

    /// The files written (relative to `folder`), or the problem.
    public func create() -> Result<[String], Diagnostic> {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: folder)
        for existing in ["content", "templates"] where manager.fileExists(atPath: root.appendingPathComponent(existing).path) {
            return .failure(
                Diagnostic(
                    .error, "\(existing)/ already exists here; nothing was changed. Choose an empty folder: bulletin init ten-thu-muc",
                    at: SourceLocation(file: root.appendingPathComponent(existing).path)))
        }
        guard manager.fileExists(atPath: theme + "/layout.mustache") else {
            return .failure(
                Diagnostic(
                    .error, "the default theme was not found at \(theme); give its folder with --theme (the templates folder of Bulletin)",
                    at: nil))
        }
        let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let date = LocalDate(now, in: zone)
        let month = String(format: "%04d/%02d", date.year, date.month)
        let files: [(String, String)] = [
            ("content/site.yaml", StarterSite.siteYAML),
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
                Diagnostic(.error, "cannot write the starter site: \(error.localizedDescription)", at: SourceLocation(file: folder)))
        }
        return .success(files.map(\.0) + ["templates/"])
    }

    static let siteYAML = """
        # The site's settings (docs/writing.md lists every key). Fill in the agency's details:
        # the footer of every page shows them, as Decree 42/2022 asks.
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
