extension DocumentsFeature {
    /// The keys of the document views (the register, a document's page, the home page's list).
    public var templateKeys: Set<String> {
        [
            "documents", "documents_url", "document", "latest_documents", "number", "title", "summary", "body", "type",
            "type_slug", "types", "slug", "issuer", "signer", "issued", "effective", "file_name", "file_format",
            "file_size", "file_url", "name", "count", "year", "years", "others", "url",
        ]
    }
}
