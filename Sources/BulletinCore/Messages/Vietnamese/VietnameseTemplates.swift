extension Vietnamese {
    static let templates: [MessageKey: String] = [:]
}
