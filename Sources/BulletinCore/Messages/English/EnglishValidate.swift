extension English {
    static let validate: [MessageKey: String] = [:]
}
