extension Vietnamese {
    static let console: [MessageKey: String] = [
        .errorWord: "lỗi",
        .warningWord: "cảnh báo",
        .summaryWrote: "Đã ghi {pages} trang{others}, chép {files} tệp vào {output} trong {seconds} giây{warnings}.",
        .summaryOtherFiles: " và {count} tệp khác (nguồn tin RSS, chỉ mục tìm kiếm, tệp tải về)",
        .summaryWarnings: ", {count} cảnh báo",
        .summaryPages: "trang: {kinds}",
        .summaryPageKind: "{count} {kind}",
        .summaryNoPages: "không có",
        .summaryWarningCount: "cảnh báo: {count}",
        .summaryChanges: "so với lần dựng trước: {changed} tệp thay đổi, {removed} tệp bị bỏ",
        .summaryUnchanged: "so với lần dựng trước: không có gì thay đổi, {output} được giữ nguyên",
        .buildFailed: "Có {errors} lỗi{stage}: không tệp nào được ghi, trang đã dựng trước đó vẫn giữ nguyên.",
        .stoppedAtStage: " (ở bước {stage})",
        .stageLoad: "đọc nội dung",
        .stageValidate: "kiểm tra",
        .stageModel: "dựng cấu trúc trang",
        .stageRender: "tạo trang",
        .stageWrite: "ghi tệp",
        .stageRenderAndWrite: "tạo và ghi trang",
        .leftOut: "Không đưa vào: {parts}.",
        .leftOutDrafts: "{count} bản nháp (thêm --drafts để đưa vào)",
        .leftOutScheduled: "{count} bài viết hẹn giờ đăng sau (bài gần nhất lúc {time} ngày {date}; thêm --future để đưa vào)",
        .checkPassed: "Không có lỗi ({warnings} cảnh báo); sẽ ghi {pages} trang và {others} tệp khác. Chưa ghi tệp nào.",
        .checkFailed: "Có {errors} lỗi{stage}, {warnings} cảnh báo. Chưa ghi tệp nào.",
        .progressLine: "{phase}  [{bar}]  {done}/{total} trang",
        .unknownLanguage: "Bulletin không có ngôn ngữ --lang {value}; hãy viết --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh)",
        .languageOptionHelp:
            "Ngôn ngữ của thông báo: vi hoặc en (nếu không ghi: theo BULLETIN_LANG, rồi language: trong site.yaml, rồi ngôn ngữ của hệ thống; mặc định là tiếng Việt).",
        .initNoDefaultTheme: "không tìm thấy giao diện mặc định cạnh chương trình; hãy chỉ thư mục giao diện bằng --theme ĐƯỜNG_DẪN",
        .initNext: "Tiếp theo: điền thông tin vào {folder}/content/site.yaml, rồi chạy  cd {folder} && bulletin serve",
        .initFolderExists: "ở đây đã có {folder}/; chưa thay đổi gì. Hãy chọn một thư mục trống: bulletin init ten-thu-muc",
        .initThemeNotFound:
            "không tìm thấy giao diện mặc định ở {theme}; hãy chỉ thư mục giao diện bằng --theme (thư mục templates của Bulletin)",
        .initCannotWrite: "không ghi được trang khởi tạo: {reason}",
        .initSiteYAMLComment: """
        # Cài đặt của trang (docs/writing.md liệt kê mọi khoá). Hãy điền thông tin của đơn vị:
        # chân mọi trang đều hiện các thông tin này, theo Nghị định 42/2022.
        """,
        .newTitleWithoutLetters: "tiêu đề cần có chữ hoặc số để đặt tên tệp, ví dụ  bulletin new \"Hội nghị tổng kết năm 2023\"",
        .newCategoryWithoutLetters: "chuyên mục \"{category}\" không có chữ hoặc số; hãy đặt tên như \"Tin tức\"",
        .newArticleExists: "bài viết này đã có; chưa thay đổi gì. Hãy sửa bài đó, hoặc chọn tiêu đề khác",
        .newCannotWrite: "không ghi được {file}: {reason}",
        .newSameFileName: "{other} có cùng tên tệp; nếu hai bài cùng tiêu đề thì sẽ trùng địa chỉ: hãy đặt  slug:  cho một trong hai bài",
        .newNoContentFolder: "thư mục nội dung không tồn tại; hãy chạy lệnh trong thư mục của trang hoặc chỉ rõ --content",
        .newSiteYAMLUnreadable: "{problem} (ngày đăng và tác giả của bài lấy từ site.yaml)",
    ]
}
