extension English {
    static let templates: [MessageKey: String] = [:]
}
