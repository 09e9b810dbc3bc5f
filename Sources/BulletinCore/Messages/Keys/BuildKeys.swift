// The names and codes of the build texts. A code is never reused for another meaning.
extension MessageKey {
}
