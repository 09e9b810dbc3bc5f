import Mustache

/// A string as templates receive it. swift-mustache prints a plain String through
/// `String(describing:)` after several failed casts; a MustacheCustomRenderable is printed
/// directly, which halves the cost of every {{value}} (measured: 6.3 → 3.2 µs for ten lookups
/// per value on this machine). Escaping is unchanged: {{x}} still escapes, {{{x}}} does not.
public struct Text: MustacheCustomRenderable, MustacheTransformable, MustacheParent, Sendable {
    public let value: String

    public init(_ value: String) { self.value = value }

    public var renderText: String { value }
    public var isNull: Bool { false }

    /// The transforms swift-mustache offers on strings ({{uppercased(name)}} …).
    public func transform(_ name: String) -> Any? { value.transform(name) }

    /// A section on a value ({{#author}}Tác giả: {{author}}{{/author}}) puts the value on the
    /// context stack; every lookup inside then asks it first. Without an answer here,
    /// swift-mustache falls back to Mirror reflection, about 15,000 instructions per lookup.
    public func child(named key: String) -> Any? { nil }
}

/// A Text, or nil for a missing or empty string so that {{#key}}…{{/key}} hides it.
@inline(__always) func text(_ value: String?) -> Text? {
    guard let value, !value.isEmpty else { return nil }
    return Text(value)
}
