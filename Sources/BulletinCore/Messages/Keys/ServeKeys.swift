// The names and codes of the serve texts. A code is never reused for another meaning.
extension MessageKey {
}
