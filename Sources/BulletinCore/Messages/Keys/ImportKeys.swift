// The names and codes of the import texts. A code is never reused for another meaning.
extension MessageKey {
}
