// libFuzzer target: slugs and addresses, the two places a name written by an editor becomes a
// path. Slug.make must give a valid slug (or nothing), stably; Reference.resolve must never give
// a path above the content folder or an address outside the base path.
import Foundation
import FuzzChecks
import FuzzDriver

@testable import BulletinCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSlugs(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)

    let slug = Slug.make(text)
    check(slug.isEmpty || Slug.isValid(slug), "Slug.make gave an invalid slug: \(slug)")
    check(Slug.make(slug) == slug, "Slug.make is not stable on its own output")
    check(Slug.make(Normalization.nfc(text)) == Slug.make(text.decomposedStringWithCanonicalMapping))
    if Slug.isValid(text) { check(Slug.make(text) == text) }

    for from in ["articles/2023/01/bai.md", "pages/trang.md"] {
        switch Reference.resolve(text, from: from, basePath: "/bantin/") {
        case .content(let path, _):
            check(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."))
        case .asset(let path, let url), .site(let path, let url):
            check(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."))
            // The path must stay under the base path (a fragment may say anything: it never navigates).
            let urlPath = url.prefix { $0 != "?" && $0 != "#" }
            check(urlPath.hasPrefix("/bantin/") && !urlPath.split(separator: "/").contains(".."), "\(url)")
            // Only URL characters: nothing that could end an attribute or start a tag.
            check(url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !"\"'<>\\`".utf8.contains($0) }, "\(url)")
        case .external(let url):
            let scheme = Reference.scheme(of: url).map { $0.lowercased() }
            // Never a scheme that runs script or reads local files: those are refused.
            check(url.hasPrefix("//") || (scheme.map { !Reference.refusedSchemes.contains($0) } ?? false))
        case .fragment, .empty, .invalid, .refused:
            break
        }
    }
    _ = Escape.urlPath(text)
    let json = Escape.json(text)
    check(!json.contains("<") && !json.contains(">") && !json.contains("&"))
    // The literal is valid JSON and gives the text back.
    let decoded = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
    check(decoded == text, "Escape.json does not round-trip: \(json)")
    let xml = Escape.xml(text)
    check(!xml.contains("<") && !xml.utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
    return 0
}

/// The program's entry point (see FuzzDriver.h).
@_cdecl("FuzzSlugs_main")
public func fuzzSlugsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    bulletin_fuzz_main(argc, argv) { data, size in data.map { fuzzSlugs(UnsafeRawPointer($0), size) } ?? 0 }
}
