// The names and codes of the load texts. A code is never reused for another meaning.
extension MessageKey {
    /// A file that cannot be read; `reason` is why (the system's words or one of the texts below).
    public static let fileUnreadable = MessageKey("BLT0101")
    /// The reason given for a folder, device or pipe where a file is expected.
    public static let fileNotRegular = MessageKey("BLT0102")
    /// The reason given for an input file over the size read at all.
    public static let fileLargerThanLimit = MessageKey("BLT0103")
    /// The system's ENOENT, as a reason.
    public static let systemNoSuchFile = MessageKey("BLT0104")
    /// The system's EACCES, as a reason.
    public static let systemPermissionDenied = MessageKey("BLT0105")
    /// The system's EPERM, as a reason.
    public static let systemNotPermitted = MessageKey("BLT0106")
    /// The system's EISDIR, as a reason.
    public static let systemIsDirectory = MessageKey("BLT0107")
    /// The system's EIO, as a reason.
    public static let systemInputOutput = MessageKey("BLT0108")
    /// A Markdown file of no bytes at all.
    public static let sourceFileEmpty = MessageKey("BLT0109")
    public static let textFileBinary = MessageKey("BLT0110")
    public static let textFileNotUTF8 = MessageKey("BLT0111")
    /// A text file over SourceText.maximumSize.
    public static let textFileTooLarge = MessageKey("BLT0112")
    /// The file does not open with a --- line.
    public static let frontMatterMissing = MessageKey("BLT0113")
    public static let frontMatterNotClosed = MessageKey("BLT0114")
    public static let yamlTooLarge = MessageKey("BLT0115")
    public static let yamlAlias = MessageKey("BLT0116")
    public static let yamlTooDeep = MessageKey("BLT0117")
    /// An error Yams gives that is none of its YAML errors.
    public static let yamlUnreadable = MessageKey("BLT0118")
    /// The YAML is a list or a single value rather than keys.
    public static let yamlNotMapping = MessageKey("BLT0119")
    /// `problem` is libyaml's, in English; `hint` is yamlSyntaxHint or nothing.
    public static let yamlInvalid = MessageKey("BLT0120")
    /// A quote or bracket opened at this place and never closed.
    public static let yamlNeverClosed = MessageKey("BLT0121")
    /// libyaml's context and problem, both in its English.
    public static let yamlLibraryProblem = MessageKey("BLT0122")
    /// Added after a YAML syntax error.
    public static let yamlSyntaxHint = MessageKey("BLT0123")
    public static let yamlDuplicateKey = MessageKey("BLT0124")
    /// libyaml could not read the characters.
    public static let yamlInvalidText = MessageKey("BLT0125")
    /// `example` is a line to write, such as  date: 2023-01-12.
    public static let keyMissing = MessageKey("BLT0126")
    public static let keyNotSingleValue = MessageKey("BLT0127")
    public static let keyEmpty = MessageKey("BLT0128")
    public static let keyTooLong = MessageKey("BLT0129")
    public static let keyNotBool = MessageKey("BLT0130")
    public static let keyNotWholeNumber = MessageKey("BLT0131")
    public static let keyOutOfRange = MessageKey("BLT0132")
    /// `part` is one of the date parts below.
    public static let keyNotRealDate = MessageKey("BLT0133")
    public static let dateMonth = MessageKey("BLT0134")
    public static let dateDay = MessageKey("BLT0135")
    public static let dateTime = MessageKey("BLT0136")
    public static let dateYear = MessageKey("BLT0137")
    public static let dateOffset = MessageKey("BLT0138")
    public static let keyNotDate = MessageKey("BLT0139")
    /// `tags: a, b`, which YAML reads as one value.
    public static let keyOneValueNotList = MessageKey("BLT0140")
    public static let keyNotList = MessageKey("BLT0141")
    public static let keyListItemNotSingle = MessageKey("BLT0142")
    /// `place` names the mapping (a file name, or one of the places below); `hint` is didYouMeanName or nothing.
    public static let keyUnknown = MessageKey("BLT0143")
    /// Added after an unknown name (a key, a shortcode, an argument) close to a known one.
    public static let didYouMeanName = MessageKey("BLT0144")
    /// The front matter of an article, where a key is unknown.
    public static let placeFrontMatter = MessageKey("BLT0145")
    public static let placePageFrontMatter = MessageKey("BLT0146")
    public static let placeMenuItem = MessageKey("BLT0147")
    public static let slugInvalid = MessageKey("BLT0148")
    /// A page's file name with no letter or digit to make its address from.
    public static let fileNameNoAddress = MessageKey("BLT0149")
    /// `reason` says what is wrong with the address.
    public static let imageInvalid = MessageKey("BLT0150")
    public static let imageNotFile = MessageKey("BLT0151")
    public static let coverImageNoAlt = MessageKey("BLT0152")
    public static let aliasInvalid = MessageKey("BLT0153")
    public static let contentFolderMissing = MessageKey("BLT0154")
    public static let siteConfigUnreadable = MessageKey("BLT0155")
    public static let baseURLOptionInvalid = MessageKey("BLT0156")
    public static let baseURLInvalid = MessageKey("BLT0157")
    public static let timeZoneUnknown = MessageKey("BLT0158")
    public static let agencyNotGroup = MessageKey("BLT0159")
    public static let menusNotGroup = MessageKey("BLT0160")
    public static let menuNotList = MessageKey("BLT0161")
    public static let menuItemNotMapping = MessageKey("BLT0162")
    public static let menuAddressInvalid = MessageKey("BLT0163")
    public static let noArticles = MessageKey("BLT0164")
    /// A Markdown file named .markdown, .mkd… under articles/ or pages/; `name` is without its extension.
    public static let strayMarkdownFile = MessageKey("BLT0165")
    /// Any other file under articles/ or pages/.
    public static let strayFile = MessageKey("BLT0166")
    public static let folderUnreadable = MessageKey("BLT0167")
    public static let symlinkBroken = MessageKey("BLT0168")
    public static let symlinkOutside = MessageKey("BLT0169")
    /// A link to a folder read already, or to one above it.
    public static let symlinkReadTwice = MessageKey("BLT0170")
    public static let notRegularFileSkipped = MessageKey("BLT0171")
    /// A number with one decimal, kept when it is 0 (10.0 MB): `whole` a number, `tenths` one digit.
    public static let numberWithTenths = MessageKey("BLT0172")
}
