extension Vietnamese {
    static let importing: [MessageKey: String] = [:]
}
