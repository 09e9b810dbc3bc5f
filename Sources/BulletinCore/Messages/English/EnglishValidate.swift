extension English {
    static let validate: [MessageKey: String] = [
        .titleNoAddress: "the title has no letters or digits to make an address from; add a line such as  slug: thong-bao-2023",
        .articleAddressTaken:
            "two articles would have the same address {address}: this one and {other}; give one of them a different  slug:",
        .pageAddressReserved: "the address {address} is used by the generator; rename the file or add a different  slug:",
        .pageAddressTaken: "two pages would have the same address {address}: this one and {other}; rename one of them",
        .aliasReserved: "the alias {alias} is under {folder}, whose addresses the generator makes; an old address there cannot be kept",
        .aliasTaken: "the alias {alias} is already the address of {other}; remove it from these  aliases:",
        .linkToUnpublished:
            "this links to {file}, which is a draft or dated in the future and is not published; remove the link or publish that article",
        .linkMissing: "this links to {file}, which does not exist{hint}; check the file name and the ../ steps",
        .didYouMeanFile: " (did you mean {file}?)",
        .assetNotPublished: "{file} is not published: only files under media/ are copied to the site; move it there and link to {address}",
        .assetMissing: "the file {file} does not exist{hint}; check the name (letters, accents and case must match)",
        .shortcodeUnknown: "unknown shortcode '{name}'{hint}; known shortcodes: {known}",
        .shortcodesNone: "none",
        .shortcodeUnknownArgument: "the shortcode '{name}' has no argument '{argument}'{hint}; it takes {arguments}",
        .shortcodeMissingArgument: "the shortcode '{name}' needs the argument {argument}=\"…\"",
        .agencyIncomplete:
            "site.yaml has no agency {missing}: the footer of every page should show {count|it|them} (Decree 42/2022); add {count|it|them} under  agency:",
        .categoryNoAddress: "the category \"{name}\" has no letters or digits to make an address from; use a name such as Tin tức",
        .categoryHasSlash:
            "the category \"{name}\" contains '/' or '\\': categories have one level; write it with '-', such as Tin tức - Sự kiện",
        .tagNoAddress: "the tag \"{name}\" has no letters or digits to make an address from",
        .tagHasSlash: "the tag \"{name}\" contains '/' or '\\': write it with '-' or as two tags",
        .termCategory: "category",
        .termTag: "tag",
        .termCloseToAnother:
            "the {kind} '{name}' is new and close to '{other}' ({count} articles): correct it if it is a typo, or list it under  categories:  in site.yaml if it is meant",
        .termSpelledDifferently:
            "the {kind} '{name}' is written differently elsewhere ('{chosen}'); both are shown as '{chosen}'. Use one spelling",
    ]
}
