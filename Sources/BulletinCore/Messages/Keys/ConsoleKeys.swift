// The names and codes of what the command line says around the diagnostics: the severity words,
// the summary, `check`'s verdict, progress, `new` and `init`. A code is never reused for another meaning.
extension MessageKey {
    public static let errorWord = MessageKey("BLT0801")
    public static let warningWord = MessageKey("BLT0802")
    /// Transitional: a text not yet in the catalogs.
    public static let untranslated = MessageKey("BLT0000")
}
