// libFuzzer target: a Markdown file with front matter, through the loader as `bulletin build`
// reads it (SourceText, FrontMatter, YAMLGuard, Yams, FieldReader, ArticleSource, PageSource),
// and the same bytes as site.yaml (SiteConfig). Checks invariants on top of "no crash".
import Foundation
import FuzzChecks
import FuzzDriver

@testable import BulletinCore

let tree = ContentTree(root: "/fuzz", displayRoot: "content", io: FuzzInput.io)
let config = SiteConfig(title: "Fuzz", baseURL: "https://fuzz.example/bantin/")
let reader = MarkdownFileReader(tree: tree, config: config)

/// The input as the one file of an in-memory file system.
enum FuzzInput {
    nonisolated(unsafe) static var bytes: [UInt8] = []
    static let io = FileIO(
        read: { _ in FuzzInput.bytes }, list: { _ in [] }, realPath: { $0 }, isDirectory: { $0 == "/fuzz" })
}

/// Every message names the file, and a line inside it (or none).
func checkLocations(_ problems: [Diagnostic], file: String, lines: Int) {
    for problem in problems {
        guard let location = problem.location else { continue }
        check(location.file == file, "a message about \(location.file) for \(file)")
        check(location.line >= 0 && location.line <= lines + 1, "line \(location.line) of a \(lines)-line file")
        check(location.column >= 0)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzInput.bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    // Lines as SourceText counts them: LF, CRLF and a lone CR each end one.
    let bytes = FuzzInput.bytes
    let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes.get($0 + 1) != 0x0A) }.count

    if case .success(let text) = SourceText.decode(FuzzInput.bytes), case .success(let split) = FrontMatter.split(text) {
        // The split gives back the text: "---\n", the YAML, the closing "---", the body.
        let closed = "---\n" + split.yaml + "---"
        check(text == closed + "\n" + split.body || (split.body.isEmpty && text == closed), "the split lost text")
        check(!split.yaml.split(separator: "\n", omittingEmptySubsequences: false).contains("---"))
    }

    let articleRead = ArticleSource.read("articles/a.md", reader: reader)
    let (article, articleProblems) = (articleRead.source, articleRead.problems)
    checkLocations(articleProblems, file: "content/articles/a.md", lines: lines)
    if let article {
        check(!article.title.isEmpty && article.title.count <= MarkdownFileReader.maximumTitleLength)
        if let slug = article.slug { check(Slug.isValid(slug)) }
        check(!articleProblems.contains { $0.severity == .error && $0.message.hasPrefix("'title'") })
    }
    let pageRead = PageSource.read("pages/trang.md", reader: reader)
    let (page, pageProblems) = (pageRead.source, pageRead.problems)
    checkLocations(pageProblems, file: "content/pages/trang.md", lines: lines)
    if let page { check(Slug.isValid(page.slug)) }

    if case .success(let text) = SourceText.decode(FuzzInput.bytes) {
        let diagnostics = Diagnostics()
        let site = SiteConfig.load(text: text, file: "content/site.yaml", diagnostics: diagnostics)
        checkLocations(diagnostics.all, file: "content/site.yaml", lines: lines)
        if let site {
            check(site.basePath.hasPrefix("/") && site.basePath.hasSuffix("/") && !site.basePath.contains("/../"))
            for item in site.menus.values.flatMap({ $0 }) { check(SiteConfig.isMenuAddress(item.url)) }
        }
    }
    return 0
}

/// The program's entry point (see FuzzDriver.h).
@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    bulletin_fuzz_main(argc, argv) { data, size in data.map { fuzzFrontMatter(UnsafeRawPointer($0), size) } ?? 0 }
}

extension Array {
    func get(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
