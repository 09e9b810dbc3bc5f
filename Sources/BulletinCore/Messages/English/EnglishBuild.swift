extension English {
    static let build: [MessageKey: String] = [:]
}
