import BulletinCore
import Foundation

/// The files of an old site, walked once: relative paths, in a stable order, without the
/// generator's output and tools' folders.
struct OldSiteFiles {
    let root: URL
    let paths: [String]

    static let ignoredFolders: Set<String> = [
        ".git", "_site", "public", "resources", "node_modules", "vendor", ".jekyll-cache", ".sass-cache", ".bundle", ".github",
    ]

    init(root: URL) {
        self.root = root
        var found: [String] = []
        let manager = FileManager.default
        var stack = [""]
        while let folder = stack.popLast() {
            let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
            guard let names = try? manager.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    if !OldSiteFiles.ignoredFolders.contains(name) { stack.append(relative) }
                } else {
                    found.append(relative)
                }
            }
        }
        paths = found.sorted()
    }

    func text(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { return nil }
        return String(data: data, encoding: .utf8)?.replacingOccurrences(of: "\r\n", with: "\n")
    }

    func absolute(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A post or page read with its front matter; nil (and why, in `skipped`) when it cannot be.
    func read(_ relative: String, skipped: inout [(file: String, why: Message)]) -> ForeignFile? {
        guard let text = text(relative) else {
            skipped.append((relative, Message(.importNotUTF8)))
            return nil
        }
        switch ForeignFrontMatter.read(text) {
        case .success(let file): return file
        case .failure(let problem):
            skipped.append((relative, problem.message))
            return nil
        }
    }

    /// The file's modification date, as a date Bulletin reads (Jekyll dates drafts by it).
    func modificationDate(_ relative: String) -> String? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: absolute(relative)))?[.modificationDate] as? Date
        else { return nil }
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        format.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        format.locale = Locale(identifier: "en_US_POSIX")
        return format.string(from: date)
    }

    static func isMarkdown(_ path: String) -> Bool {
        ["md", "markdown", "mkd", "mkdn", "mdown"].contains((path as NSString).pathExtension.lowercased())
    }
}

/// `:year`, `:title`… in a permalink pattern, as Jekyll and Hugo fill them.
enum Permalink {
    static func fill(_ pattern: String, values: [String: String]) -> String {
        var out = ""
        var index = pattern.startIndex
        while index < pattern.endIndex {
            if pattern[index] == ":" {
                let nameStart = pattern.index(after: index)
                var nameEnd = nameStart
                while nameEnd < pattern.endIndex, pattern[nameEnd].isLetter || pattern[nameEnd] == "_" {
                    nameEnd = pattern.index(after: nameEnd)
                }
                let name = String(pattern[nameStart..<nameEnd])
                if let value = values[name] {
                    out += value
                    index = nameEnd
                    continue
                }
            }
            out.append(pattern[index])
            index = pattern.index(after: index)
        }
        // Empty placeholders (no categories) leave double slashes.
        while out.contains("//") { out = out.replacingOccurrences(of: "//", with: "/") }
        return out.hasPrefix("/") ? out : "/" + out
    }

    static func dateParts(_ date: String?) -> [String: String] {
        guard let date, date.count >= 10 else { return [:] }
        let year = String(date.prefix(4)), month = String(date.dropFirst(5).prefix(2)), day = String(date.dropFirst(8).prefix(2))
        return [
            "year": year, "month": month, "day": day, "short_year": String(year.suffix(2)),
            "i_month": String(Int(month) ?? 0), "i_day": String(Int(day) ?? 0),
        ]
    }
}
