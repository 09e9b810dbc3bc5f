extension Vietnamese {
    static let validate: [MessageKey: String] = [:]
}
