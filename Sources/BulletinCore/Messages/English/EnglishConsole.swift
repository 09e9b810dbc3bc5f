extension English {
    static let console: [MessageKey: String] = [
        .errorWord: "error",
        .warningWord: "warning",
        .summaryWrote: "Wrote {pages} pages{others}, copied {files} files to {output} in {seconds} s{warnings}.",
        .summaryOtherFiles: " and {count} other files (feeds, search index, downloads)",
        .summaryWarnings: ", {count} {count|warning|warnings}",
        .summaryPages: "pages: {kinds}",
        .summaryPageKind: "{count} {kind}",
        .summaryNoPages: "none",
        .summaryWarningCount: "warnings: {count}",
        .summaryChanges: "since the last build: {changed} {changed|file|files} changed, {removed} removed",
        .summaryUnchanged: "since the last build: nothing changed, {output} left as it was",
        .buildFailed: "{errors} {errors|error|errors} found{stage}; nothing was written and the previous site is unchanged.",
        .stoppedAtStage: " ({stage})",
        .stageLoad: "load",
        .stageValidate: "validate",
        .stageModel: "model",
        .stageRender: "render",
        .stageWrite: "write",
        .stageRenderAndWrite: "render and write",
        .leftOut: "Left out: {parts}.",
        .leftOutDrafts: "{count} {count|draft|drafts} (--drafts includes them)",
        .leftOutScheduled: "{count} {count|article|articles} dated later (the next on {date} {time}; --future includes them)",
        .checkPassed:
            "No errors ({warnings} {warnings|warning|warnings}); {pages} pages and {others} other files would be written. Nothing was written.",
        .checkFailed: "{errors} {errors|error|errors} found{stage}, {warnings} {warnings|warning|warnings}. Nothing was written.",
        .progressLine: "{phase}  [{bar}]  {done}/{total} pages",
        .unknownLanguage: "--lang {value} is not a language Bulletin speaks; write --lang vi (Vietnamese) or --lang en (English)",
        .languageOptionHelp:
            "The language of messages: vi or en (otherwise BULLETIN_LANG, then site.yaml's language:, then the system's; Vietnamese when none says).",
        .initNoDefaultTheme: "the default theme was not found beside the program; give its folder with --theme PATH",
        .initNext: "Next: fill in {folder}/content/site.yaml, then  cd {folder} && bulletin serve",
        .initFolderExists: "{folder}/ already exists here; nothing was changed. Choose an empty folder: bulletin init ten-thu-muc",
        .initThemeNotFound: "the default theme was not found at {theme}; give its folder with --theme (the templates folder of Bulletin)",
        .initCannotWrite: "cannot write the starter site: {reason}",
        .initSiteYAMLComment: """
        # The site's settings (docs/writing.md lists every key). Fill in the agency's details:
        # the footer of every page shows them, as Decree 42/2022 asks.
        """,
        .newTitleWithoutLetters:
            "the title needs letters or digits to make the file name from, such as  bulletin new \"Hội nghị tổng kết năm 2023\"",
        .newCategoryWithoutLetters: "the category \"{category}\" has no letters or digits; use a name such as \"Tin tức\"",
        .newArticleExists: "this article already exists; nothing was changed. Edit it, or choose a different title",
        .newCannotWrite: "cannot write {file}: {reason}",
        .newSameFileName:
            "{other} has the same file name; if it has the same title, the two would share an address: give one of them a  slug:",
        .newNoContentFolder: "the content folder does not exist; run this in the site's folder or give --content",
        .newSiteYAMLUnreadable: "{problem} (the article's date and author come from site.yaml)",
    ]
}
