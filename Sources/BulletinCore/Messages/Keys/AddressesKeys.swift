// The names and codes of what the build says about published addresses. A code is never reused
// for another meaning.
extension MessageKey {
    public static let addressMoved = MessageKey("BLT1201")
    public static let addressGone = MessageKey("BLT1202")
    public static let addressManifestUnreadable = MessageKey("BLT1203")
}

extension MessageKey {
    /// A file in the output folder that no build wrote, about to be replaced.
    public static let foreignOutputFile = MessageKey("BLT1204")
}
