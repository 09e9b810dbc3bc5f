// The names and codes of the score data texts (content/scores/, score shortcodes). A code is never reused for
// another meaning.
extension MessageKey {
    public static let scoreQuoteNeverClosed = MessageKey("BLT0501")
    public static let scoreFileEmpty = MessageKey("BLT0502")
    public static let scoreQuotesUnbalanced = MessageKey("BLT0503")
    /// A file under scores/ that is not where score files go.
    public static let scoreFileOutsideLayout = MessageKey("BLT0504")
    public static let scoreFileNotInIndexLayout = MessageKey("BLT0505")
    public static let scoreUnitsFileMissing = MessageKey("BLT0506")
    public static let scoreYearFileName = MessageKey("BLT0507")
    /// A year file in an index folder that has no index.yaml.
    public static let scoreIndexWithoutSettings = MessageKey("BLT0508")
    public static let scoreIndexFolderName = MessageKey("BLT0509")
    /// A `<year>.yaml` without its `<year>.csv`.
    public static let scoreYearSettingsWithoutData = MessageKey("BLT0510")
    public static let scoreUnitsUnknownColumn = MessageKey("BLT0511")
    /// Put after a name that is not known, when a known one is close.
    public static let scoreDidYouMean = MessageKey("BLT0512")
    public static let scoreUnitsHeader = MessageKey("BLT0513")
    public static let scoreUnitsRowTooLong = MessageKey("BLT0514")
    public static let scoreUnitIDInvalid = MessageKey("BLT0515")
    public static let scoreUnitIDTaken = MessageKey("BLT0516")
    public static let scoreUnitNeedsNameAndGroup = MessageKey("BLT0517")
    public static let scoreUnitChoice = MessageKey("BLT0518")
    public static let scoreMaxAboveZero = MessageKey("BLT0519")
    public static let scoreNotANumber = MessageKey("BLT0520")
    public static let scoreGroupsList = MessageKey("BLT0521")
    public static let scoreGroupIDInvalid = MessageKey("BLT0522")
    public static let scoreGroupNeedsName = MessageKey("BLT0523")
    /// `bands:` or `components:` that is not a list.
    public static let scoreNotAList = MessageKey("BLT0524")
    public static let scoreBandMinRange = MessageKey("BLT0525")
    public static let scoreBandTwice = MessageKey("BLT0526")
    public static let scoreBandsSameMin = MessageKey("BLT0527")
    public static let scoreComponentIDInvalid = MessageKey("BLT0528")
    public static let scoreComponentIDTwice = MessageKey("BLT0529")
    public static let scoreComponentMaxAboveZero = MessageKey("BLT0530")
    /// An item of `bands:` or `components:` that is not a group of keys.
    public static let scoreListItemNotMapping = MessageKey("BLT0531")
    public static let scoreComponentsTotal = MessageKey("BLT0532")
    public static let scoreShortcodeWithoutData = MessageKey("BLT0533")
    public static let scoreShortcodeUnknownIndex = MessageKey("BLT0534")
    public static let scoreShortcodeUnknownYear = MessageKey("BLT0535")
    /// In place of the list of an index's years, when it has none.
    public static let scoreNoYearsYet = MessageKey("BLT0536")
    public static let scoreShortcodeUnknownGroup = MessageKey("BLT0537")
    public static let scoreShortcodeEmptyGroup = MessageKey("BLT0538")
    public static let scoreRowTooLong = MessageKey("BLT0539")
    public static let scoreUnitRowTwice = MessageKey("BLT0540")
    public static let scoreColumnTwice = MessageKey("BLT0541")
    public static let scoreUnknownColumn = MessageKey("BLT0542")
    /// An unknown column in a year file of an index that has components.
    public static let scoreUnknownColumnOrComponent = MessageKey("BLT0543")
    public static let scoreNoUnitColumn = MessageKey("BLT0544")
    public static let scoreNeedsTotal = MessageKey("BLT0545")
    public static let scoreNeedsTotalOrComponents = MessageKey("BLT0546")
    public static let scoreRowWithoutUnit = MessageKey("BLT0547")
    public static let scoreUnknownUnit = MessageKey("BLT0548")
    public static let scoreNameMismatch = MessageKey("BLT0549")
    public static let scoreGroupNotInIndex = MessageKey("BLT0550")
    public static let scoreTotalMismatch = MessageKey("BLT0551")
    public static let scoreRowWithoutTotal = MessageKey("BLT0552")
    public static let scoreRowWithoutTotalOrParts = MessageKey("BLT0553")
    public static let scoreComponentsAboveMax = MessageKey("BLT0554")
    public static let scoreValueNotANumber = MessageKey("BLT0555")
    public static let scoreTotalOutOfRange = MessageKey("BLT0556")
    public static let scoreComponentOutOfRange = MessageKey("BLT0557")
    /// Units of the index's groups that a year file leaves out.
    public static let scoreUnitsWithoutRow = MessageKey("BLT0558")
    /// A year file or units.csv that is not UTF-8: `problem` is the loader's text, then how Excel saves UTF-8.
    public static let scoreCSVNotUTF8 = MessageKey("BLT0559")
    /// Where an unknown key is: in `<year>.yaml`.
    public static let scoreYearSettingsPlace = MessageKey("BLT0560")
    /// Where an unknown key is: in an item of `bands:`.
    public static let scoreBandPlace = MessageKey("BLT0561")
    /// Where an unknown key is: in an item of `components:`.
    public static let scoreComponentPlace = MessageKey("BLT0562")
}
