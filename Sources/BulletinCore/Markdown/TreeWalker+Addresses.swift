import CMark
import Foundation

/// Link and image addresses, resolved on their nodes.
extension TreeWalker {
    /// Schemes that need no second look. Any other is kept, with a warning: it is legal
    /// CommonMark, but on a department's site it is more often a mistake ("C:\…", "htps:").
    static let usualSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp", "sms", "zalo"]

    /// Resolves a link or image address and records what must exist.
    /// Returns the content-relative path of a file of the site's own (images are resized).
    @discardableResult
    mutating func rewriteAddress(of node: OpaquePointer, isImage: Bool) -> String? {
        guard let raw = cmark_node_get_url(node).map({ String(cString: $0) }) else { return nil }
        let what = MessageValue.message(Message(isImage ? .addressOfImage : .addressOfLink))
        switch Reference.resolve(raw, from: context.relativePath, basePath: context.basePath) {
        case .fragment:
            break
        case .external(let address):
            if let scheme = Reference.scheme(of: address), !TreeWalker.usualSchemes.contains(scheme.lowercased()) {
                problem(
                    .warning, Message(.addressSchemeUnusual, ["what": what, "address": .text(raw), "scheme": .text(String(scheme))]),
                    at: node)
            }
        case .empty:
            // Legal CommonMark ("[text]()"), published as cmark writes it: a link to this page.
            problem(.warning, Message(.addressEmpty, ["what": what]), at: node)
        case .content(let path, let suffix):
            if isImage {
                problem(.error, Message(.imageOfMarkdownFile, ["address": .text(raw)]), at: node)
                return nil
            }
            result.links.append(ContentLink(target: path, suffix: suffix, location: location(of: node)))
            edits.contentLinks.append((node, result.links.count - 1))
        case .asset(let path, let url):
            result.assets.append(AssetReference(path: path, location: location(of: node)))
            cmark_node_set_url(node, url)
            return path
        case .site(let path, let url):
            if isImage {
                problem(.error, Message(.imageNotAFile, ["address": .text(raw)]), at: node)
                return nil
            }
            result.siteLinks.append(SiteLink(path: path, location: location(of: node)))
            cmark_node_set_url(node, url)
        case .invalid(let reason):
            problem(.error, reason.message, at: node)
        case .refused(let reason):
            // cmark's safe mode blanks these too; here also with unsafe_html, and with a word.
            problem(.warning, Message(.addressRemoved, ["reason": .message(reason.message)]), at: node)
            cmark_node_set_url(node, "")
        }
        return nil
    }
}
