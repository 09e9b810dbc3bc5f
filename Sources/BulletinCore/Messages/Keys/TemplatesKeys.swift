// The names and codes of the theme's texts: templates that do not parse, are missing or overrun. A code is never
// reused for another meaning.
extension MessageKey {
    public static let templateTagNotFinished = MessageKey("BLT0401")
    public static let templateTagEmpty = MessageKey("BLT0402")
    /// `{{<layout}}` or `{{$block}}`: Mustache inheritance, which the engine does not have.
    public static let templateInheritance = MessageKey("BLT0403")
    /// A `{{% … }}` pragma.
    public static let templateSettingsTag = MessageKey("BLT0404")
    public static let templateTagWithoutName = MessageKey("BLT0405")
    public static let templatePartialName = MessageKey("BLT0406")
    /// `{{> *name}}`.
    public static let templateDynamicPartial = MessageKey("BLT0407")
    public static let templateBadName = MessageKey("BLT0408")
    /// A name with parentheses, as in `{{uppercased(title)}}`.
    public static let templateTransform = MessageKey("BLT0409")
    public static let templateBadDelimiters = MessageKey("BLT0410")
    public static let templateTooDeep = MessageKey("BLT0411")
    public static let templateCloseWithoutOpen = MessageKey("BLT0412")
    public static let templateCloseMismatch = MessageKey("BLT0413")
    public static let templateNeverClosed = MessageKey("BLT0414")
    public static let templateFolderMissing = MessageKey("BLT0415")
    public static let templateDoesNotParse = MessageKey("BLT0416")
    public static let templateMissing = MessageKey("BLT0417")
    public static let templatePartialMissing = MessageKey("BLT0418")
    /// Rendering stopped at the renderer's budget; `via` is empty or templateOverrunVia.
    public static let templateOverrun = MessageKey("BLT0419")
    /// The page template being rendered when another template overran.
    public static let templateOverrunVia = MessageKey("BLT0420")
    public static let templateUnreadable = MessageKey("BLT0421")
}
