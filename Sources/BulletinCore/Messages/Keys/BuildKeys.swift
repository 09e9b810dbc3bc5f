// The names and codes of the build's texts: writing the site, the output folder, rebuilds, the kinds of page. A
// code is never reused for another meaning.
extension MessageKey {
    public static let buildStaticReplacesPage = MessageKey("BLT0701")
    public static let buildNoSuchPage = MessageKey("BLT0702")
    /// The output folder could not be opened for a reason other than a refusal (the system's reason).
    public static let buildCannotOpenOutput = MessageKey("BLT0703")
    public static let buildCannotWrite = MessageKey("BLT0704")
    /// The new site was written but could not be swapped in for the old one.
    public static let buildCannotPublish = MessageKey("BLT0705")
    public static let outputIsRoot = MessageKey("BLT0706")
    public static let outputParentMissing = MessageKey("BLT0707")
    public static let outputIsCurrentFolder = MessageKey("BLT0708")
    /// The output folder is, holds or lies in the content or templates folder.
    public static let outputOverlapsInput = MessageKey("BLT0709")
    public static let outputCannotCreate = MessageKey("BLT0710")
    public static let outputNotAFolder = MessageKey("BLT0711")
    public static let outputUnreadable = MessageKey("BLT0712")
    /// The output folder holds files and no marker that Bulletin wrote it.
    public static let outputNotBulletins = MessageKey("BLT0713")
    /// `serve`'s rebuilds write into the output folder in place: its first write.
    public static let updateCannotWriteTo = MessageKey("BLT0714")
    public static let updateCannotWrite = MessageKey("BLT0715")
    /// A rebuild stopped part way: some pages are new, the rest as before.
    public static let updateCannotWriteSome = MessageKey("BLT0716")
    public static let updateCopyGone = MessageKey("BLT0717")
    public static let updateCannotCopy = MessageKey("BLT0718")
    /// The kinds of page in the build summary (`BuildReport.pagesByKind`), see `pageKind(_:)`.
    public static let pageKindArticle = MessageKey("BLT0719")
    public static let pageKindList = MessageKey("BLT0720")
    public static let pageKindArchive = MessageKey("BLT0721")
    public static let pageKindScore = MessageKey("BLT0722")
    public static let pageKindDocument = MessageKey("BLT0723")
    public static let pageKindHome = MessageKey("BLT0724")
    public static let pageKindPage = MessageKey("BLT0725")
    public static let pageKindFeed = MessageKey("BLT0726")
    public static let pageKindSearchIndex = MessageKey("BLT0727")
    public static let pageKindDownload = MessageKey("BLT0728")
    public static let pageKindSitemap = MessageKey("BLT0729")
    public static let pageKindOtherFile = MessageKey("BLT0730")
}

extension MessageKey {
    /// The name shown for a kind of page of `BuildReport.pagesByKind` ("article"), nil for another text.
    /// A path that would leave the output folder (`..`, an absolute path): refused.
    public static let outputPathOutside = MessageKey("BLT0731")

    public static func pageKind(_ kind: String) -> MessageKey? {
        switch kind {
        case "article": return .pageKindArticle
        case "list": return .pageKindList
        case "archive": return .pageKindArchive
        case "score": return .pageKindScore
        case "document": return .pageKindDocument
        case "home": return .pageKindHome
        case "page": return .pageKindPage
        case "feed": return .pageKindFeed
        case "search index": return .pageKindSearchIndex
        case "download": return .pageKindDownload
        case "sitemap": return .pageKindSitemap
        case "other file": return .pageKindOtherFile
        default: return nil
        }
    }
}
