extension Vietnamese {
    static let markdown: [MessageKey: String] = [
        .markdownControlCharacter: "văn bản có một ký tự điều khiển không nhìn thấy (U+0001) ở đây; hãy xoá ký tự này",
        .markdownUnreadable: "không đọc được nội dung Markdown",
        .markdownTooDeep:
            "văn bản lồng nhau quá {maximum} cấp (trích dẫn, danh sách, chữ nhấn mạnh hoặc liên kết lồng vào nhau); hãy viết đơn giản hơn",
        .imageWithoutAlt: "ảnh chưa có mô tả: hãy mô tả ảnh cho người đọc không xem được, ví dụ ![Đồng chí … phát biểu](…)",
        .addressOfImage: "ảnh",
        .addressOfLink: "liên kết",
        .addressSchemeUnusual:
            "địa chỉ {what} \"{address}\" bắt đầu bằng '{scheme}:', không phải địa chỉ web, thư điện tử hay điện thoại; hãy kiểm tra lại (đường dẫn trên máy tính không dùng được trên web)",
        .addressEmpty: "{what} chưa có địa chỉ giữa ( và ); hãy thêm địa chỉ, hoặc bỏ cặp ngoặc",
        .imageOfMarkdownFile: "ảnh không thể hiển thị một tệp Markdown ({address})",
        .imageNotAFile: "địa chỉ ảnh \"{address}\" không phải một tệp; hãy trỏ tới một tệp trong media/",
        .addressSchemeRefused:
            "địa chỉ \"{address}\" bắt đầu bằng '{scheme}:', loại địa chỉ mà trang không được liên kết tới; hãy liên kết tới địa chỉ web, thư điện tử hoặc điện thoại (https://…, mailto:…, tel:…) hoặc tới một tệp của trang web",
        .addressOutsideContent: "địa chỉ \"{address}\" trỏ ra ngoài thư mục nội dung",
        .addressRemoved: "{reason}; địa chỉ này đã bị bỏ",
        .shortcodeNotOwnLine: "shortcode phải nằm riêng trên một dòng, có một dòng trống trước và sau",
        .shortcodeOnlyInArticles:
            "shortcode '{name}' chỉ dùng được trong bài viết (content/articles/); hãy đặt shortcode vào một bài viết và liên kết tới bài viết đó từ đây",
        .shortcodeNotClosed: "shortcode phải được đóng bằng >}} trên cùng dòng, ví dụ {example}",
        .shortcodeClosingTag: "{tag} là thẻ đóng shortcode, nhưng shortcode của Bulletin không có thẻ đóng; hãy xoá dòng này",
        .shortcodeNoName: "shortcode cần có tên ngay sau {opening}, ví dụ score-table",
        .shortcodeUnexpectedText: "có \"{text}\" không đúng cú pháp trong shortcode '{name}'; hãy viết tham số theo dạng key=\"value\"",
        .shortcodeValueNotQuoted: "tham số '{argument}' của shortcode '{name}' cần giá trị trong dấu ngoặc kép: {argument}=\"…\"",
        .shortcodeValueNotClosed: "giá trị của '{argument}' trong shortcode '{name}' thiếu dấu ngoặc kép đóng",
        .shortcodeArgumentTwice: "tham số '{argument}' được ghi hai lần trong shortcode '{name}'; hãy giữ lại một",
        .rawHTMLImageKept:
            "HTML thô không được đăng ở đây (unsafe_html đang tắt): ảnh trong đó được giữ lại như ảnh Markdown, phần còn lại bị bỏ; hãy viết thành ![mô tả](địa-chỉ)",
        .rawHTMLBlockRemoved:
            "HTML thô không được đăng ở đây (unsafe_html đang tắt): khối này bị bỏ; hãy viết bằng Markdown, hoặc đặt unsafe_html: true trong site.yaml nếu mọi biên tập viên đều được đăng HTML",
        .rawHTMLInlineRemoved: "HTML thô ({tag}) bị bỏ khỏi đoạn văn này vì unsafe_html đang tắt; hãy viết bằng Markdown",
    ]
}
