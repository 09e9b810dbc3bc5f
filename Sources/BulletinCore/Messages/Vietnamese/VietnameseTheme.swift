extension Vietnamese {
    static let theme: [MessageKey: String] = [
        .templateKeyUnknown:
            "không trang nào có khoá '{key}' (trong {tag}) nên chỗ này luôn trống trên mọi trang; hãy đối chiếu tên với tài liệu giao diện (docs/theme.md)",
        .templateKeyUnknownNear:
            "không trang nào có khoá '{key}' (trong {tag}) nên chỗ này luôn trống trên mọi trang; có phải ý bạn là '{near}'?",
    ]
}
