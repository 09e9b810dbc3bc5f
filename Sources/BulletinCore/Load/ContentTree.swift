/// Lists the files under a folder of the content tree.
///
/// Hidden files (".DS_Store", ".git") and editor leftovers ("bai.md~") are skipped. Symbolic
/// links are followed only when they stay inside the content folder: a link to /etc would
/// otherwise publish whatever it points at.
public struct ContentTree: Sendable {
    public let root: String
    /// How paths are shown in messages ("content").
    public let displayRoot: String
    let io: FileIO
    let rootRealPath: String?

    public init(root: String, displayRoot: String, io: FileIO) {
        self.root = root
        self.displayRoot = displayRoot
        self.io = io
        self.rootRealPath = io.realPath(root)
    }

    public func display(_ relativePath: String) -> String {
        displayRoot.isEmpty ? relativePath : displayRoot + "/" + relativePath
    }

    public func absolute(_ relativePath: String) -> String {
        root + "/" + relativePath
    }

    public func exists(_ relativePath: String) -> Bool {
        io.realPath(absolute(relativePath)) != nil
    }

    /// Content-relative paths of the files under `folder`, recursively, sorted.
    /// `folder` that does not exist gives an empty list. Hidden files (".htaccess") are left
    /// out unless `hidden`; Git's folder and the Finder's ".DS_Store" always are.
    public func files(under folder: String, diagnostics: Diagnostics, hidden: Bool = false) -> [String] {
        guard io.isDirectory(absolute(folder)) else { return [] }
        let folderRealPath = io.realPath(absolute(folder))
        var found: [String] = []
        var pending = [folder]
        var seen = Set<String>()
        while let directory = pending.popLast() {
            let entries: [DirectoryEntry]
            do {
                entries = try io.list(absolute(directory))
            } catch {
                diagnostics.error(.folderUnreadable, ["reason": FileError.problem(of: error)], at: SourceLocation(file: display(directory)))
                continue
            }
            for entry in entries {
                if entry.name.hasPrefix(".") && (!hidden || entry.name == ".git" || entry.name == ".DS_Store") { continue }
                if entry.name.hasSuffix("~") { continue }
                let path = directory + "/" + entry.name
                switch entry.kind {
                case .file:
                    found.append(path)
                case .directory:
                    pending.append(path)
                case .symlink:
                    guard let target = io.realPath(absolute(path)) else {
                        diagnostics.warning(.symlinkBroken, at: SourceLocation(file: display(path)))
                        continue
                    }
                    guard let rootRealPath, target == rootRealPath || target.hasPrefix(rootRealPath + "/") else {
                        diagnostics.warning(.symlinkOutside, ["target": .text(target)], at: SourceLocation(file: display(path)))
                        continue
                    }
                    if io.isDirectory(target) {
                        // A link to this folder, to a folder in it or to one above it would read
                        // the same files twice, or forever: each real folder is read once.
                        if let folderRealPath,
                            target == folderRealPath || target.hasPrefix(folderRealPath + "/")
                                || folderRealPath.hasPrefix(target + "/")
                        {
                            diagnostics.warning(
                                .symlinkReadTwice, ["target": .text(target), "folder": .text(display(folder))],
                                at: SourceLocation(file: display(path)))
                            continue
                        }
                        if seen.insert(target).inserted { pending.append(path) }
                    } else {
                        found.append(path)
                    }
                case .other:
                    diagnostics.warning(.notRegularFileSkipped, at: SourceLocation(file: display(path)))
                }
            }
        }
        return found.sorted()
    }

    /// The text of a file, decoded as every input is (UTF-8 checked, BOM and CRLF, NFC); nil
    /// after reporting why not. `unreadable` words the message for a file that cannot be read
    /// (from the reason, such as "Permission denied"); `invalidText` words the message for bytes
    /// that are not usable text.
    public func readText(
        _ relativePath: String, diagnostics: Diagnostics,
        unreadable: (MessageValue) -> Message = { Message(.fileUnreadable, ["reason": $0]) },
        invalidText: (SourceText.Problem) -> Message = SourceText.problemMessage(for:)
    ) -> String? {
        let file = display(relativePath)
        let bytes: [UInt8]
        do {
            bytes = try io.read(absolute(relativePath))
        } catch {
            diagnostics.error(unreadable(FileError.problem(of: error)), at: SourceLocation(file: file))
            return nil
        }
        switch SourceText.decode(bytes) {
        case .success(let text): return text
        case .failure(let problem):
            diagnostics.error(invalidText(problem), at: SourceText.location(of: problem, in: file))
            return nil
        }
    }

    /// Whether a path names a Markdown file (".md" in any case).
    public static func isMarkdown(_ path: String) -> Bool { isMarkdown(bytes: path.utf8) }

    /// Longer than ".md" and ending in it, in any case, on the bytes of a name (every link of
    /// every article is asked this, before its path is a String).
    static func isMarkdown<Name: BidirectionalCollection<UInt8>>(bytes name: Name) -> Bool {
        name.count > 3
            && name.suffix(3).elementsEqual(".md".utf8) { byte, wanted in
                wanted == UInt8(ascii: ".") ? byte == wanted : byte | 0x20 == wanted
            }
    }
}
