extension English {
    static let help: [MessageKey: String] = [:]
}
