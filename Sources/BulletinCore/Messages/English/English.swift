/// The English texts of every message, by part of the program.
public enum English {
    static let parts: [[MessageKey: String]] = [
        load, validate, markdown, templates, scores, documents, build, console, serve, help, importing, addresses, theme, images,
    ]
}
