extension English {
    static let serve: [MessageKey: String] = [
        .serveListening: "Serving {address} (drafts and future articles included). Ctrl-C stops.",
        .serveCannotListen: "cannot serve on {address} ({reason})",
        .servePortTaken: "cannot serve on {address}: the port {port} is taken; choose another, such as --port {next} ({reason})",
        .serveWarningsAsBefore: "({count} {count|warning|warnings} as before)",
        .serveBuilt: "Built {pages} pages in {milliseconds} ms.",
        .serveBuiltWithOthers: "Built {pages} pages and {others} other files in {milliseconds} ms.",
        .serveRebuilt: "Rebuilt: {count} files changed in {milliseconds} ms.",
        .serveFirstBuildFailed: "{count} {count|error|errors}: fix and save; open pages show {count|it|them}.",
        .serveRebuildFailed:
            "{count} {count|error|errors}: fix and save; open pages show {count|it|them}, and the last good version of the site is still served.",
        .watchCannotStart: "cannot watch files (inotify): {reason}",
        .watchCannotWake: "cannot watch files: {reason}",
        .watchTooManyFolders: "too many folders to watch: raise the limit with  sudo sysctl fs.inotify.max_user_watches=524288",
        .overlayTitle: "The site could not be rebuilt: {count} {count|error|errors}. Fix and save the file; the page reloads by itself.",
        .overlayHide: "Hide (keep viewing the last build)",
        .servePageNotFound: "Page not found.",
    ]
}
