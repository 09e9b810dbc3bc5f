import Foundation

/// A legal or administrative document (văn bản chỉ đạo điều hành) as read from
/// `documents/*.md`: the register fields Decree 42/2022 asks a portal to show, the attached
/// file under media/ and an optional Markdown note about it.
public struct DocumentSource: Sendable {
    public var file: String
    public var relativePath: String
    /// From the file name: documents/qd-52-ubnd-2023.md → "qd-52-ubnd-2023".
    public var slug: String
    /// Số, ký hiệu: "52/QĐ-UBND".
    public var number: String
    /// Loại văn bản: "Quyết định", "Kế hoạch"…
    public var type: String
    /// Cơ quan ban hành.
    public var issuer: String
    public var issued: Date
    public var effective: Date?
    public var signer: String?
    /// Trích yếu.
    public var summary: String
    /// The attached file: content-relative path ("media/van-ban/qd-52.pdf") and its address.
    public var attachment: AssetReference
    public var attachmentURL: String
    public var body: RenderedMarkdown
    public var locations: [String: SourceLocation]

    public func location(of key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    public static let knownKeys = ["number", "type", "issuer", "issued", "effective", "signer", "summary", "file"]
}

extension DocumentSource {
    /// Decodes one document file; nil (with problems) when a required key is missing or wrong.
    static func read(_ relativePath: String, reader: MarkdownFileReader) -> (DocumentSource?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        guard let parsed = reader.read(relativePath, shortcodes: false, problems: &problems) else { return (nil, problems) }
        var fields = parsed.fields
        let zone = reader.config.timeZone
        fields.rejectUnknownKeys(knownKeys, in: .message(Message(.documentFrontMatterPlace)))
        let number = fields.requiredString("number", example: "number: \"52/QĐ-UBND\"")
        let type = fields.requiredString("type", example: "type: Quyết định")
        let issuer = fields.requiredString("issuer", example: "issuer: UBND tỉnh Sơn La")
        let summary = fields.requiredString("summary", example: "summary: \"Phê duyệt Chỉ số cải cách hành chính năm 2022\"")
        let hasIssued = fields.has("issued")
        let issued = fields.date("issued", zone: zone)
        if !hasIssued { fields.missing("issued", example: "issued: 2023-01-10") }
        let effective = fields.date("effective", zone: zone)
        if let issued, let effective, effective < issued {
            fields.warning(Message(.documentEffectiveBeforeIssued), at: "effective")
        }
        let attachment = readAttachment(&fields, relativePath: relativePath, basePath: reader.config.basePath)
        let slug = MarkdownFileReader.fileNameSlug(
            relativePath, example: "qd-52-ubnd-2023.md", file: fields.file, problems: &problems)
        problems += fields.problems + parsed.body.problems
        guard let number, let type, let issuer, let summary, let issued, let attachment, !slug.isEmpty else {
            return (nil, problems)
        }
        let document = DocumentSource(
            file: fields.file, relativePath: relativePath, slug: slug, number: number, type: type, issuer: issuer,
            issued: issued, effective: effective, signer: fields.string("signer"), summary: summary,
            attachment: AssetReference(path: attachment.path, location: fields.location(of: "file")),
            attachmentURL: attachment.url, body: parsed.body,
            locations: Dictionary(uniqueKeysWithValues: fields.keys.map { ($0, fields.location(of: $0)) }))
        return (document, problems)
    }

    /// `file:` must name a file under media/ (checked for existence once media is listed).
    private static func readAttachment(
        _ fields: inout FieldReader, relativePath: String, basePath: String
    ) -> (path: String, url: String)? {
        guard let text = fields.requiredString("file", example: "file: /media/van-ban/qd-52-ubnd-2023.pdf") else { return nil }
        switch Reference.resolve(text, from: relativePath, basePath: basePath) {
        case .asset(let path, let url) where path.hasPrefix("media/"):
            return (path, url)
        case .invalid(let reason):
            fields.error(Message(.documentFileInvalid, ["reason": .message(reason.message)]), at: "file")
        case .external:
            fields.error(Message(.documentFileExternal, ["found": .text(text)]), at: "file")
        default:
            fields.error(Message(.documentFileNotMedia, ["found": .text(text)]), at: "file")
        }
        return nil
    }
}
