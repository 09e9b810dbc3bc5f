/// What a template can print or enter. Views answer with these instead of `Any`, so the renderer
/// knows each value's kind from its case: no dynamic casts per lookup, which were most of the
/// cost of rendering through swift-mustache (see docs/performance.md, "Where the time goes").
public enum TemplateValue {
    /// Printed escaped by {{key}}, as is by {{{key}}}; a section over it renders once.
    case text(String)
    /// A section renders when true; {{key}} prints "true" or "false".
    case flag(Bool)
    /// Something with keys of its own; a section pushes it for the lookups inside.
    case node(any TemplateNode)
    /// A section renders once per item; an empty list counts as false.
    case list([TemplateValue])
    /// "This key is mine and has nothing to show": unlike a view's nil, which sends the lookup on
    /// to the enclosing contexts, it stops there (a score row without a change must not print its
    /// table's change).
    case empty

    /// A list of views.
    public static func nodes<Node: TemplateNode>(_ items: [Node]) -> TemplateValue {
        .list(items.map { .node($0) })
    }

    /// Whether a section over it renders: not for `.empty`, false, or an empty list. A text
    /// renders one even when empty, as swift-mustache did; views give nil to hide an empty one.
    var isShown: Bool {
        switch self {
        case .flag(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .empty: return false
        case .text, .node: return true
        }
    }
}

/// A view model: answers the keys templates ask for, or nil for a key it does not have (the
/// lookup then goes on to the enclosing contexts, as Mustache does).
///
/// Views are classes: a value of a class-bound protocol is one reference, copied with one
/// retain, where a struct's is a boxed existential copied through its value witnesses. Every
/// lookup copies the values on the renderer's stack, and this made the whole build 4% cheaper.
public protocol TemplateNode: AnyObject, TemplateValueConvertible {
    func child(named key: String) -> TemplateValue?
}

extension TemplateNode {
    public var templateValue: TemplateValue { .node(self) }
}

/// What can be put in a `ValuesView` as it is: strings, flags, views and lists of them. The
/// conversion is a protocol call when the view is built, not a cast at every lookup.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .flag(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension TemplateNode {
    /// `has_KEY` for any KEY of this view: true when KEY has something to show. Templates wrap a
    /// heading and its list with it ({{#has_related}}<h2>Tin liên quan</h2>…{{/has_related}}).
    func presence(_ key: String) -> TemplateValue? {
        guard key.hasPrefix("has_") else { return nil }
        let value = child(named: String(key.dropFirst(4)))
        return .flag(value?.hasContent ?? false)
    }
}

extension TemplateValue {
    /// The string of a `.text`, nil for the other kinds.
    var string: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// What `has_KEY` says: whether it would show anything (an empty text does not).
    var hasContent: Bool {
        if case .text(let text) = self { return !text.isEmpty }
        return isShown
    }
}

/// A text, or nil for a missing or empty string so that {{#key}}…{{/key}} hides it.
@inline(__always) func text(_ value: String?) -> TemplateValue? {
    guard let value, !value.isEmpty else { return nil }
    return .text(value)
}

@inline(__always) func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
}

/// A context made of named values, for the top of a page's template. Missing keys go on to the
/// enclosing contexts; nil values are left out.
///
/// The values are kept in two arrays and found by comparing names: such a view has a handful of
/// keys and every page makes two, and building a dictionary (hashing each name) cost more than
/// all the lookups made in it.
final class ValuesView: TemplateNode {
    private let keys: [String]
    private let items: [TemplateValue]

    /// `values`, with the non-nil values of `overriding` in the place of any key they share:
    /// `value(_:)` takes the first match, and those pairs go first.
    init(
        _ values: [String: (any TemplateValueConvertible)?],
        overriding: KeyValuePairs<String, (any TemplateValueConvertible)?> = [:]
    ) {
        var keys: [String] = [], items: [TemplateValue] = []
        keys.reserveCapacity(values.count + overriding.count)
        items.reserveCapacity(values.count + overriding.count)
        func add(_ key: String, _ value: (any TemplateValueConvertible)?) {
            guard let value else { return }
            keys.append(key)
            items.append(value.templateValue)
        }
        for (key, value) in overriding { add(key, value) }
        for (key, value) in values { add(key, value) }
        self.keys = keys
        self.items = items
    }

    /// A view of the pairs as written (no key twice).
    convenience init(pairs: KeyValuePairs<String, (any TemplateValueConvertible)?>) {
        self.init([:], overriding: pairs)
    }

    init(values: [String: TemplateValue]) {
        self.keys = Array(values.keys)
        self.items = Array(values.values)
    }

    /// The value named `key`, without the has_KEY answer `child(named:)` adds.
    func value(_ key: String) -> TemplateValue? {
        for i in keys.indices where keys[i] == key { return items[i] }
        return nil
    }

    func child(named key: String) -> TemplateValue? { value(key) ?? presence(key) }
}

/// Looks a key up in `first`, then in `then`: a card's own keys at top level, with `site` and
/// `article` also reachable, so card templates can say either {{title}} or {{article.title}}.
final class ChainedView: TemplateNode {
    let first: any TemplateNode
    let then: any TemplateNode

    init(first: any TemplateNode, then: any TemplateNode) {
        self.first = first
        self.then = then
    }

    func child(named key: String) -> TemplateValue? { first.child(named: key) ?? then.child(named: key) }
}
