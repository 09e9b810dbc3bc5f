import Foundation

/// The model stage of an incremental rebuild.
extension RebuildCache {
    struct ModelSnapshot {
        var articles: [Article]
        let categories: [Term]
        let tags: [Term]
        let years: [ArchiveYear]
        let featured: [Int]
        let diagnostics: [Diagnostic]
    }

    func model(_ validated: ValidatedContent, diagnostics: Diagnostics, fresh: (Diagnostics) -> Site) -> Site {
        if let kept = modelImages, !kept.samePages(as: validated.images) {
            model = nil
            memoBasis = nil
        }
        modelImages = validated.images
        if last.validation, let changes = rebuiltPaths, let positions = validation?.position, var kept = model.take() {
            let files = Set(changes.compactMap { positions[$0].map { validated.articles[$0].source.file } })
            if !kept.diagnostics.contains(where: { $0.concerns(files) }) {
                var rebuilt: [Int] = []
                for path in changes {
                    guard let id = positions[path] else { continue }
                    let old = kept.articles[id]
                    let article = SiteBuilder.makeArticle(
                        id: id, entry: validated.articles[id], category: old.category, tags: old.tags, validated: validated)
                    article.related = old.related
                    article.others = old.others
                    kept.articles[id] = article
                    rebuilt.append(id)
                }
                diagnostics.add(contentsOf: kept.diagnostics)
                model = kept
                modelCount += 1
                rebuiltIDs = rebuilt
                (memory.modelCount, memory.rebuiltArticles) = (modelCount, rebuilt)
                last.model = true
                return site(kept, validated)
            }
        }
        if let basis = memoBasis.take() {
            pendingMemo = ModelMemo(
                previous: basis.model, linkTargets: basis.linkTargets, changed: basis.changed, count: validated.articles.count)
        }
        let found = Diagnostics()
        let site = fresh(found)
        if let memo = pendingMemo.take() { movedFrom = Array(memo.reusedFrom) }
        let problems = found.all
        diagnostics.add(contentsOf: problems)
        model =
            found.hasErrors
            ? nil
            : ModelSnapshot(
                articles: site.articles, categories: site.categories, tags: site.tags, years: site.years,
                featured: site.featured, diagnostics: problems)
        modelCount += 1
        rebuiltIDs = nil
        (memory.modelCount, memory.rebuiltArticles) = (modelCount, nil)
        return site
    }

    /// The site from the kept model; pages are few and always rebuilt.
    private func site(_ kept: ModelSnapshot, _ validated: ValidatedContent) -> Site {
        let config = validated.content.config
        return Site(
            config: config, articles: kept.articles, categories: kept.categories, tags: kept.tags, years: kept.years,
            pages: validated.pages.compactMap { SiteBuilder.makePage($0, validated: validated) }, featured: kept.featured,
            media: validated.content.media, staticFiles: validated.content.staticFiles, images: validated.images,
            buildDate: LocalDate(now, in: config.timeZone))
    }
}
