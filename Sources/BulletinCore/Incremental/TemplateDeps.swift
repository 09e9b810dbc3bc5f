/// What the theme's templates can read, found from their text: for each template, a fingerprint
/// of its text, every name its tags mention and the partials it pulls in.
///
/// Mustache only ever looks up names written in a template, so a value no template names cannot
/// show on any page: a page kind depends on the site-wide values its templates name, and on
/// nothing else of them. When a template uses something this reading cannot follow (changed
/// delimiters, dynamic partials), `analysable` is false and every page counts as changed.
struct TemplateDeps {
    struct Info {
        let hash: Int
        let names: Set<String>
        let partials: [String]
        let analysable: Bool
    }

    /// The templates a set of roots reaches, with their combined fingerprint and names.
    struct Closure {
        let hash: Int
        let names: Set<String>
        let analysable: Bool

        func mentions(_ name: String) -> Bool { names.contains(name) }
    }

    let infos: [String: Info]

    init(infos: [String: Info]) {
        self.infos = infos
    }

    /// Reads every `*.mustache` file under `root`, named as TemplateSet names them.
    static func read(root: String, io: FileIO) -> TemplateDeps {
        let tree = ContentTree(root: root, displayRoot: root, io: io)
        var infos: [String: Info] = [:]
        for relative in tree.files(under: ".", diagnostics: Diagnostics()) {
            let path = relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
            guard path.hasSuffix(".mustache"), let bytes = try? io.read(tree.absolute(path)) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            infos[String(path.dropLast(".mustache".count))] = analyse(text)
        }
        return TemplateDeps(infos: infos)
    }

    func closure(_ roots: [String]) -> Closure {
        var seen = Set<String>()
        var pending = roots
        var names = Set<String>()
        var analysable = true
        while let name = pending.popLast() {
            guard seen.insert(name).inserted else { continue }
            // A missing template renders as nothing: its absence is part of the fingerprint.
            guard let info = infos[name] else { continue }
            names.formUnion(info.names)
            analysable = analysable && info.analysable
            pending += info.partials
        }
        var digest = Digest()
        for name in seen.sorted() {
            digest.add(name)
            digest.add(infos[name]?.hash)
        }
        return Closure(hash: digest.finish(), names: names, analysable: analysable)
    }

    /// The names and partials in one template's tags.
    static func analyse(_ text: String) -> Info {
        var names = Set<String>()
        var partials: [String] = []
        var analysable = true
        let bytes = Array(text.utf8)
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else {
                i += 1
                continue
            }
            var start = i + 2
            var close: [UInt8] = [UInt8(ascii: "}"), UInt8(ascii: "}")]
            if start < bytes.count, bytes[start] == UInt8(ascii: "{") {
                start += 1
                close.append(UInt8(ascii: "}"))
            }
            guard let end = find(close, in: bytes, from: start) else { break }
            var tag = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            i = end + close.count
            guard let sigil = tag.first else { continue }
            switch sigil {
            case "!", "%", "$": continue  // comments, pragmas, inheritance blocks: no lookup
            case "=":
                analysable = false  // new delimiters: the rest of the text cannot be read this way
                i = bytes.count
                continue
            case ">", "<":
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("*") { analysable = false } else { partials.append(name) }
                continue
            case "#", "^", "/", "&":
                tag = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            default: break
            }
            addNames(in: tag, to: &names)
        }
        return Info(hash: Digest.of(text), names: names, partials: partials, analysable: analysable)
    }

    /// "site.agency.name" → site, agency, name; "uppercase(title)" → uppercase, title; "has_tags" → also tags.
    private static func addNames(in tag: String, to names: inout Set<String>) {
        for part in tag.split(whereSeparator: { $0 == "." || $0 == "(" || $0 == ")" || $0 == " " || $0 == "," }) {
            let name = String(part)
            names.insert(name)
            if name.hasPrefix("has_") { names.insert(String(name.dropFirst(4))) }
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
