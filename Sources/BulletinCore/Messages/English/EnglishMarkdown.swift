extension English {
    static let markdown: [MessageKey: String] = [:]
}
