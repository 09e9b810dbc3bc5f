// The names and codes of the import texts. A code is never reused for another meaning.
extension MessageKey {
    /// The first line of the import's report: what was written and copied.
    public static let importWrote = MessageKey("BLT1001")
    public static let importWroteWithSiteYAML = MessageKey("BLT1002")
    /// The heading of the files that still need a hand, with their count.
    public static let importNeedsHand = MessageKey("BLT1003")
    /// The heading of the files left out, with their count.
    public static let importSkipped = MessageKey("BLT1004")
    public static let importUnknownKind = MessageKey("BLT1005")
    public static let importNotAFolder = MessageKey("BLT1006")
    public static let importTagOverLines = MessageKey("BLT1007")
    public static let importLiquidValueKept = MessageKey("BLT1008")
    public static let importNoSuchPost = MessageKey("BLT1009")
    public static let importLiquidTagKept = MessageKey("BLT1010")
    public static let importNoSuchPage = MessageKey("BLT1011")
    public static let importShortcodeKept = MessageKey("BLT1012")
    public static let importAddressNotFound = MessageKey("BLT1013")
    public static let importLinkToOldSite = MessageKey("BLT1014")
    public static let importLinkToNothing = MessageKey("BLT1015")
    public static let importCoverNotCopied = MessageKey("BLT1016")
    public static let importUnknownPermalinkPart = MessageKey("BLT1017")
    public static let importAddressNotAlias = MessageKey("BLT1018")
    public static let importAddressReserved = MessageKey("BLT1019")
    /// The old site's configuration file could not be read.
    public static let importConfigUnreadable = MessageKey("BLT1020")
    public static let importHTMLPage = MessageKey("BLT1021")
    public static let importHTMLPost = MessageKey("BLT1022")
    public static let importNoDate = MessageKey("BLT1023")
    public static let importNoFrontMatter = MessageKey("BLT1024")
    public static let importHomePage = MessageKey("BLT1025")
    public static let importNotFoundPage = MessageKey("BLT1026")
    /// A Jekyll page with `published: false` or `draft: true`.
    public static let importUnpublishedPage = MessageKey("BLT1027")
    /// A Hugo `_index.md`.
    public static let importSectionList = MessageKey("BLT1028")
    /// A Hugo page with `draft: true`.
    public static let importDraftPage = MessageKey("BLT1029")
    public static let importNotUTF8 = MessageKey("BLT1030")
    public static let importFrontMatterNotClosed = MessageKey("BLT1031")
    public static let importFrontMatterUnreadable = MessageKey("BLT1032")
    public static let importJSONFrontMatterUnreadable = MessageKey("BLT1033")
    public static let importJSONFrontMatterNotClosed = MessageKey("BLT1034")
    public static let importAlreadyExists = MessageKey("BLT1035")
    public static let importCannotWrite = MessageKey("BLT1036")
    public static let importCannotCopy = MessageKey("BLT1037")
    /// A page renamed because Bulletin makes a page at its address.
    public static let importReservedSlug = MessageKey("BLT1038")
    public static let importNoBaseURL = MessageKey("BLT1039")
    /// site.yaml written from the old configuration: what to add.
    public static let importSiteYAMLWritten = MessageKey("BLT1040")
}
