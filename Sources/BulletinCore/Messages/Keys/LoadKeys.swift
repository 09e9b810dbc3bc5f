// The names and codes of the load texts. A code is never reused for another meaning.
extension MessageKey {
}
