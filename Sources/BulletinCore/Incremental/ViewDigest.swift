/// A fingerprint of what templates can read from a view: every name the templates mention is
/// looked up on every view reached, recursively. Views answer only the names they are asked, so
/// this covers all a page can show of them (it over-approximates: a name is tried everywhere).
///
/// A structure deeper than `maximumDepth` makes `certain` false: the caller then treats the
/// value as changed.
struct ViewDigest {
    let names: [String]
    static let maximumDepth = 8
    private(set) var digest = Digest()
    private(set) var certain = true

    init(names: Set<String>) {
        self.names = names.sorted()
    }

    mutating func add(_ value: TemplateValue?, depth: Int = 0) {
        guard depth <= ViewDigest.maximumDepth else {
            certain = false
            return
        }
        switch value {
        case nil:
            digest.add(0)
        case .text(let text)?:
            digest.add(1)
            digest.add(text)
        case .flag(let flag)?:
            digest.add(2)
            digest.add(flag)
        case .empty?:
            digest.add(3)
        case .node(let view)?:
            digest.add(5)
            for name in names {
                guard let child = view.child(named: name) else { continue }
                digest.add(name)
                add(child, depth: depth + 1)
            }
        case .list(let items)?:
            digest.add(7)
            digest.add(items.count)
            for item in items { add(item, depth: depth + 1) }
        }
    }

    /// The fingerprint of `view` as `names` can see it; nil when it cannot be known.
    static func of(_ view: any TemplateNode, names: Set<String>) -> Int? {
        var walker = ViewDigest(names: names)
        walker.add(.node(view))
        return walker.certain ? walker.digest.finish() : nil
    }
}
