// The names and codes of the validate texts. A code is never reused for another meaning.
extension MessageKey {
}
