// The names and codes of the validate texts. A code is never reused for another meaning.
extension MessageKey {
    /// An article whose title gives an empty slug.
    public static let titleNoAddress = MessageKey("BLT0201")
    /// `other` is the file that has the address already.
    public static let articleAddressTaken = MessageKey("BLT0202")
    /// A page whose address is under one the generator makes (/tin-tuc/, /the/…).
    public static let pageAddressReserved = MessageKey("BLT0203")
    public static let pageAddressTaken = MessageKey("BLT0204")
    public static let aliasReserved = MessageKey("BLT0205")
    public static let aliasTaken = MessageKey("BLT0206")
    public static let linkToUnpublished = MessageKey("BLT0207")
    /// `hint` is didYouMeanFile or nothing.
    public static let linkMissing = MessageKey("BLT0208")
    /// Added after a missing file close to one that exists.
    public static let didYouMeanFile = MessageKey("BLT0209")
    /// A file of the content folder outside media/; `address` is where it would be under media/.
    public static let assetNotPublished = MessageKey("BLT0210")
    /// `hint` is didYouMeanFile or nothing.
    public static let assetMissing = MessageKey("BLT0211")
    /// `hint` is didYouMeanName or nothing; `known` a list of names, or shortcodesNone.
    public static let shortcodeUnknown = MessageKey("BLT0212")
    /// The list of known shortcodes when there is none.
    public static let shortcodesNone = MessageKey("BLT0213")
    public static let shortcodeUnknownArgument = MessageKey("BLT0214")
    public static let shortcodeMissingArgument = MessageKey("BLT0215")
    /// `missing` lists the keys of agency: not given; `count` how many.
    public static let agencyIncomplete = MessageKey("BLT0216")
    public static let categoryNoAddress = MessageKey("BLT0217")
    public static let categoryHasSlash = MessageKey("BLT0218")
    public static let tagNoAddress = MessageKey("BLT0219")
    public static let tagHasSlash = MessageKey("BLT0220")
    /// The kind of term in termCloseToAnother and termSpelledDifferently.
    public static let termCategory = MessageKey("BLT0221")
    /// The kind of term in termSpelledDifferently.
    public static let termTag = MessageKey("BLT0222")
    /// A new category one or two letters from a more used one; `kind` is termCategory.
    public static let termCloseToAnother = MessageKey("BLT0223")
    /// Names that give one address; `chosen` is the spelling used most. `kind` is termCategory or termTag.
    public static let termSpelledDifferently = MessageKey("BLT0224")
}
