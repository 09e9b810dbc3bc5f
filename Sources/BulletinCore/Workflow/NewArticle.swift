import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `bulletin new "Tiêu đề"`: starts an article as a draft in `articles/YYYY/MM/<slug>.md`, dated
/// now in the site's time zone, so an editor never has to type front matter from memory.
public struct NewArticle {
    public let contentPath: String
    public let title: String
    public let category: String?
    public let now: Date
    public let io: FileIO

    public init(contentPath: String, title: String, category: String? = nil, now: Date = Date(), io: FileIO = .posix) {
        self.contentPath = contentPath
        self.title = title
        self.category = category
        self.now = now
        self.io = io
    }

    /// What `create` did: the file written (as `contentPath/articles/…`), or the problems that stopped it.
    public enum Outcome {
        case created(path: String, warnings: [Diagnostic])
        case refused([Diagnostic])
    }

    public func create() -> Outcome {
        let diagnostics = Diagnostics()
        let tree = ContentTree(root: contentPath, displayRoot: Builder.display(contentPath), io: io)
        let title = Normalization.nfc(cleaned(self.title))
        let category = self.category.map { Normalization.nfc(cleaned($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        guard let config = readConfig(tree, diagnostics) else { return .refused(diagnostics.all) }
        let slug = Slug.make(title)
        if title.isEmpty || slug.isEmpty {
            diagnostics.error(.newTitleWithoutLetters, at: nil)
        }
        if let category, Slug.make(category).isEmpty {
            diagnostics.error(.newCategoryWithoutLetters, ["category": .text(category)], at: nil)
        }
        if diagnostics.hasErrors { return .refused(diagnostics.all) }

        let date = LocalDate(now, in: config.timeZone)
        let folder = "articles/\(date.year)/\(date.month < 10 ? "0" : "")\(date.month)"
        let relative = "\(folder)/\(slug).md"
        let text = frontMatter(title: title, slug: slug, date: date, category: category, author: config.defaultAuthor)
        do {
            try makeFolders(tree.absolute(folder))
            try writeNew(tree.absolute(relative), text)
        } catch is AlreadyWritten {
            diagnostics.error(.newArticleExists, at: SourceLocation(file: tree.display(relative)))
            return .refused(diagnostics.all)
        } catch {
            diagnostics.error(.newCannotWrite, ["file": .text(tree.display(relative)), "reason": "\(error)"], at: nil)
            return .refused(diagnostics.all)
        }
        let sameName = tree.files(under: "articles", diagnostics: Diagnostics()).filter {
            $0 != relative && ($0.split(separator: "/").last.map(String.init) == slug + ".md")
        }
        var warnings: [Diagnostic] = []
        for other in sameName {
            warnings.append(
                Diagnostic(
                    .warning, .newSameFileName, ["other": .text(tree.display(other))], at: SourceLocation(file: tree.display(relative))))
        }
        return .created(path: tree.display(relative), warnings: warnings)
    }

    /// The file's text: the keys an editor fills in most, with the optional ones as comments.
    func frontMatter(title: String, slug: String, date: LocalDate, category: String?, author: String?) -> String {
        // The address is fixed now: correcting a typo in the title later does not move the
        // article from the address readers already shared.
        var lines = ["---", "title: \(NewArticle.yamlString(title))", "date: \(date.iso8601)", "slug: \(slug)"]
        lines.append(category.map { "category: \(NewArticle.yamlString($0))" } ?? "# category: \"Tin tức - Sự kiện\"")
        lines.append("# tags: [CCHC]")
        lines.append(author.map { "author: \(NewArticle.yamlString($0))" } ?? "# author: \"Phòng Văn phòng\"")
        lines += [
            "# summary: \"Một hai câu tóm tắt, hiện in đậm dưới tiêu đề\"",
            "# image: /media/anh/ten-anh.jpg",
            "# image_alt: \"Mô tả ảnh cho người không xem được ảnh\"",
            "draft: true",
            "---",
            "",
            "Viết nội dung bài viết ở đây. Khi bài đã sẵn sàng, xóa dòng  draft: true  ở trên.",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted string: the title can hold ':' or '#' that plain YAML would misread.
    /// (Control characters are left out.)
    public static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The article's file is there already: `writeNew` never replaces it.
    struct AlreadyWritten: Error {}

    private func cleaned(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    private func readConfig(_ tree: ContentTree, _ diagnostics: Diagnostics) -> SiteConfig? {
        let file = tree.display("site.yaml")
        guard io.isDirectory(tree.root) else {
            diagnostics.error(.newNoContentFolder, at: SourceLocation(file: tree.displayRoot))
            return nil
        }
        let reading = Diagnostics()
        guard let text = tree.readText("site.yaml", diagnostics: reading) else {
            // What went wrong, and why `new` needs the file.
            for problem in reading.all {
                diagnostics.error(Message(.newSiteYAMLUnreadable, ["problem": .message(problem.content)]), at: problem.location)
            }
            return nil
        }
        // Only its errors: warnings about the site are for `build` and `check`.
        let local = Diagnostics()
        let config = SiteConfig.load(text: text, file: file, diagnostics: local)
        diagnostics.add(contentsOf: local.errors)
        return local.hasErrors ? nil : config
    }

    private func makeFolders(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST { throw FileError(path: built, errno: errno) }
        }
    }

    /// Creates the file only if it does not exist (O_EXCL): an existing article is never touched.
    private func writeNew(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw AlreadyWritten() }
            throw FileError(path: path, errno: errno)
        }
        defer { close(fd) }
        try ByteSearch.withBytes(text) { try POSIXFiles.writeAll(fd, UnsafeRawBufferPointer($0), path: path) }
    }

}
