extension Vietnamese {
    static let scores: [MessageKey: String] = [:]
}
