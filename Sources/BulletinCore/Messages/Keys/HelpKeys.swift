// The names and codes of the help texts. A code is never reused for another meaning.
extension MessageKey {
}
