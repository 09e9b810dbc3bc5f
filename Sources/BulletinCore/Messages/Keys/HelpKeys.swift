// The names and codes of the help texts: what `--help` says about each command, option and
// argument. A code is never reused for another meaning.
extension MessageKey {
    public static let bulletinAbstract = MessageKey("BLT1101")
    /// `--content` of build, check and serve.
    public static let siteContentHelp = MessageKey("BLT1102")
    public static let siteTemplatesHelp = MessageKey("BLT1103")
    public static let siteBaseURLHelp = MessageKey("BLT1104")
    public static let selectionDraftsHelp = MessageKey("BLT1105")
    public static let selectionFutureHelp = MessageKey("BLT1106")
    public static let initAbstract = MessageKey("BLT1107")
    public static let initDiscussion = MessageKey("BLT1108")
    public static let initFolderHelp = MessageKey("BLT1109")
    public static let initThemeHelp = MessageKey("BLT1110")
    public static let buildAbstract = MessageKey("BLT1111")
    public static let buildOutputHelp = MessageKey("BLT1112")
    public static let buildTimingsHelp = MessageKey("BLT1113")
    public static let newAbstract = MessageKey("BLT1114")
    public static let newDiscussion = MessageKey("BLT1115")
    public static let newTitleHelp = MessageKey("BLT1116")
    public static let newCategoryHelp = MessageKey("BLT1117")
    /// `new --content`, which reads only site.yaml and articles/.
    public static let newContentHelp = MessageKey("BLT1118")
    public static let checkAbstract = MessageKey("BLT1119")
    public static let checkDiscussion = MessageKey("BLT1120")
    public static let checkFormatHelp = MessageKey("BLT1121")
    public static let serveAbstract = MessageKey("BLT1122")
    public static let serveDiscussion = MessageKey("BLT1123")
    public static let servePortHelp = MessageKey("BLT1124")
    public static let serveHostHelp = MessageKey("BLT1125")
    public static let importAbstract = MessageKey("BLT1126")
    public static let importDiscussion = MessageKey("BLT1127")
    /// `import`'s first argument: jekyll or hugo.
    public static let importKindHelp = MessageKey("BLT1128")
    public static let importSourceHelp = MessageKey("BLT1129")
    public static let importToHelp = MessageKey("BLT1130")
    /// The hidden `bench-incremental`, for developers.
    public static let benchAbstract = MessageKey("BLT1131")
    public static let benchContentHelp = MessageKey("BLT1132")
    public static let benchOutputHelp = MessageKey("BLT1133")
    public static let benchRunsHelp = MessageKey("BLT1134")
    public static let benchNoVerifyHelp = MessageKey("BLT1135")
    public static let benchOnlyHelp = MessageKey("BLT1136")
}
