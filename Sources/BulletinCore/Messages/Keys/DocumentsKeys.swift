// The names and codes of the documents texts. A code is never reused for another meaning.
extension MessageKey {
}
