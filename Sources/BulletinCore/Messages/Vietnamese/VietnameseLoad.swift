extension Vietnamese {
    static let load: [MessageKey: String] = [:]
}
