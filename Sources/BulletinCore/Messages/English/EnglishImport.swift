extension English {
    static let importing: [MessageKey: String] = [:]
}
