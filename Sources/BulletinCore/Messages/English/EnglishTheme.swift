extension English {
    static let theme: [MessageKey: String] = [
        .templateKeyUnknown:
            "no page offers the key '{key}' (in {tag}), so it prints nothing on every page; check the name against the theme reference (docs/theme.md)",
        .templateKeyUnknownNear:
            "no page offers the key '{key}' (in {tag}), so it prints nothing on every page; did you mean '{near}'?",
    ]
}
