extension Vietnamese {
    static let documents: [MessageKey: String] = [:]
}
