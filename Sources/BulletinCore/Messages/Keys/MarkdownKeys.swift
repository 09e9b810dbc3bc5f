// The names and codes of the markdown texts. A code is never reused for another meaning.
extension MessageKey {
    /// U+0001 in a body where raw HTML is allowed (the markers later stages fill hold it).
    public static let markdownControlCharacter = MessageKey("BLT0301")
    public static let markdownUnreadable = MessageKey("BLT0302")
    public static let markdownTooDeep = MessageKey("BLT0303")
    /// A Markdown image with nothing between its brackets.
    public static let imageWithoutAlt = MessageKey("BLT0304")
    /// What an address belongs to, in addressSchemeUnusual and addressEmpty.
    public static let addressOfImage = MessageKey("BLT0305")
    /// What an address belongs to, in addressSchemeUnusual and addressEmpty.
    public static let addressOfLink = MessageKey("BLT0306")
    /// `what` is addressOfImage or addressOfLink.
    public static let addressSchemeUnusual = MessageKey("BLT0307")
    /// `what` is addressOfImage or addressOfLink.
    public static let addressEmpty = MessageKey("BLT0308")
    public static let imageOfMarkdownFile = MessageKey("BLT0309")
    /// An image whose address is a page of the site.
    public static let imageNotAFile = MessageKey("BLT0310")
    /// javascript:, data:, file:… in an address.
    public static let addressSchemeRefused = MessageKey("BLT0311")
    /// Too many ../ steps.
    public static let addressOutsideContent = MessageKey("BLT0312")
    /// `reason` is addressSchemeRefused.
    public static let addressRemoved = MessageKey("BLT0313")
    public static let shortcodeNotOwnLine = MessageKey("BLT0314")
    /// A shortcode in a page or another file that does not render them.
    public static let shortcodeOnlyInArticles = MessageKey("BLT0315")
    /// `example` is a whole shortcode (braces cannot be written in a catalog text).
    public static let shortcodeNotClosed = MessageKey("BLT0316")
    /// `tag` is the closing tag as written, such as {{< /code-toggle >}}.
    public static let shortcodeClosingTag = MessageKey("BLT0317")
    /// `opening` is {{<.
    public static let shortcodeNoName = MessageKey("BLT0318")
    public static let shortcodeUnexpectedText = MessageKey("BLT0319")
    public static let shortcodeValueNotQuoted = MessageKey("BLT0320")
    public static let shortcodeValueNotClosed = MessageKey("BLT0321")
    public static let shortcodeArgumentTwice = MessageKey("BLT0322")
    /// Raw HTML holding an <img>, where unsafe_html is off.
    public static let rawHTMLImageKept = MessageKey("BLT0323")
    public static let rawHTMLBlockRemoved = MessageKey("BLT0324")
    /// `tag` is the start of the HTML as written.
    public static let rawHTMLInlineRemoved = MessageKey("BLT0325")
}
