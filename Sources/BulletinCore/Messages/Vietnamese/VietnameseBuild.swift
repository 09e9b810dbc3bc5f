extension Vietnamese {
    static let build: [MessageKey: String] = [
        .buildStaticReplacesPage: "static/{target} sẽ ghi đè /{target}, là tệp do trang web tự tạo; hãy xoá tệp này hoặc đặt tên khác",
        .buildNoSuchPage:
            "không có trang nào có địa chỉ /{path}; hãy kiểm tra liên kết (địa chỉ của các trang được tạo ra kết thúc bằng /)",
        .buildCannotOpenOutput: "không mở được thư mục xuất bản: {reason}",
        .buildCannotWrite: "không ghi được trang web: {reason}; trang web cũ được giữ nguyên",
        .buildCannotPublish: "không thay được trang web mới vào chỗ trang cũ: {reason}; trang web cũ được giữ nguyên",
        .outputIsRoot: "không ghi trang web vào / : hãy chọn một thư mục, ví dụ public",
        .outputParentMissing: "không có thư mục {folder} (thư mục chứa thư mục xuất bản)",
        .outputIsCurrentFolder: "không ghi trang web vào thư mục hiện tại: hãy chọn một thư mục bên trong, ví dụ public",
        .outputOverlapsInput:
            "không ghi trang web vào {target}: thư mục này trùng, chứa hoặc nằm trong {folder}; hãy chọn một thư mục riêng, ví dụ public",
        .outputCannotCreate: "không tạo được thư mục xuất bản bên cạnh {target}: {reason}; hãy kiểm tra quyền ghi vào thư mục",
        .outputNotAFolder: "đường dẫn xuất bản {target} đã có và không phải là thư mục",
        .outputUnreadable: "không đọc được thư mục xuất bản {target}: {reason}; hãy kiểm tra quyền truy cập",
        .outputNotBulletins:
            "thư mục xuất bản {target} có các tệp không do Bulletin ghi; hãy chọn một thư mục trống hoặc thư mục mới (mỗi lần dựng sẽ thay toàn bộ thư mục)",
        .updateCannotWriteTo: "không ghi được trang web vào {folder}: {reason}",
        .updateCannotWrite: "không ghi được trang web: {reason}",
        .updateCannotWriteSome: "không ghi được trang web: {reason}; các trang chưa ghi vẫn giữ nội dung cũ",
        .updateCopyGone: "không chép được {file}: tệp không còn nữa",
        .updateCannotCopy: "không chép được {file}: {reason}",
        .pageKindArticle: "bài viết",
        .pageKindList: "danh sách",
        .pageKindArchive: "lưu trữ",
        .pageKindScore: "trang chỉ số",
        .pageKindDocument: "văn bản",
        .pageKindHome: "trang chủ",
        .pageKindPage: "trang",
        .pageKindFeed: "nguồn tin",
        .pageKindSearchIndex: "chỉ mục tìm kiếm",
        .pageKindDownload: "tệp tải về",
        .pageKindSitemap: "sơ đồ trang",
        .pageKindOtherFile: "tệp khác",
        .outputPathOutside: "bị từ chối: đường dẫn này nằm ngoài thư mục đầu ra",
    ]
}
