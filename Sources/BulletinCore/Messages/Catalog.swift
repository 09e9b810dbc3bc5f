/// The texts of both languages, looked up by key. Each language's texts are in its own folder
/// (English/, Vietnamese/), one file per part of the program, so that a translator works through
/// one folder; Keys/ gives each text its name and stable code.
public enum Catalog {
    static func template(_ key: MessageKey, in language: Language) -> String? {
        switch language {
        case .english: return english[key]
        case .vietnamese: return vietnamese[key]
        }
    }

    static let english: [MessageKey: String] = merge(English.parts)
    static let vietnamese: [MessageKey: String] = merge(Vietnamese.parts)

    /// Every key either catalog has, for the completeness test and the docs.
    public static var keys: Set<MessageKey> { Set(english.keys).union(vietnamese.keys) }

    private static func merge(_ parts: [[MessageKey: String]]) -> [MessageKey: String] {
        var all: [MessageKey: String] = [:]
        for part in parts { all.merge(part) { first, _ in first } }
        return all
    }
}
