import Foundation

extension Language {
    /// The `language:` of the site.yaml in `contentFolder`, read as the build reads it; nil when
    /// the file or the key is missing, or the file cannot be read.
    public static func language(ofSiteIn contentFolder: String) -> String? {
        guard let bytes = try? POSIXFiles.read(contentFolder + "/site.yaml"), case .success(let text) = SourceText.decode(bytes),
            case .success(var fields) = YAMLText.parseFields(text, file: "site.yaml", firstLine: 1)
        else { return nil }
        return fields.string("language")
    }
}
