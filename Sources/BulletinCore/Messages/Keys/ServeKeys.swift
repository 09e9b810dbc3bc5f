// The names and codes of the serve texts. A code is never reused for another meaning.
extension MessageKey {
    /// The line `serve` prints once it listens: the address to open.
    public static let serveListening = MessageKey("BLT0901")
    public static let serveCannotListen = MessageKey("BLT0902")
    public static let servePortTaken = MessageKey("BLT0903")
    /// Warnings already shown after an earlier build, counted rather than repeated.
    public static let serveWarningsAsBefore = MessageKey("BLT0904")
    public static let serveBuilt = MessageKey("BLT0905")
    public static let serveBuiltWithOthers = MessageKey("BLT0906")
    public static let serveRebuilt = MessageKey("BLT0907")
    public static let serveFirstBuildFailed = MessageKey("BLT0908")
    public static let serveRebuildFailed = MessageKey("BLT0909")
    public static let watchCannotStart = MessageKey("BLT0910")
    public static let watchCannotWake = MessageKey("BLT0911")
    public static let watchTooManyFolders = MessageKey("BLT0912")
    /// The heading of the errors shown over a page in the browser.
    public static let overlayTitle = MessageKey("BLT0913")
    /// The button that hides the errors over a page.
    public static let overlayHide = MessageKey("BLT0914")
    /// The page served for an unknown address when the site has no 404.html.
    public static let servePageNotFound = MessageKey("BLT0915")
}
