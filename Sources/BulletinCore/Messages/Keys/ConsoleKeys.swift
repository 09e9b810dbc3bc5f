// The names and codes of what the command line says around the diagnostics: the severity words,
// the summary, `check`'s verdict, progress, `new` and `init`. A code is never reused for another meaning.
extension MessageKey {
    public static let errorWord = MessageKey("BLT0801")
    public static let warningWord = MessageKey("BLT0802")

    /// The build's summary line; `others` and `warnings` are `summaryOtherFiles`, `summaryWarnings` or empty.
    public static let summaryWrote = MessageKey("BLT0803")
    public static let summaryOtherFiles = MessageKey("BLT0804")
    public static let summaryWarnings = MessageKey("BLT0805")
    /// "pages: 7 list, 6 feed, …", by kind, the most first.
    public static let summaryPages = MessageKey("BLT0806")
    /// One kind in `summaryPages`: "7 list".
    public static let summaryPageKind = MessageKey("BLT0807")
    /// `summaryPages` when nothing was written.
    public static let summaryNoPages = MessageKey("BLT0808")
    public static let summaryWarningCount = MessageKey("BLT0809")
    public static let buildFailed = MessageKey("BLT0810")
    /// The stage a failed build or check stopped at, after its count of errors: " (load)".
    public static let stoppedAtStage = MessageKey("BLT0811")
    public static let stageLoad = MessageKey("BLT0812")
    public static let stageValidate = MessageKey("BLT0813")
    public static let stageModel = MessageKey("BLT0814")
    public static let stageRender = MessageKey("BLT0815")
    public static let stageWrite = MessageKey("BLT0816")
    public static let stageRenderAndWrite = MessageKey("BLT0817")
    /// "Left out: …": what a build left out on purpose, `leftOutDrafts` and `leftOutScheduled` joined.
    public static let leftOut = MessageKey("BLT0818")
    public static let leftOutDrafts = MessageKey("BLT0819")
    public static let leftOutScheduled = MessageKey("BLT0820")
    public static let checkPassed = MessageKey("BLT0821")
    public static let checkFailed = MessageKey("BLT0822")
    /// The progress line on a terminal: phase, bar, count.
    public static let progressLine = MessageKey("BLT0823")
    /// `--lang` with a language Bulletin does not speak.
    public static let unknownLanguage = MessageKey("BLT0824")
    /// The help line of `--lang`.
    public static let languageOptionHelp = MessageKey("BLT0825")
    public static let initNoDefaultTheme = MessageKey("BLT0826")
    public static let initNext = MessageKey("BLT0827")
    public static let initFolderExists = MessageKey("BLT0828")
    public static let initThemeNotFound = MessageKey("BLT0829")
    public static let initCannotWrite = MessageKey("BLT0830")
    /// The comment at the top of the starter site's site.yaml.
    public static let initSiteYAMLComment = MessageKey("BLT0831")
    public static let newTitleWithoutLetters = MessageKey("BLT0832")
    public static let newCategoryWithoutLetters = MessageKey("BLT0833")
    public static let newArticleExists = MessageKey("BLT0834")
    public static let newCannotWrite = MessageKey("BLT0835")
    /// Warning: another article has the same file name.
    public static let newSameFileName = MessageKey("BLT0836")
    public static let newNoContentFolder = MessageKey("BLT0837")
    /// site.yaml could not be read for `new`: the reading problem, then why it matters.
    public static let newSiteYAMLUnreadable = MessageKey("BLT0838")
    /// The summary's line on what differs from the site that was in the output folder.
    public static let summaryChanges = MessageKey("BLT0839")
    /// That line when the new site equals the one in the output folder (left untouched).
    public static let summaryUnchanged = MessageKey("BLT0840")
}
