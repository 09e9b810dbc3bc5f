extension Vietnamese {
    static let console: [MessageKey: String] = [
        .errorWord: "lỗi",
        .warningWord: "cảnh báo",
        .untranslated: "{text}",
    ]
}
