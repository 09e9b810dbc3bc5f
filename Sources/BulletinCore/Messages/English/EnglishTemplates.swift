extension English {
    static let templates: [MessageKey: String] = [
        .templateTagNotFinished: "a tag is not finished: every {open} needs a matching {close}",
        .templateTagEmpty: "the tag {tag} is empty: put a name between the braces",
        .templateInheritance: "template inheritance ({tag}) is not supported: use partials, {partial}",
        .templateSettingsTag: "{tag}: settings tags ({example}) are not supported",
        .templateTagWithoutName: "the tag {tag} has no name",
        .templatePartialName: "the partial name in {tag} may only have letters, digits, '/', '-', '_' and '.'",
        .templateDynamicPartial:
            "the partial name in {tag} may only have letters, digits, '/', '-', '_' and '.' (dynamic partials are not supported)",
        .templateBadName: "{tag}: a name may only have letters, digits, '_', '-' and '?', joined by dots",
        .templateTransform:
            "{tag}: a name may only have letters, digits, '_', '-' and '?', joined by dots (transforms such as uppercased(…) are not supported)",
        .templateBadDelimiters: "the set-delimiter tag is badly formed: write it as {example} (two delimiters, a space between)",
        .templateTooDeep:
            "{open} opens a section inside {count} others, more than a template may nest: close the sections above it (is a {close} missing?)",
        .templateCloseWithoutOpen: "{close} closes a section that was never opened: remove it or add {open} before it",
        .templateCloseMismatch: "{close} closes the section {open} opened at line {line}: close it with {fix}",
        .templateNeverClosed: "the section {open} is never closed: add {close} where it ends",
        .templateFolderMissing: "the templates folder does not exist; give its path with --templates",
        .templateDoesNotParse: "the template does not parse: {problem}",
        .templateMissing: "the theme has no template '{name}': create {name}.mustache (the default theme has one to start from)",
        .templatePartialMissing: "the partial '{partial}' used by '{template}' does not exist: create {partial}.mustache or fix the name",
        .templateOverrun:
            "rendering stopped in this template{via}: it repeats itself without end or nearly (a partial that includes itself, or sections over the same list inside each other), past {steps} million steps or {megabytes} MB for one page; the previous site is unchanged",
        .templateOverrunVia: " (rendering {page}.mustache)",
        .templateUnreadable: "cannot read this template: {reason}",
    ]
}
