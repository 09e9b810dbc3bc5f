extension Vietnamese {
    static let load: [MessageKey: String] = [
        .fileUnreadable: "không đọc được tệp này: {reason}",
        .fileNotRegular: "không phải tệp thông thường",
        .fileLargerThanLimit: "tệp lớn hơn {maximum} MB",
        .systemNoSuchFile: "không có tệp hoặc thư mục này",
        .systemPermissionDenied: "không có quyền truy cập",
        .systemNotPermitted: "thao tác không được phép",
        .systemIsDirectory: "đây là thư mục, không phải tệp",
        .systemInputOutput: "lỗi đọc/ghi trên ổ đĩa",
        .sourceFileEmpty: "tệp trống: hãy viết phần đầu (title:, date:) và nội dung, hoặc xoá tệp",
        .textFileBinary:
            "đây là tệp nhị phân, không phải văn bản; hãy lưu lại dưới dạng văn bản UTF-8 (hoặc chuyển ảnh và tài liệu vào media/)",
        .textFileNotUTF8: "tệp không phải văn bản UTF-8 hợp lệ; hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8",
        .textFileTooLarge:
            "tệp nặng {size} MB, vượt mức {maximum} MB cho phép với tệp văn bản; chỉ giữ phần chữ ở đây (ảnh và tài liệu đặt trong media/)",
        .frontMatterMissing:
            "tệp phải bắt đầu bằng phần đầu (front matter): một dòng chỉ có ---, các khoá (title:, date:, …), rồi thêm một dòng chỉ có ---",
        .frontMatterNotClosed: "phần đầu (front matter) chưa được đóng: hãy thêm một dòng chỉ có --- sau khoá cuối cùng",
        .yamlTooLarge:
            "phần YAML dài {size} KB, vượt mức {maximum} KB cho phép; chỉ giữ các khoá ở đây (nội dung bài viết đặt sau dòng --- đóng phần đầu)",
        .yamlAlias:
            "không dùng được bí danh YAML (*tên) ở đây: hãy viết đầy đủ giá trị, hoặc đặt giá trị trong dấu ngoặc kép nếu dấu * là một phần của văn bản",
        .yamlTooDeep: "YAML lồng nhau quá {maximum} cấp; hãy viết giá trị này đơn giản hơn",
        .yamlUnreadable: "không đọc được YAML: {error}",
        .yamlNotMapping: "cần các cặp khoá và giá trị (khoá: giá trị), mỗi cặp một dòng",
        .yamlInvalid: "YAML không hợp lệ: {problem}{hint}",
        .yamlNeverClosed: "YAML không hợp lệ: {problem}: phần bắt đầu ở đây không được đóng lại{hint}",
        .yamlLibraryProblem: "{context}: {problem}",
        .yamlSyntaxHint:
            " (kiểm tra dấu ngoặc kép, dấu hai chấm và thụt lề; giá trị có ': ' hoặc bắt đầu bằng ký tự đặc biệt phải đặt trong dấu ngoặc kép)",
        .yamlDuplicateKey: "khoá '{key}' được khai báo hai lần; hãy giữ lại một",
        .yamlInvalidText: "văn bản YAML không hợp lệ: {problem}",
        .keyMissing: "thiếu '{key}': hãy thêm một dòng như  {example}",
        .keyNotSingleValue: "'{key}' phải là một giá trị, không phải danh sách hay nhóm khoá",
        .keyEmpty: "'{key}' đang trống: hãy ghi giá trị, ví dụ  {example}",
        .keyTooLong:
            "'{key}' dài {length} ký tự, vượt mức {maximum} cho phép; hãy rút gọn (văn bản dài hơn đặt vào summary: hoặc phần nội dung)",
        .keyNotBool: "'{key}' phải là true hoặc false (đang ghi \"{found}\")",
        .keyNotWholeNumber: "'{key}' phải là số nguyên, ví dụ 137 (đang ghi \"{found}\")",
        .keyOutOfRange: "'{key}' phải nằm trong khoảng từ {lower} đến {upper} (đang ghi {found})",
        .keyNotRealDate: "'{key}' không phải ngày có thật: {part} không hợp lệ (đang ghi \"{found}\")",
        .dateMonth: "tháng {month}",
        .dateDay: "ngày {day} của tháng {month}",
        .dateTime: "giờ",
        .dateYear: "năm {year}",
        .dateOffset: "độ lệch múi giờ",
        .keyNotDate:
            "'{key}' không phải ngày tháng đọc được (đang ghi \"{found}\"); hãy viết 12/01/2023, 2023-01-12 hoặc 2023-01-12T15:30:00+07:00",
        .keyOneValueNotList:
            "'{key}' là một giá trị, \"{value}\"; nếu muốn {count} giá trị, hãy viết thành danh sách: {key}: [{items}] (hoặc đặt giá trị trong dấu ngoặc kép để giữ nguyên)",
        .keyNotList: "'{key}' phải là danh sách, ví dụ  {key}: [CCHC, SIPAS]",
        .keyListItemNotSingle: "mỗi mục của '{key}' phải là một giá trị",
        .keyUnknown: "khoá '{key}' không dùng được trong {place}{hint} nên bị bỏ qua. Các khoá dùng được: {known}",
        .didYouMeanName: " (có phải là '{name}'?)",
        .placeFrontMatter: "phần đầu (front matter)",
        .placePageFrontMatter: "phần đầu (front matter) của trang",
        .placeMenuItem: "một mục của menu",
        .slugInvalid:
            "'slug' chỉ được chứa chữ thường a–z, chữ số và dấu '-' đứng riêng (tối đa {maximum} ký tự), ví dụ  slug: {example} (đang ghi \"{found}\")",
        .fileNameNoAddress: "tên tệp không tạo được địa chỉ; hãy đặt tên khác cho tệp, ví dụ {example}",
        .imageInvalid: "'image': {reason}",
        .imageNotFile: "'image' phải là một tệp ảnh, ví dụ /media/anh/hoi-nghi.jpg (đang ghi \"{found}\")",
        .coverImageNoAlt:
            "ảnh đại diện chưa có 'image_alt': hãy thêm một dòng như  image_alt: \"Quang cảnh hội nghị\" cho người đọc không xem được ảnh",
        .aliasInvalid:
            "địa chỉ cũ \"{alias}\" không phải địa chỉ của trang web này; hãy viết địa chỉ cũ từ dấu / đầu tiên, ví dụ  aliases: [/tin-tuc/hoi-nghi-cu/, /2020/05/14/hoi-nghi.html]",
        .contentFolderMissing: "thư mục nội dung không tồn tại; hãy ghi đường dẫn của thư mục sau --content",
        .siteConfigUnreadable: "không đọc được site.yaml ({reason}); trang web nào cũng cần tệp này, tối thiểu có  title:  và  base_url:",
        .baseURLOptionInvalid:
            "--base-url phải là địa chỉ http hoặc https có tên máy chủ, ví dụ https://host/bantin/ (đang ghi \"{found}\")",
        .baseURLInvalid:
            "'base_url' phải là địa chỉ http hoặc https có tên máy chủ, ví dụ https://host/ hoặc https://host/bantin/ (đang ghi \"{found}\")",
        .timeZoneUnknown: "'timezone' không phải múi giờ hợp lệ (đang ghi \"{found}\"); hãy dùng Asia/Ho_Chi_Minh",
        .agencyNotGroup: "'agency' phải là một nhóm khoá (name:, address:, phone:, …)",
        .menusNotGroup: "'menus' phải là một nhóm danh sách có tên (main:, quick_links:)",
        .menuNotList: "menu '{name}' phải là danh sách các mục, mỗi mục có label và url",
        .menuItemNotMapping: "mỗi mục của menu '{name}' cần có  label: …  và  url: …",
        .menuAddressInvalid:
            "địa chỉ \"{address}\" trong menu không phải một trang của trang web (/gioi-thieu/), cũng không phải địa chỉ web, thư điện tử hay điện thoại (https://…, mailto:…, tel:…)",
        .noArticles: "chưa có bài viết nào: hãy thêm tệp Markdown vào articles/, ví dụ articles/2023/01/bai-viet.md",
        .strayMarkdownFile:
            "trong {folder}/ chỉ đọc các tệp .md, nên tệp này bị bỏ qua: hãy đổi tên thành {name}.md, hoặc chuyển đổi trang web cũ bằng lệnh  bulletin import jekyll|hugo FOLDER",
        .strayFile: "trong {folder}/ chỉ đọc các tệp Markdown (.md); tệp này bị bỏ qua (ảnh và tài liệu đặt trong media/)",
        .folderUnreadable: "không đọc được thư mục này: {reason}; hãy kiểm tra quyền truy cập",
        .symlinkBroken: "liên kết tượng trưng bị hỏng, đã bỏ qua",
        .symlinkOutside:
            "liên kết tượng trưng tới {target}, nằm ngoài thư mục nội dung: không đọc theo liên kết này; hãy sao chép tệp vào thư mục nội dung",
        .symlinkReadTwice: "liên kết tượng trưng tới {target}, thư mục đã được đọc qua {folder}: không đọc theo liên kết này",
        .notRegularFileSkipped: "không phải tệp thông thường, đã bỏ qua",
        .numberWithTenths: "{whole},{tenths}",
    ]
}
