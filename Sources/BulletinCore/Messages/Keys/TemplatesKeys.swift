// The names and codes of the templates texts. A code is never reused for another meaning.
extension MessageKey {
}
