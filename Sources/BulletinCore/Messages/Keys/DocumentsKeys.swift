// The names and codes of the documents texts (content/documents/). A code is never reused for another meaning.
extension MessageKey {
    public static let documentEffectiveBeforeIssued = MessageKey("BLT0601")
    /// `file:` that is not a usable address; `reason` says why.
    public static let documentFileInvalid = MessageKey("BLT0602")
    public static let documentFileExternal = MessageKey("BLT0603")
    public static let documentFileNotMedia = MessageKey("BLT0604")
    public static let documentNotMarkdown = MessageKey("BLT0605")
    public static let documentLinkMissing = MessageKey("BLT0606")
    public static let documentSameAddress = MessageKey("BLT0607")
    public static let documentLinkUnpublished = MessageKey("BLT0608")
    public static let documentAttachmentMissing = MessageKey("BLT0609")
    /// One document type written two ways ("Quyết định", "Quyết Định").
    public static let documentTypeSpellings = MessageKey("BLT0610")
    /// Where an unknown key is: in a document's front matter.
    public static let documentFrontMatterPlace = MessageKey("BLT0611")
}
