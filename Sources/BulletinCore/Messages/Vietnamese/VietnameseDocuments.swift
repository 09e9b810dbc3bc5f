extension Vietnamese {
    static let documents: [MessageKey: String] = [
        .documentEffectiveBeforeIssued:
            "'effective' (ngày hiệu lực) sớm hơn 'issued' (ngày ban hành): văn bản có hiệu lực từ ngày ban hành trở đi; hãy kiểm tra cả hai ngày",
        .documentFileInvalid: "'file': {reason}",
        .documentFileExternal:
            "'file' phải là tệp của trang này, nằm trong media/ (đang ghi \"{found}\"): người đọc trong mạng nội bộ không vào được trang khác; hãy chép tệp vào media/van-ban/",
        .documentFileNotMedia:
            "'file' phải là tệp đính kèm nằm trong media/, ví dụ  file: /media/van-ban/qd-52-ubnd-2023.pdf (đang ghi \"{found}\")",
        .documentNotMarkdown: "trong documents/ chỉ đọc tệp Markdown (.md); tệp này bị bỏ qua (tệp đính kèm đặt trong media/van-ban/)",
        .documentLinkMissing: "liên kết này trỏ tới {file}, tệp không tồn tại; hãy kiểm tra tên tệp và các bước ../",
        .documentSameAddress: "hai văn bản sẽ có cùng địa chỉ /{address}: văn bản này và {other}; hãy đổi tên một trong hai tệp",
        .documentLinkUnpublished:
            "liên kết này trỏ tới {file}, là bản nháp hoặc có ngày trong tương lai nên chưa được đăng; hãy xoá liên kết hoặc đăng bài đó",
        .documentAttachmentMissing:
            "không tìm thấy tệp đính kèm {file}; hãy đặt tệp vào đó hoặc sửa  file:  (chữ, dấu và chữ hoa phải khớp)",
        .documentTypeSpellings:
            "loại văn bản '{type}' được viết khác ở nơi khác ('{chosen}'); cả hai đều hiện là '{chosen}'. Hãy dùng một cách viết",
        .documentFrontMatterPlace: "phần đầu (front matter) của văn bản",
    ]
}
