extension English {
    static let documents: [MessageKey: String] = [:]
}
