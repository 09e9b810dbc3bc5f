/// `{{document.…}}` and each item of `documents`, `others` and `site.latest_documents`:
/// `title` ("Quyết định số 52/QĐ-UBND"), `number`, `type`, `type_slug`, `issuer`, `issued` and
/// `effective` (dates: `numeric`, `long`, `iso`…), `year`, `signer`, `summary` (trích yếu), `url`,
/// `file_url`, `file_name`, `file_format` ("PDF"), `file_size` ("85,3 KB"), and on a document's
/// own page `body` (HTML: use {{{document.body}}}).
final class DocumentView: TemplateNode {
    init(document: Document, site: Site, typeNames: [String: String], withBody: Bool = false) {
        self.document = document
        self.site = site
        self.typeNames = typeNames
        self.withBody = withBody
    }

    let document: Document
    let site: Site
    let typeNames: [String: String]
    var withBody = false

    var title: String {
        "\(typeName) số \(document.source.number)"
    }

    private var typeName: String {
        typeNames[Slug.make(document.source.type)] ?? document.source.type
    }

    func child(named key: String) -> TemplateValue? {
        let source = document.source
        switch key {
        case "title": return .text(title)
        case "number": return .text(source.number)
        case "type": return .text(typeName)
        case "type_slug": return .text(Slug.make(source.type))
        case "issuer": return .text(source.issuer)
        case "issued": return .node(DateView(document.issued))
        case "effective": return document.effective.map { .node(DateView($0)) }
        case "year": return .text(String(document.issued.year))
        case "signer": return text(source.signer)
        case "summary": return .text(source.summary)
        case "url": return .text(site.url(document.route))
        case "file_url": return .text(source.attachmentURL)
        case "file_name": return .text(String(source.attachment.path.split(separator: "/").last ?? ""))
        case "file_format": return text(DocumentView.format(of: source.attachment.path))
        case "file_size": return text(document.fileSize.map(DocumentView.size))
        case "body": return withBody ? text(document.html) : nil
        default: return presence(key)
        }
    }

    /// "PDF", "DOCX"… from the extension.
    static func format(of path: String) -> String? {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return nil }
        let ext = name[name.index(after: dot)...]
        return ext.isEmpty ? nil : ext.uppercased()
    }

    /// "812 byte", "85,3 KB", "1,2 MB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) byte" }
        if bytes < 1024 * 1024 { return VietnameseNumber.format(Double(bytes) / 1024, decimals: 1, trimZeros: true) + " KB" }
        return VietnameseNumber.format(Double(bytes) / (1024 * 1024), decimals: 1, trimZeros: true) + " MB"
    }
}
