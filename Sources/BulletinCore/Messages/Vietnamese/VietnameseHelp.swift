// A discussion's paragraph is one line of the text (a `\` at the end of a source line joins it to
// the next), since ArgumentParser wraps each line by itself; examples stand on lines of their own,
// the same as in English, so that they can be pasted.
extension Vietnamese {
    static let help: [MessageKey: String] = [
        .bulletinAbstract: "Tạo cổng thông tin điện tử của cơ quan từ các tệp Markdown, YAML và CSV.",
        .siteContentHelp: "Thư mục nội dung (site.yaml, articles/, pages/, documents/, media/, scores/).",
        .siteTemplatesHelp: "Thư mục giao diện (các mẫu giao diện Mustache và assets/).",
        .siteBaseURLHelp: "Dùng địa chỉ này thay cho base_url trong site.yaml.",
        .selectionDraftsHelp: "Gồm cả bản nháp (bài viết có draft: true).",
        .selectionFutureHelp: "Gồm cả bài viết có ngày đăng trong tương lai.",
        .initAbstract: "Tạo website mới: thư mục content/ (site.yaml, một bài viết, một trang) và bản sao của giao diện mặc định.",
        .initDiscussion: """
        Không ghi đè tệp nào đã có. Sau đó hãy điền content/site.yaml và xem trước website \
        bằng lệnh bulletin serve trong thư mục mới.

        Ví dụ:
          bulletin init ban-tin
          cd ban-tin && bulletin serve
        """,
        .initFolderHelp: "Thư mục để tạo website (bỏ trống: thư mục hiện tại).",
        .initThemeHelp: "Giao diện cần sao chép (thư mục templates của Bulletin); bỏ trống thì dùng giao diện cài kèm chương trình.",
        .buildAbstract: "Tạo website vào thư mục đầu ra (website cũ chỉ được thay khi website mới đã tạo xong).",
        .buildOutputHelp: "Thư mục ghi website.",
        .buildTimingsHelp: "In thời gian của từng bước.",
        .newAbstract: "Tạo bài viết mới ở dạng bản nháp: content/articles/YYYY/MM/<slug>.md, ghi ngày giờ hiện tại.",
        .newDiscussion: """
        Tệp mới có tiêu đề, ngày giờ hiện tại theo múi giờ của website, slug, chuyên mục, \
        tác giả mặc định trong site.yaml và draft: true. Không bao giờ ghi đè tệp đã có.

        Ví dụ:
          bulletin new "Hội nghị tổng kết năm 2023" --category "Tin tức - Sự kiện"
        """,
        .newTitleHelp: "Tiêu đề bài viết, đặt trong dấu ngoặc kép.",
        .newCategoryHelp: "Chuyên mục của bài viết, ví dụ \"Tin tức - Sự kiện\".",
        .newContentHelp: "Thư mục nội dung (site.yaml, articles/).",
        .checkAbstract:
            "Kiểm tra toàn bộ website như khi tạo: phần đầu (front matter), liên kết, ảnh và tệp, dữ liệu, mẫu giao diện; không ghi tệp nào.",
        .checkDiscussion: "Mã thoát là 1 khi có lỗi. --format json in danh sách lỗi và cảnh báo cho CI.",
        .publishedHelp:
            "Website đã xuất bản (kết quả của lần dựng trước), có các địa chỉ cần giữ: địa chỉ bị đổi hoặc bị mất sẽ được báo.",
        .checkFormatHelp: "text (tệp:dòng:cột: lỗi: nội dung) hoặc json.",
        .serveAbstract: "Xem trước website trong khi soạn: có cả bản nháp và bài hẹn giờ, trang tự tải lại mỗi lần lưu.",
        .serveDiscussion: """
        Website được tạo vào một thư mục tạm (không động đến public/) và xem được tại \
        http://HOST:PORT/, theo đường dẫn của base_url. Mỗi thay đổi trong content/ và \
        templates/ chỉ tạo lại phần liên quan; các trang đang mở tự tải lại, hoặc hiện lỗi nếu \
        sau thay đổi không tạo được website (trong lúc đó vẫn hiện phiên bản trước). Bản \
        nháp có nhãn "Bản nháp", bài viết có ngày đăng trong tương lai có nhãn "Hẹn giờ". \
        Nhấn Ctrl-C để dừng.
        """,
        .servePortHelp: "Cổng (port) để nhận kết nối.",
        .serveHostHelp: "Địa chỉ để nhận kết nối (127.0.0.1: chỉ máy này; 0.0.0.0: mọi máy trong mạng).",
        .importAbstract: "Chuyển website Jekyll hoặc Hugo thành nội dung Bulletin; không ghi đè tệp nào đã có.",
        .importDiscussion: """
        Bài đăng (posts) được chuyển thành bài viết, trang thành trang, ảnh và tệp thành tệp \
        media; phần đầu (front matter) được chuyển đổi, địa chỉ cũ được giữ làm địa chỉ phụ \
        (trang chuyển hướng) và liên kết được viết lại. Báo cáo liệt kê những chỗ cần sửa tay: thẻ Liquid và \
        shortcode không có tương đương, địa chỉ không giữ được.

        Ví dụ:
          bulletin import jekyll ../blog-cu --to content
        """,
        .importKindHelp: "Phần mềm đã tạo website cũ: jekyll hoặc hugo.",
        .importSourceHelp: "Thư mục của website cũ (thư mục có _config.yml hoặc hugo.toml).",
        .importToHelp: "Thư mục nội dung để ghi vào.",
        .benchAbstract: "Đo thời gian tạo lại từng phần sau khi sửa một bài viết.",
        .benchContentHelp: "Thư mục nội dung của bộ dữ liệu thử (các tệp được sửa rồi khôi phục lại).",
        .benchOutputHelp: "Thư mục để tạo website (dành riêng cho lệnh này).",
        .benchRunsHelp: "Số lần sửa cho mỗi loại.",
        .benchNoVerifyHelp: "Bỏ qua bước so sánh với một lần tạo mới hoàn toàn.",
        .benchOnlyHelp: "Chỉ các loại sửa này (body, scan, title, new), cách nhau bằng dấu phẩy.",
    ]
}
