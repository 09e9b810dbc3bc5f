import Mustache

/// A fingerprint of what templates can read from a view: every name the templates mention is
/// looked up on every view reached, recursively. Views answer only the names they are asked, so
/// this covers all a page can show of them (it over-approximates: a name is tried everywhere).
///
/// Values it does not know how to read (a closure, an unfamiliar type, a structure deeper than
/// `maximumDepth`) make `certain` false: the caller then treats the value as changed.
struct ViewDigest {
    let names: [String]
    static let maximumDepth = 8
    private(set) var digest = Digest()
    private(set) var certain = true

    init(names: Set<String>) {
        self.names = names.sorted()
    }

    mutating func add(_ value: Any?, depth: Int = 0) {
        guard depth <= ViewDigest.maximumDepth else {
            certain = false
            return
        }
        switch value {
        case nil:
            digest.add(0)
        case let text as String:
            digest.add(1)
            digest.add(text)
        case let flag as Bool:
            digest.add(2)
            digest.add(flag)
        case let number as Int:
            digest.add(3)
            digest.add(number)
        case let number as Double:
            digest.add(4)
            digest.add(number)
        case let text as Text:
            // Before MustacheParent: Text is one too (answering no names), so its words would
            // otherwise not count and a renamed category would leave pages stale.
            digest.add(1)
            digest.add(text.value)
        case let view as MustacheParent:
            digest.add(5)
            for name in names {
                let child = view.child(named: name)
                if child == nil { continue }
                digest.add(name)
                add(child, depth: depth + 1)
            }
        case let map as [String: Any]:
            digest.add(6)
            for key in map.keys.sorted() {
                digest.add(key)
                add(map[key], depth: depth + 1)
            }
        case let list as [Any]:
            digest.add(7)
            digest.add(list.count)
            for item in list { add(item, depth: depth + 1) }
        default:
            certain = false
        }
    }

    /// The fingerprint of `value` as `names` can see it; nil when it cannot be known.
    static func of(_ value: Any?, names: Set<String>) -> Int? {
        var walker = ViewDigest(names: names)
        walker.add(value)
        return walker.certain ? walker.digest.finish() : nil
    }
}
