extension English {
    static let markdown: [MessageKey: String] = [
        .markdownControlCharacter: "the text holds an invisible control character (U+0001) here; delete it",
        .markdownUnreadable: "the Markdown could not be read",
        .markdownTooDeep:
            "the text is nested more than {maximum} levels deep (quotes, lists, emphasis or links inside one another); simplify it",
        .imageWithoutAlt: "image without alt text: describe it for readers who cannot see it, as in ![Đồng chí … phát biểu](…)",
        .addressOfImage: "image",
        .addressOfLink: "link",
        .addressSchemeUnusual:
            "the {what} address \"{address}\" starts with '{scheme}:', which is not a web, mail or phone address; check it (a path on a computer does not work on the web)",
        .addressEmpty: "the {what} has no address between ( and ); add one, or remove the brackets",
        .imageOfMarkdownFile: "an image cannot show a Markdown file ({address})",
        .imageNotAFile: "the image address \"{address}\" is not a file; point it to a file under media/",
        .addressSchemeRefused:
            "the address \"{address}\" starts with '{scheme}:', which a page may not link to; link to a web, mail or phone address (https://…, mailto:…, tel:…) or to a file of the site",
        .addressOutsideContent: "the address \"{address}\" points outside the content folder",
        .addressRemoved: "{reason}; it is removed",
        .shortcodeNotOwnLine: "a shortcode must stand on a line of its own, with an empty line before and after it",
        .shortcodeOnlyInArticles:
            "the shortcode '{name}' works only in articles (content/articles/); put it in an article and link to that article from here",
        .shortcodeNotClosed: "a shortcode must close on the same line with >}}, as in {example}",
        .shortcodeClosingTag: "{tag} closes a shortcode, and Bulletin's shortcodes have no closing tag; remove this line",
        .shortcodeNoName: "a shortcode needs a name after {opening}, such as score-table",
        .shortcodeUnexpectedText: "unexpected \"{text}\" in shortcode '{name}'; write arguments as key=\"value\"",
        .shortcodeValueNotQuoted: "the argument '{argument}' of shortcode '{name}' needs a value in double quotes: {argument}=\"…\"",
        .shortcodeValueNotClosed: "the value of '{argument}' in shortcode '{name}' has no closing double quote",
        .shortcodeArgumentTwice: "the argument '{argument}' is given twice in shortcode '{name}'",
        .rawHTMLImageKept:
            "raw HTML is not published here (unsafe_html is off): its image is kept as a Markdown image and the rest is removed; write it as ![mô tả](địa-chỉ)",
        .rawHTMLBlockRemoved:
            "raw HTML is not published here (unsafe_html is off): this block is removed; write it in Markdown, or set unsafe_html: true in site.yaml if every editor may publish HTML",
        .rawHTMLInlineRemoved: "raw HTML ({tag}) is removed from this paragraph: unsafe_html is off; write it in Markdown",
    ]
}
