extension English {
    static let load: [MessageKey: String] = [:]
}
