extension CorePages {
    /// A page at each old address of an article or page, sending readers on to `route`.
    static func redirectJobs(_ aliases: [String], title: String, route: String, _ r: RenderContext) -> [OutputJob] {
        // Made again on every rebuild: a few lines of text each.
        aliases.map { alias in
            OutputJob(path: Routes.outputPath(alias), reuse: .never, role: .unlisted) {
                redirect(title: title, route: route, r)
            }
        }
    }

    /// The page left at an old address of an article or page (`aliases:`): a browser goes on at once
    /// (meta refresh), a search engine takes the new address (canonical link, noindex), and a
    /// reader whose browser does not follow sees a link. Written here rather than by a theme:
    /// nobody stays on it, and it must work whatever the theme does.
    static func redirect(title: String, route: String, _ r: RenderContext) -> String {
        let site = r.site
        let target = Escape.html(site.url(route))
        let title = Escape.html(title)
        let language = Escape.html(site.config.language)
        return """
            <!doctype html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <link rel="canonical" href="\(Escape.html(site.absoluteURL(route)))">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <p>Bài viết đã chuyển đến địa chỉ mới: <a href="\(target)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}
