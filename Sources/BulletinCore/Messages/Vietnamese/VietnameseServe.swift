extension Vietnamese {
    static let serve: [MessageKey: String] = [
        .serveListening: "Trang xem trước: {address} (có cả bản nháp và bài hẹn giờ). Nhấn Ctrl-C để dừng.",
        .serveCannotListen: "không chạy được trang xem trước ở {address} ({reason})",
        .servePortTaken:
            "không chạy được trang xem trước ở {address}: cổng {port} đang bận; hãy chọn cổng khác, ví dụ --port {next} ({reason})",
        .serveWarningsAsBefore: "({count} cảnh báo như lần trước)",
        .serveBuilt: "Đã dựng {pages} trang trong {milliseconds} ms.",
        .serveBuiltWithOthers: "Đã dựng {pages} trang và {others} tệp khác trong {milliseconds} ms.",
        .serveRebuilt: "Đã dựng lại: {count} tệp thay đổi, trong {milliseconds} ms.",
        .serveFirstBuildFailed: "{count} lỗi: hãy sửa rồi lưu tệp; các trang đang mở sẽ hiện lỗi.",
        .serveRebuildFailed:
            "{count} lỗi: hãy sửa rồi lưu tệp; các trang đang mở sẽ hiện lỗi, trang xem trước vẫn giữ bản dựng thành công gần nhất.",
        .watchCannotStart: "không theo dõi được thay đổi của tệp (inotify): {reason}",
        .watchCannotWake: "không theo dõi được thay đổi của tệp: {reason}",
        .watchTooManyFolders: "quá nhiều thư mục cần theo dõi: hãy nâng giới hạn bằng  sudo sysctl fs.inotify.max_user_watches=524288",
        .overlayTitle: "Chưa dựng lại được trang: {count} lỗi. Sửa rồi lưu tệp, trang sẽ tự tải lại.",
        .overlayHide: "Ẩn (vẫn xem bản dựng trước)",
        .servePageNotFound: "Không tìm thấy trang.",
    ]
}
