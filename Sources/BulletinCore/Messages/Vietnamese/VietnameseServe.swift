extension Vietnamese {
    static let serve: [MessageKey: String] = [:]
}
