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
        // On the bytes: the same search through the String's view cost some 19,000 instructions
        // a file. The pieces are cut after line breaks, so each is whole UTF-8.
        return ByteSearch.withBytes(text) { bytes -> Result<FrontMatterSplit, Problem> in
            let dashes = Array("---".utf8)
            func isDashes(_ start: Int, _ end: Int) -> Bool {
                end - start == 3 && bytes[start] == dashes[0] && bytes[start + 1] == dashes[1] && bytes[start + 2] == dashes[2]
            }
            let firstEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
            guard isDashes(0, firstEnd) else { return .failure(.missingOpening) }
            let yamlStart = min(firstEnd + 1, bytes.count)
            var index = yamlStart
            var line = 2
            while index < bytes.count {
                let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
                if isDashes(index, lineEnd) {
                    let bodyStart = min(lineEnd + 1, bytes.count)
                    return .success(
                        FrontMatterSplit(
                            yaml: KnownUTF8.string(UnsafeBufferPointer(rebasing: bytes[yamlStart..<index])), yamlFirstLine: 2,
                            body: KnownUTF8.string(UnsafeBufferPointer(rebasing: bytes[bodyStart...])), bodyFirstLine: line + 1))
                }
                line += 1
                index = min(lineEnd + 1, bytes.count)
            }
            return .failure(.notClosed)
        }
    }

    /// What is wrong with the file's front matter and how to write it, from the catalogs.
    public static func problemMessage(for problem: Problem) -> Message {
        switch problem {
        case .missingOpening: return Message(.frontMatterMissing)
        case .notClosed: return Message(.frontMatterNotClosed)
        }
    }

}
