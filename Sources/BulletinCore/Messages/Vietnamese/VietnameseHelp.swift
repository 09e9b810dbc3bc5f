extension Vietnamese {
    static let help: [MessageKey: String] = [:]
}
