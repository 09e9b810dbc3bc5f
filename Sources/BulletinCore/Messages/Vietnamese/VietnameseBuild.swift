extension Vietnamese {
    static let build: [MessageKey: String] = [:]
}
