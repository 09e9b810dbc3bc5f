extension Vietnamese {
    static let addresses: [MessageKey: String] = [
        .addressMoved:
            "địa chỉ của trang này trên trang đã xuất bản là {old}, nay là {new} (do tiêu đề hoặc slug thay đổi); một trang ở {old} sẽ chuyển bạn đọc sang địa chỉ mới. Muốn giữ địa chỉ cũ, hãy ghi  slug: {slug}  vào phần đầu của tệp",
        .addressGone:
            "địa chỉ {address} của trang đã xuất bản nay không còn trang nào (tệp đã bị xoá, đổi tên, chuyển thành bản nháp hoặc hẹn ngày đăng sau); các liên kết đã chia sẻ sẽ báo \"không tìm thấy trang\". Muốn chuyển bạn đọc sang bài khác, hãy ghi {address} vào mục aliases: của bài đó",
        .addressManifestUnreadable:
            "không đọc được {file} nên lần dựng này không kiểm tra các địa chỉ đã đổi hoặc đã mất; tệp sẽ được ghi lại khi dựng xong",
        .foreignOutputFile:
            "{name} trong thư mục đầu ra không do Bulletin tạo và sẽ mất khi lần dựng này thay thư mục đó; hãy để những tệp như vậy (.htaccess, tệp xác minh, favicon.ico) trong content/static/, thư mục được chép sang đầu ra mỗi lần dựng",
    ]
}
