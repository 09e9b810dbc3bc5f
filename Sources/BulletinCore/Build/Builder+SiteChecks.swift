import Foundation

/// The checks and lists a build makes once the pages are known: the theme's keys, the files
/// copied as they are, and links to generated pages.
extension Builder {
    /// Every `{{name}}` of the theme must be a key some view offers: the core's, the features',
    /// or a menu of site.yaml (`{{site.menus.main}}`).
    func checkTemplateKeys(_ templates: TemplateSet, menus: Dictionary<String, [MenuItem]>.Keys?, diagnostics: Diagnostics) {
        var known = TemplateKeys.core
        // The standard features' keys too: a theme keeps their templates when a build runs
        // without some of them.
        for feature in features + Features.standard() { known.formUnion(feature.templateKeys) }
        known.formUnion(menus ?? [:].keys)
        TemplateKeys.check(templates, displayRoot: Builder.display(request.templatesPath), known: known, diagnostics: diagnostics)
    }

    /// Media from the content folder and the theme's assets, copied as they are.
    /// `written`: the output paths of the jobs.
    func filesToCopy(site: Site, templates: TemplateSet, written: WrittenPaths) -> [(from: String, to: String)] {
        // Photos are published from their processed files (metadata gone, copies made).
        var copies = site.media.filter { (site.images[$0]?.files.isEmpty ?? true) && !site.images.withheld.contains($0) }.map {
            (from: request.contentPath + "/" + $0, to: $0)
        }
        copies += site.images.files.map { (from: $0.from, to: $0.output) }
        let themeTree = ContentTree(root: templates.root, displayRoot: Builder.display(templates.root), io: io)
        for asset in themeTree.files(under: "assets", diagnostics: diagnostics) {
            copies.append((from: templates.root + "/" + asset, to: asset))
        }
        // static/ goes to the root as it is, but never over a file the site makes.
        if !site.staticFiles.isEmpty {
            let copied = Set(copies.map(\.to))
            for file in site.staticFiles {
                let target = String(file.dropFirst("static/".count))
                let first = String(target.split(separator: "/").first ?? "")
                if written.contains(target) || copied.contains(target) || first == "media" || first == "assets" {
                    diagnostics.error(
                        .buildStaticReplacesPage, ["target": .text(target)],
                        at: SourceLocation(file: Builder.display(request.contentPath) + "/" + file))
                    continue
                }
                copies.append((from: request.contentPath + "/" + file, to: target))
            }
        }
        return copies
    }

    /// Links to generated pages ("/chi-so/") that no page has: warnings, as the page may come later.
    /// The menus of site.yaml are checked the same way, each item at its line.
    func checkSiteLinks(site: Site, written: WrittenPaths) {
        var links = site.pages.flatMap(\.siteLinks)
        for id in site.articles.indices where !site.articles[id].siteLinks.isEmpty { links += site.articles[id].siteLinks }
        for name in site.config.menus.keys.sorted() {
            for item in site.config.menus[name] ?? [] {
                switch Reference.resolve(item.url, from: "site.yaml", basePath: site.config.basePath) {
                case .site(let path, _), .asset(let path, _): links.append(SiteLink(path: path, location: item.location))
                default: break
                }
            }
        }
        if links.isEmpty { return }
        let media = Set(site.media)
        let exists = { (path: String) in written.contains(path) || media.contains(path) }
        for link in links where !exists(Routes.outputPath(link.path)) && !exists(link.path) {
            diagnostics.warning(.buildNoSuchPage, ["path": .text(link.path)], at: link.location)
        }
    }

    /// Why the output folder could not be opened: a refusal says it all; other errors are the system's.
    static func outputProblem(_ error: Error?) -> Message {
        if let refusal = error as? OutputFolder.Refusal { return refusal.content }
        return Message(.buildCannotOpenOutput, ["reason": .text(error.map { "\($0)" } ?? "")])
    }
}
