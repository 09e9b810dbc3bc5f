extension Vietnamese {
    static let validate: [MessageKey: String] = [
        .titleNoAddress: "tiêu đề không có chữ cái hay chữ số để tạo địa chỉ; hãy thêm một dòng như  slug: thong-bao-2023",
        .articleAddressTaken: "hai bài viết sẽ có cùng địa chỉ {address}: bài này và {other}; hãy đặt  slug:  khác cho một trong hai bài",
        .pageAddressReserved: "địa chỉ {address} do chương trình tự tạo; hãy đổi tên tệp hoặc thêm  slug:  khác",
        .pageAddressTaken: "hai trang sẽ có cùng địa chỉ {address}: trang này và {other}; hãy đổi tên một trong hai tệp",
        .aliasReserved: "địa chỉ cũ {alias} nằm trong {folder}, nơi chương trình tự tạo các địa chỉ; không thể giữ địa chỉ cũ ở đó",
        .aliasTaken: "địa chỉ cũ {alias} đã là địa chỉ của {other}; hãy xoá địa chỉ này khỏi  aliases:",
        .linkToUnpublished:
            "liên kết này trỏ tới {file}, là bản nháp hoặc có ngày đăng trong tương lai nên chưa được đăng; hãy bỏ liên kết hoặc đăng bài viết đó",
        .linkMissing: "liên kết này trỏ tới {file}, tệp này không tồn tại{hint}; hãy kiểm tra tên tệp và các bước ../",
        .didYouMeanFile: " (có phải là {file}?)",
        .assetNotPublished:
            "{file} không được đăng: chỉ các tệp trong media/ mới được sao chép lên trang web; hãy chuyển tệp vào đó và liên kết tới {address}",
        .assetMissing: "không tìm thấy tệp {file}{hint}; kiểm tra tên tệp (chữ, dấu và chữ hoa phải khớp)",
        .shortcodeUnknown: "không có shortcode '{name}'{hint}; các shortcode dùng được: {known}",
        .shortcodesNone: "không có",
        .shortcodeUnknownArgument: "shortcode '{name}' không có tham số '{argument}'{hint}; các tham số dùng được: {arguments}",
        .shortcodeMissingArgument: "shortcode '{name}' cần có tham số {argument}=\"…\"",
        .agencyIncomplete:
            "site.yaml còn thiếu {count} thông tin của cơ quan ({missing}): chân trang của mọi trang cần hiển thị các thông tin này (Nghị định 42/2022); hãy bổ sung trong  agency:",
        .categoryNoAddress: "chuyên mục \"{name}\" không có chữ cái hay chữ số để tạo địa chỉ; hãy dùng tên như Tin tức",
        .categoryHasSlash:
            "chuyên mục \"{name}\" có dấu '/' hoặc '\\': chuyên mục chỉ có một cấp; hãy dùng dấu '-', ví dụ Tin tức - Sự kiện",
        .tagNoAddress: "thẻ \"{name}\" không có chữ cái hay chữ số để tạo địa chỉ",
        .tagHasSlash: "thẻ \"{name}\" có dấu '/' hoặc '\\': hãy dùng dấu '-' hoặc tách thành hai thẻ",
        .termCategory: "chuyên mục",
        .termTag: "thẻ",
        .termCloseToAnother:
            "{kind} '{name}' là tên mới, gần giống '{other}' ({count} bài viết): nếu viết nhầm thì hãy sửa lại; nếu đúng là tên mới thì hãy khai báo trong  categories:  của site.yaml",
        .termSpelledDifferently:
            "{kind} '{name}' được viết khác ở chỗ khác ('{chosen}'); cả hai đều hiển thị là '{chosen}'. Hãy thống nhất một cách viết",
    ]
}
