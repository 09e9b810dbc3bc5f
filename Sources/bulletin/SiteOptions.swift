import ArgumentParser
import BulletinCore

/// Where the site's files are: the options `build`, `check` and `serve` share.
struct SiteOptions: ParsableArguments {
    @Option(help: .catalog(.siteContentHelp))
    var content = "content"

    @Option(help: .catalog(.siteTemplatesHelp))
    var templates = "templates"

    @Option(name: .customLong("base-url"), help: .catalog(.siteBaseURLHelp))
    var baseURL: String?
}

/// The published site `check` and `serve` compare addresses with (`build` compares with its output).
struct PublishedOptions: ParsableArguments {
    @Option(help: .catalog(.publishedHelp))
    var published = "public"
}

/// Which articles a build takes: `build` and `check` share these.
struct SelectionOptions: ParsableArguments {
    @Flag(help: .catalog(.selectionDraftsHelp))
    var drafts = false

    @Flag(help: .catalog(.selectionFutureHelp))
    var future = false

    var buildOptions: BuildOptions { BuildOptions(includeDrafts: drafts, includeFuture: future) }
}
