extension English {
    static let console: [MessageKey: String] = [
        .errorWord: "error",
        .warningWord: "warning",
        .untranslated: "{text}",
    ]
}
