extension Vietnamese {
    static let templates: [MessageKey: String] = [
        .templateTagNotFinished: "thẻ chưa được đóng: mỗi {open} cần có {close} tương ứng",
        .templateTagEmpty: "thẻ {tag} trống: hãy ghi một tên vào giữa hai cặp ngoặc nhọn",
        .templateInheritance: "không hỗ trợ kế thừa mẫu giao diện ({tag}): hãy dùng partial, {partial}",
        .templateSettingsTag: "{tag}: không hỗ trợ thẻ thiết lập ({example})",
        .templateTagWithoutName: "thẻ {tag} không có tên",
        .templatePartialName: "tên partial trong {tag} chỉ được có chữ cái không dấu, chữ số, '/', '-', '_' và '.'",
        .templateDynamicPartial:
            "tên partial trong {tag} chỉ được có chữ cái không dấu, chữ số, '/', '-', '_' và '.' (không hỗ trợ partial động)",
        .templateBadName: "{tag}: tên chỉ được có chữ cái không dấu, chữ số, '_', '-' và '?', nối với nhau bằng dấu chấm",
        .templateTransform:
            "{tag}: tên chỉ được có chữ cái không dấu, chữ số, '_', '-' và '?', nối với nhau bằng dấu chấm (không hỗ trợ hàm biến đổi như uppercased(…))",
        .templateBadDelimiters: "thẻ đổi dấu phân cách viết sai: hãy viết như {example} (hai dấu phân cách, cách nhau một dấu cách)",
        .templateTooDeep:
            "{open} mở một khối nằm trong {count} khối khác, quá số lớp một mẫu giao diện được lồng: hãy đóng các khối phía trên (có thiếu {close} không?)",
        .templateCloseWithoutOpen: "{close} đóng một khối chưa từng được mở: hãy xoá thẻ này hoặc thêm {open} phía trước",
        .templateCloseMismatch: "{close} đóng khối {open} mở ở dòng {line}: hãy đóng khối đó bằng {fix}",
        .templateNeverClosed: "khối {open} chưa được đóng: hãy thêm {close} ở chỗ khối kết thúc",
        .templateFolderMissing: "không có thư mục mẫu giao diện; hãy chỉ đường dẫn bằng --templates",
        .templateDoesNotParse: "mẫu giao diện bị lỗi cú pháp: {problem}",
        .templateMissing: "giao diện chưa có mẫu '{name}': hãy tạo {name}.mustache (giao diện mặc định có sẵn một mẫu để bắt đầu)",
        .templatePartialMissing: "không có partial '{partial}' mà '{template}' dùng: hãy tạo {partial}.mustache hoặc sửa tên",
        .templateOverrun:
            "việc dựng trang dừng ở mẫu giao diện này{via}: mẫu lặp lại gần như không dứt (một partial tự gọi chính nó, hoặc các khối lồng nhau trên cùng một danh sách), vượt {steps} triệu bước hoặc {megabytes} MB cho một trang; trang web cũ được giữ nguyên",
        .templateOverrunVia: " (khi dựng {page}.mustache)",
        .templateUnreadable: "không đọc được mẫu giao diện này: {reason}",
    ]
}
