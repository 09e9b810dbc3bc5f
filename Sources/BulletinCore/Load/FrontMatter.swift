/// The split of a Markdown file into its YAML front matter and its body.
public struct FrontMatterSplit: Equatable {
    /// The YAML between the two `---` lines.
    public let yaml: String
    /// Line (1-based) of the first YAML line in the file, so YAML positions map back to the file.
    public let yamlFirstLine: Int
    public let body: String
    /// Line of the first body line in the file.
    public let bodyFirstLine: Int
}

public enum FrontMatter {
    public enum Problem: Error, Equatable {
        case missingOpening
        case notClosed
    }

    /// The file must open with a line that is exactly `---`; the front matter ends at the next
    /// line that is exactly `---`. Text is already LF-only (see SourceText).
    public static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        let utf8 = text.utf8
        guard utf8.starts(with: "---\n".utf8) || utf8.elementsEqual("---".utf8) else {
            return .failure(.missingOpening)
        }
        var index = utf8.index(utf8.startIndex, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let yamlStart = index
        var line = 2
        while index < utf8.endIndex {
            let lineEnd = utf8[index...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if utf8[index..<lineEnd].elementsEqual("---".utf8) {
                let yaml = String(text[yamlStart..<index])
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(
                    FrontMatterSplit(
                        yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]), bodyFirstLine: line + 1))
            }
            line += 1
            index = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        return .failure(.notClosed)
    }

    public static func message(for problem: Problem) -> String {
        switch problem {
        case .missingOpening:
            return
                "the file must start with front matter: a line with exactly ---, the keys (title:, date:, …), then another line with exactly ---"
        case .notClosed:
            return "the front matter is not closed: add a line with exactly --- after the last key"
        }
    }
}
