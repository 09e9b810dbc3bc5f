extension English {
    static let documents: [MessageKey: String] = [
        .documentEffectiveBeforeIssued:
            "'effective' is before 'issued': a document takes effect on or after the day it is issued; check both dates",
        .documentFileInvalid: "'file': {reason}",
        .documentFileExternal:
            "'file' must be a file of this site, under media/ (found \"{found}\"): readers on the intranet cannot reach other sites; copy the file into media/van-ban/",
        .documentFileNotMedia:
            "'file' must be the attached file under media/, such as  file: /media/van-ban/qd-52-ubnd-2023.pdf (found \"{found}\")",
        .documentNotMarkdown:
            "only Markdown files (.md) are read in documents/; this file is ignored (attached files go under media/van-ban/)",
        .documentLinkMissing: "this links to {file}, which does not exist; check the file name and the ../ steps",
        .documentSameAddress: "two documents would have the same address /{address}: this one and {other}; rename one of the files",
        .documentLinkUnpublished:
            "this links to {file}, which is a draft or dated in the future and is not published; remove the link or publish it",
        .documentAttachmentMissing:
            "the attached file {file} does not exist; put the file there or correct  file:  (letters, accents and case must match)",
        .documentTypeSpellings:
            "the document type '{type}' is written differently elsewhere ('{chosen}'); both are shown as '{chosen}'. Use one spelling",
        .documentFrontMatterPlace: "the front matter of a document",
    ]
}
