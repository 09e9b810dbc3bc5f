// The names and codes of the markdown texts. A code is never reused for another meaning.
extension MessageKey {
}
