/// "No value" in the score views: `.empty`, which ends the lookup and renders as nothing. A nil
/// answer would make Mustache look the key up again in the enclosing contexts, where another view
/// may have the same key (a row without a change would print its table's average change).
let noValue: any TemplateValueConvertible = TemplateValue.empty

/// A score view answers with plain Swift values (strings, flags, lists of views) from `value`;
/// `child(named:)` turns them into template values.
protocol ScoreView: TemplateNode {
    func value(_ key: String) -> (any TemplateValueConvertible)?
}

extension ScoreView {
    func child(named key: String) -> TemplateValue? { value(key)?.templateValue }

    /// `has_KEY` for the score views, where empty values are `noValue`. A KEY this view does not
    /// have gives nil, so that the lookup goes on to the enclosing contexts.
    func scorePresence(_ key: String) -> TemplateValue? {
        guard key.hasPrefix("has_"), let value = child(named: String(key.dropFirst(4))) else { return nil }
        return .flag(value.hasContent)
    }
}

/// Named values for the score templates (like ValuesView, but a nil value is `noValue`).
final class ScoreValues: ScoreView {
    let values: [String: TemplateValue]

    init(_ values: [String: (any TemplateValueConvertible)?]) {
        self.values = values.mapValues { $0?.templateValue ?? .empty }
    }

    func value(_ key: String) -> (any TemplateValueConvertible)? { values[key] ?? scorePresence(key) }
}
