extension Vietnamese {
    static let markdown: [MessageKey: String] = [:]
}
