extension English {
    static let load: [MessageKey: String] = [
        .fileUnreadable: "cannot read this file: {reason}",
        .fileNotRegular: "not a regular file",
        .fileLargerThanLimit: "file is larger than {maximum} MB",
        .systemNoSuchFile: "No such file or directory",
        .systemPermissionDenied: "Permission denied",
        .systemNotPermitted: "Operation not permitted",
        .systemIsDirectory: "Is a directory",
        .systemInputOutput: "Input/output error",
        .sourceFileEmpty: "the file is empty: write front matter (title:, date:) and the text, or delete it",
        .textFileBinary: "this is a binary file, not text; save it as UTF-8 text (or move images and documents to media/)",
        .textFileNotUTF8: "the file is not valid UTF-8 text; open it in an editor and save it with the encoding UTF-8",
        .textFileTooLarge:
            "the file is {size} MB, more than the {maximum} MB a text file may have; keep only the text here (images and documents go in media/)",
        .frontMatterMissing:
            "the file must start with front matter: a line with exactly ---, the keys (title:, date:, …), then another line with exactly ---",
        .frontMatterNotClosed: "the front matter is not closed: add a line with exactly --- after the last key",
        .yamlTooLarge:
            "the YAML is {size} KB, more than the {maximum} KB allowed; keep only the keys here (the text of an article goes after the closing ---)",
        .yamlAlias:
            "YAML aliases (*name) are not supported here: write the value out in full, or put it in double quotes if the * is part of the text",
        .yamlTooDeep: "YAML nested more than {maximum} levels deep; simplify this value",
        .yamlUnreadable: "could not read YAML: {error}",
        .yamlNotMapping: "expected keys and values (key: value), one per line",
        .yamlInvalid: "invalid YAML: {problem}{hint}",
        .yamlNeverClosed: "invalid YAML: {problem}: what starts here is never closed{hint}",
        .yamlLibraryProblem: "{context}: {problem}",
        .yamlSyntaxHint:
            " (check quotes, colons and indentation; a value containing ': ' or starting with a special character needs double quotes)",
        .yamlDuplicateKey: "the key '{key}' is given twice; keep one",
        .yamlInvalidText: "invalid YAML text: {problem}",
        .keyMissing: "missing '{key}': add a line such as  {example}",
        .keyNotSingleValue: "'{key}' must be a single value, not a list or a group of keys",
        .keyEmpty: "'{key}' is empty: write a value, such as  {example}",
        .keyTooLong:
            "'{key}' is {length} characters long, more than the {maximum} allowed; shorten it (a longer text belongs in summary: or in the body)",
        .keyNotBool: "'{key}' must be true or false (found \"{found}\")",
        .keyNotWholeNumber: "'{key}' must be a whole number, such as 137 (found \"{found}\")",
        .keyOutOfRange: "'{key}' must be between {lower} and {upper} (found {found})",
        .keyNotRealDate: "'{key}' is not a real date: {part} is out of range (found \"{found}\")",
        .dateMonth: "month {month}",
        .dateDay: "day {day} of month {month}",
        .dateTime: "time",
        .dateYear: "year {year}",
        .dateOffset: "time zone offset",
        .keyNotDate: "'{key}' is not a date I can read (found \"{found}\"); write 2023-01-12, 2023-01-12T15:30:00+07:00 or 12/01/2023",
        .keyOneValueNotList:
            "'{key}' is one value, \"{value}\"; for {count} values write a list: {key}: [{items}] (or put the value in quotes to keep it whole)",
        .keyNotList: "'{key}' must be a list, such as  {key}: [CCHC, SIPAS]",
        .keyListItemNotSingle: "every item of '{key}' must be a single value",
        .keyUnknown: "unknown key '{key}' in {place}{hint}; it is ignored. Known keys: {known}",
        .didYouMeanName: " (did you mean '{name}'?)",
        .placeFrontMatter: "front matter",
        .placePageFrontMatter: "front matter of a page",
        .placeMenuItem: "a menu item",
        .slugInvalid:
            "'slug' may only hold lower-case letters a–z, digits and single '-' (at most {maximum} characters), such as  slug: {example} (found \"{found}\")",
        .fileNameNoAddress: "the file name gives an empty address; rename the file, such as {example}",
        .imageInvalid: "'image': {reason}",
        .imageNotFile: "'image' must be an image file, such as /media/anh/hoi-nghi.jpg (found \"{found}\")",
        .coverImageNoAlt:
            "the cover image has no 'image_alt': add a line such as  image_alt: \"Quang cảnh hội nghị\" for readers who cannot see it",
        .aliasInvalid:
            "the alias \"{alias}\" is not an address of this site; write the old address from its first /, such as  aliases: [/tin-tuc/hoi-nghi-cu/, /2020/05/14/hoi-nghi.html]",
        .contentFolderMissing: "the content folder does not exist; give its path with --content",
        .siteConfigUnreadable: "cannot read site.yaml ({reason}); every site needs one with at least  title:  and  base_url:",
        .baseURLOptionInvalid: "--base-url must be an http or https address with a host, such as https://host/bantin/ (found \"{found}\")",
        .baseURLInvalid:
            "'base_url' must be an http or https address with a host, such as https://host/ or https://host/bantin/ (found \"{found}\")",
        .timeZoneUnknown: "'timezone' is not a known time zone (found \"{found}\"); use Asia/Ho_Chi_Minh",
        .agencyNotGroup: "'agency' must be a group of keys (name:, address:, phone:, …)",
        .menusNotGroup: "'menus' must be a group of named lists (main:, quick_links:)",
        .menuNotList: "the menu '{name}' must be a list of items, each with a label and a url",
        .menuItemNotMapping: "each item of the menu '{name}' needs  label: …  and  url: …",
        .menuAddressInvalid:
            "the menu address \"{address}\" is neither a page of the site (/gioi-thieu/) nor a web, mail or phone address (https://…, mailto:…, tel:…)",
        .noArticles: "no articles yet: add Markdown files under articles/, such as articles/2023/01/bai-viet.md",
        .strayMarkdownFile:
            "only .md files are read in {folder}/, and this one is ignored: rename it to {name}.md, or convert the old site with  bulletin import jekyll|hugo FOLDER",
        .strayFile: "only Markdown files (.md) are read in {folder}/; this file is ignored (images and documents go under media/)",
        .folderUnreadable: "cannot read this folder: {reason}; check its permissions",
        .symlinkBroken: "broken symbolic link, skipped",
        .symlinkOutside:
            "symbolic link to {target}, outside the content folder: not followed; copy the file into the content folder instead",
        .symlinkReadTwice: "symbolic link to {target}, a folder that is already read through {folder}: not followed",
        .notRegularFileSkipped: "not a regular file, skipped",
        .numberWithTenths: "{whole}.{tenths}",
    ]
}
