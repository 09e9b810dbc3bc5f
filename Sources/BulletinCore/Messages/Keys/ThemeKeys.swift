// The names and codes of what the build says about the theme's templates. A code is never reused
// for another meaning.
extension MessageKey {
    /// A `{{name}}` of the theme that no view offers.
    public static let templateKeyUnknown = MessageKey("BLT1301")
    public static let templateKeyUnknownNear = MessageKey("BLT1302")
}
