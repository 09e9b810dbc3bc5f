extension Vietnamese {
    static let images: [MessageKey: String] = [
        .imageUnreadable:
            "{file} không phải là ảnh mà chương trình đọc được{detail}; hãy mở tệp bằng phần mềm sửa ảnh và lưu lại dưới dạng JPEG hoặc PNG",
        .imageExtensionWrong:
            "{file} có đuôi .{extension} nhưng bên trong là ảnh {format}; hãy đổi tên tệp cho đuôi là .{right}, hoặc lưu lại ảnh dưới dạng {extension}",
        .imageTooManyPixels:
            "{file} có kích thước {width}×{height} điểm ảnh ({megapixels} megapixel), vượt quá giới hạn {limit} megapixel (images: max_megapixels trong site.yaml); hãy thu nhỏ ảnh bằng phần mềm sửa ảnh trước khi đăng",
        .imageLarge:
            "{file} là ảnh lớn ({megapixels} megapixel, {megabytes} MB): ảnh vẫn được đăng dưới dạng các bản thu nhỏ, nhưng mỗi lần dựng phải xử lý lâu hơn; ảnh khoảng 12 megapixel là đủ",
        .imageDamaged:
            "{file} bị hỏng hoặc không trọn vẹn nên không hiển thị được ({detail}); hãy chép lại ảnh từ máy ảnh hoặc điện thoại, hoặc lưu lại bằng phần mềm sửa ảnh",
        .imagesNotGroup: "'images' phải là một nhóm khoá (widths:, quality:, cache:, …)",
        .imageCacheUnwritable:
            "không ghi được vào thư mục lưu tạm ảnh {folder} ({reason}); các bản thu nhỏ sẽ phải làm lại ở mỗi lần dựng. Hãy kiểm tra thư mục (images: cache trong site.yaml)",
        .imageCopyNameTaken:
            "bản thu nhỏ của {file} sẽ được đăng với tên {copy}, trùng với một tệp đã có trong media/; hãy đổi tên một trong hai tệp",
        .summaryImages:
            "ảnh: {made} ảnh được xử lý, {reused} ảnh lấy từ bộ nhớ tạm; các bản thu nhỏ tiết kiệm {saved} MB so với gửi nguyên ảnh",
        .stageImages: "xử lý ảnh",
        .progressImagesLine: "{phase}  [{bar}]  {done}/{total} ảnh",
        .imageWithheld: "{problem}. Không trang nào dùng tệp này nên tệp không được đăng lên trang",
    ]
}
