import BulletinCore
import Foundation
import TOMLKit
import Yams

/// The front matter of a Jekyll or Hugo file as plain values: strings, numbers, booleans, lists
/// and mappings. Dates stay the text they were written as (`DateText` reads them), since YAML's
/// own reading would put a time without a zone in UTC, where Jekyll and Hugo mean the site's.
struct ForeignFile {
    var fields: [String: Any]
    var body: String
    /// Line of the file where the body starts.
    var bodyLine: Int
}

enum ForeignFrontMatter {
    /// Splits and reads `---` YAML, `+++` TOML or `{ … }` JSON front matter; a file without any
    /// has no fields. The error says what could not be read.
    static func read(_ text: String) -> Result<ForeignFile, ImportProblem> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            return .success(ForeignFile(fields: [:], body: text, bodyLine: 1))
        }
        let fence: String
        switch first {
        case "---": fence = "---"
        case "+++": fence = "+++"
        case "{": return readJSON(text)
        default: return .success(ForeignFile(fields: [:], body: text, bodyLine: 1))
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == fence }) else {
            return .failure(ImportProblem(.importFrontMatterNotClosed, ["fence": .text(fence)]))
        }
        let header = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        do {
            let fields = fence == "---" ? try yaml(header) : try toml(header)
            return .success(ForeignFile(fields: fields, body: body, bodyLine: end + 2))
        } catch {
            return .failure(ImportProblem(.importFrontMatterUnreadable, ["reason": "\(error)"]))
        }
    }

    static func yaml(_ text: String) throws -> [String: Any] {
        let value = try Yams.load(yaml: text, Resolver.default.removing(.timestamp))
        return (value as? [String: Any]) ?? [:]
    }

    static func toml(_ text: String) throws -> [String: Any] {
        plain(try TOMLTable(string: text)) as? [String: Any] ?? [:]
    }

    /// Hugo's JSON front matter: an object at the top of the file, then the body.
    private static func readJSON(_ text: String) -> Result<ForeignFile, ImportProblem> {
        var depth = 0, inString = false, escaped = false
        for (offset, byte) in text.utf8.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            if byte == 0x22 { inString = true }
            if byte == 0x7B { depth += 1 }
            if byte == 0x7D {
                depth -= 1
                if depth == 0 {
                    let head = Data(text.utf8.prefix(offset + 1))
                    let rest = String(decoding: text.utf8.dropFirst(offset + 1), as: UTF8.self)
                    guard let fields = try? JSONSerialization.jsonObject(with: head) as? [String: Any] else {
                        return .failure(ImportProblem(.importJSONFrontMatterUnreadable))
                    }
                    let line = text.utf8.prefix(offset + 1).filter { $0 == 0x0A }.count + 2
                    return .success(
                        ForeignFile(fields: fields, body: rest.hasPrefix("\n") ? String(rest.dropFirst()) : rest, bodyLine: line))
                }
            }
        }
        return .failure(ImportProblem(.importJSONFrontMatterNotClosed))
    }

    /// TOML values as plain ones; dates and times as the text TOML writes.
    private static func plain(_ value: TOMLValueConvertible) -> Any {
        if let table = value.table {
            var out: [String: Any] = [:]
            for (key, item) in table { out[key] = plain(item) }
            return out
        }
        if let array = value.array { return array.map { plain($0) } }
        if let string = value.string { return string }
        if let bool = value.bool { return bool }
        if let int = value.int { return int }
        if let double = value.double { return double }
        if let date = value.date { return String(format: "%04d-%02d-%02d", date.year, date.month, date.day) }
        if let dateTime = value.dateTime {
            let d = dateTime.date, t = dateTime.time
            var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day, t.hour, t.minute, t.second)
            if let offset = dateTime.offset?.offset {
                text += String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
            }
            return text
        }
        return value.debugDescription
    }
}

/// Reading values of foreign front matter the ways Jekyll and Hugo allow them.
extension Dictionary where Key == String, Value == Any {
    /// The first of `keys` with a text value (numbers as text too).
    func text(_ keys: String...) -> String? {
        for key in keys {
            switch self[key] {
            case let string as String where !string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
                return string.trimmingCharacters(in: .whitespacesAndNewlines)
            case let number as Int: return String(number)
            case let number as Double: return String(number)
            default: continue
            }
        }
        return nil
    }

    /// A list under `key`: a YAML or TOML list, or one string (split at spaces when `words`, as
    /// Jekyll reads `tags: a b`; at commas otherwise).
    func list(_ key: String, words: Bool = false) -> [String] {
        switch self[key] {
        case let items as [Any]:
            return items.compactMap { ($0 as? String) ?? ($0 as? Int).map(String.init) }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case let string as String:
            let parts = words ? string.split(whereSeparator: \.isWhitespace) : string.split(separator: ",")
            return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default:
            return []
        }
    }

    func flag(_ key: String) -> Bool? {
        switch self[key] {
        case let bool as Bool: return bool
        case let string as String:
            return ["true", "yes"].contains(string.lowercased()) ? true : (["false", "no"].contains(string.lowercased()) ? false : nil)
        default: return nil
        }
    }

    func mapping(_ key: String) -> [String: Any]? { self[key] as? [String: Any] }
}

/// Something about one file that the import could not do, said to the person importing.
struct ImportProblem: Error, CustomStringConvertible {
    let message: Message
    var description: String { message.text(in: .english) }
    init(_ key: MessageKey, _ values: [String: MessageValue] = [:]) { message = Message(key, values) }
}
