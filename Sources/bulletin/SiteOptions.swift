import ArgumentParser
import BulletinCore

/// Where the site's files are: the options `build`, `check` and `serve` share.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (site.yaml, articles/, pages/, documents/, media/, scores/).")
    var content = "content"

    @Option(help: "The theme folder (Mustache templates and assets/).")
    var templates = "templates"

    @Option(name: .customLong("base-url"), help: "Use this address instead of base_url from site.yaml.")
    var baseURL: String?
}

/// Which articles a build takes: `build` and `check` share these.
struct SelectionOptions: ParsableArguments {
    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(help: "Include articles dated in the future.")
    var future = false

    var buildOptions: BuildOptions { BuildOptions(includeDrafts: drafts, includeFuture: future) }
}
