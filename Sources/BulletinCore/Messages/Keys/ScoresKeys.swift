// The names and codes of the scores texts. A code is never reused for another meaning.
extension MessageKey {
}
