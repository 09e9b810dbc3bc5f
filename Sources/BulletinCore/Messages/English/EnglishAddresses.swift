extension English {
    static let addresses: [MessageKey: String] = [
        .addressMoved:
            "the address of this page was {old} in the published site and is now {new} (a changed title or slug); a page at {old} sends readers on. To keep the old address instead, write  slug: {slug}  in the front matter",
        .addressGone:
            "the address {address} of the published site has no page any more (the file was deleted, renamed, or made a draft or dated later); links shared to it will show \"page not found\". To send readers elsewhere, list {address} under aliases: of another article",
        .addressManifestUnreadable:
            "{file} cannot be read, so moved and removed addresses are not checked in this build; it is written again at the end",
        .foreignOutputFile:
            "{name} in the output folder was not made by Bulletin and goes when this build replaces the folder; keep such files (.htaccess, verification files, favicon.ico) in content/static/, which is copied to the output every time",
    ]
}
