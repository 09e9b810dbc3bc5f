// libFuzzer target: a Markdown body through MarkdownConverter (cmark, the tree walk, shortcodes,
// figures, address resolution) and the marker filling that follows, compared with cmark alone.
// The first byte picks safe or unsafe mode. In safe mode nothing the text says may become markup.
import Foundation
import FuzzChecks
import FuzzDriver

@testable import BulletinCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let mode = bytes.first else { return 0 }
    let unsafe = mode & 1 == 1
    // The text as the loader hands it over: valid UTF-8 without NUL (anything else is refused
    // before), line ends made LF, NFC.
    let repaired = Array(String(decoding: bytes.dropFirst(), as: UTF8.self).utf8).filter { $0 != 0 }
    guard case .success(let body) = SourceText.decode(repaired) else { return 0 }
    let lines = body.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let context = MarkdownContext(
        file: "content/articles/2023/01/bai.md", relativePath: "articles/2023/01/bai.md", firstLine: 5,
        basePath: "/bantin/", unsafeHTML: unsafe)
    let result = MarkdownConverter.convert(body, context: context)

    for problem in result.problems {
        let location = problem.location!
        check(location.file == context.file)
        check(location.line >= 5 && location.line <= 5 + lines, "line \(location.line) of a \(lines)-line body")
    }
    for link in result.links { check(!link.target.hasPrefix("/") && !link.target.split(separator: "/").contains("..")) }
    for asset in result.assets { check(!asset.path.hasPrefix("/") && !asset.path.split(separator: "/").contains("..")) }

    // A space: no address the text gives can hold one unescaped, so each must appear once.
    let urls = result.links.indices.map { "/bantin/link \($0)/" }
    let blocks = result.shortcodes.indices.map { "<div class=\"shortcode-\($0)\"></div>" }
    let html = LinkPlaceholders.fillShortcodes(LinkPlaceholders.fillLinks(result.html, with: urls), with: blocks)
    if !unsafe {
        let lower = html.lowercased()
        check(!lower.contains("<script"), "safe mode let a script element through")
        check(!lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"), "a script address")
        // U+0001 may be text in safe mode; a marker is it after `href="` or `<`.
        check(!html.contains("href=\"\u{1}") && !html.contains("<\u{1}shortcode"), "a marker left")
        // Each link placeholder is filled at most once (text cannot forge one); none when the link
        // sits in an image description, which is rendered as plain alt text.
        for (index, url) in urls.enumerated() {
            let uses = html.components(separatedBy: "\"\(url)\"").count - 1
            check(uses <= 1, "link \(index) filled \(uses) times")
        }
        // What text says stays text: the description "bulletin-link:0" is not replaced by an address.
        check(html.components(separatedBy: "href=\"").count == result.html.components(separatedBy: "href=\"").count)
    }
    // What the author wrote comes out as cmark renders it, apart from the documented rules:
    // where none of them applies (no address inside the site, no shortcode, no figure, no table
    // or strikethrough, no raw <img> kept), the body is cmark's to the byte, images but for their added attribute,
    // raw HTML but for GitHub's tag filter. Script and file addresses are blanked in both modes
    // (cmark keeps them in unsafe mode, and data: images).
    let sameAsCMark =
        result.links.isEmpty && result.assets.isEmpty && result.siteLinks.isEmpty && result.shortcodes.isEmpty
        && !result.problems.contains { $0.severity == .error || $0.message.contains("may not link to") }
        && !result.html.contains("<figure>") && !result.html.contains("<table>") && !result.html.contains("<del>")
        && !result.problems.contains { $0.content == RawHTML.keptMessage }
    if sameAsCMark {
        let ours = result.html.replacingOccurrences(of: "<img loading=\"lazy\" ", with: "<img ")
        var theirs = MarkdownConverter.cmarkOnly(body, unsafeHTML: unsafe)
        // cmark escapes every `<` of text: the only tags in its HTML are its own and raw HTML's.
        if unsafe { theirs = String(decoding: GitHubExtensions.filtering(Array(theirs.utf8)), as: UTF8.self) }
        check(ours == theirs, "the body differs from cmark's")
    }
    _ = TextTools.truncate(result.firstParagraph, limit: 220)
    return 0
}

/// The program's entry point (see FuzzDriver.h).
@_cdecl("FuzzMarkdown_main")
public func fuzzMarkdownMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    bulletin_fuzz_main(argc, argv) { data, size in data.map { fuzzMarkdown(UnsafeRawPointer($0), size) } ?? 0 }
}
