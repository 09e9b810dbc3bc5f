extension English {
    static let serve: [MessageKey: String] = [:]
}
