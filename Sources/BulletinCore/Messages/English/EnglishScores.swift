extension English {
    static let scores: [MessageKey: String] = [:]
}
