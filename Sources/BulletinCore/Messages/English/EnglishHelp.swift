// A discussion's paragraph is one line of the text (a `\` at the end of a source line joins it to
// the next), since ArgumentParser wraps each line by itself; examples stand on lines of their own
// so that they can be pasted.
extension English {
    static let help: [MessageKey: String] = [
        .bulletinAbstract: "Builds a department's news portal from Markdown, YAML and CSV files.",
        .siteContentHelp: "The content folder (site.yaml, articles/, pages/, documents/, media/, scores/).",
        .siteTemplatesHelp: "The theme folder (Mustache templates and assets/).",
        .siteBaseURLHelp: "Use this address instead of base_url from site.yaml.",
        .selectionDraftsHelp: "Include articles marked draft: true.",
        .selectionFutureHelp: "Include articles dated in the future.",
        .initAbstract: "Start a new site: content/ (site.yaml, one article, one page) and a copy of the default theme.",
        .initDiscussion: """
        Nothing that exists is overwritten. Then fill in content/site.yaml and preview the site \
        with bulletin serve in the new folder.

        Example:
          bulletin init ban-tin
          cd ban-tin && bulletin serve
        """,
        .initFolderHelp: "The folder to create the site in (the current one when left out).",
        .initThemeHelp: "The theme to copy (Bulletin's templates folder); found beside the program when left out.",
        .buildAbstract: "Build the site into the output folder (the previous site is replaced only when the new one is complete).",
        .buildOutputHelp: "Where to write the site.",
        .buildTimingsHelp: "Print the time each phase took.",
        .newAbstract: "Start a new article as a draft: content/articles/YYYY/MM/<slug>.md, dated now.",
        .newDiscussion: """
        The file gets the title, the date and time now in the site's time zone, the slug, \
        the category, the default author from site.yaml and draft: true. An existing file is \
        never overwritten.

        Example:
          bulletin new "Hội nghị tổng kết năm 2023" --category "Tin tức - Sự kiện"
        """,
        .newTitleHelp: "The article's title, in quotes.",
        .newCategoryHelp: "The article's category (chuyên mục), such as \"Tin tức - Sự kiện\".",
        .newContentHelp: "The content folder (site.yaml, articles/).",
        .checkAbstract: "Check the whole site as a build would (front matter, links, media, data, templates), writing nothing.",
        .checkDiscussion: "Exit status 1 when there is an error. --format json prints the problems for CI.",
        .publishedHelp:
            "The site already published (the last build's output), whose addresses this one keeps: moved and vanished addresses are reported.",
        .checkFormatHelp: "text (path:line:col: error: message) or json.",
        .serveAbstract: "Preview the site while writing: drafts and future articles included, pages reload on every save.",
        .serveDiscussion: """
        The site is built into a temporary folder (public/ is not touched) and served at \
        http://HOST:PORT/ under the path of base_url. Every change under content/ and \
        templates/ rebuilds what it affects; open pages reload by themselves, or show the \
        errors when a change breaks the build (the previous version stays served meanwhile). \
        Drafts show "Bản nháp", articles dated in the future "Hẹn giờ". Stop with Ctrl-C.
        """,
        .servePortHelp: "The port to listen on.",
        .serveHostHelp: "The address to listen on (127.0.0.1: this computer only; 0.0.0.0: the whole network).",
        .importAbstract: "Convert a Jekyll or Hugo site into Bulletin content; nothing that exists is overwritten.",
        .importDiscussion: """
        Posts become articles, pages pages, images and files media; front matter is mapped, \
        old addresses are kept as aliases (redirect pages), and links are rewritten. A report \
        lists what needs a hand: Liquid tags and shortcodes without an equivalent, addresses \
        that could not be kept.

        Example:
          bulletin import jekyll ../blog-cu --to content
        """,
        .importKindHelp: "The old site's generator: jekyll or hugo.",
        .importSourceHelp: "The old site's folder (the one with _config.yml or hugo.toml).",
        .importToHelp: "The content folder to write into.",
        .benchAbstract: "Time incremental rebuilds after one-article edits.",
        .benchContentHelp: "A generated corpus's content folder (its files are edited, then put back).",
        .benchOutputHelp: "Where to build (a folder this command owns).",
        .benchRunsHelp: "Edits of each kind.",
        .benchNoVerifyHelp: "Skip the comparison with a clean build.",
        .benchOnlyHelp: "Only these edit kinds (body, scan, title, new), comma-separated.",
    ]
}
