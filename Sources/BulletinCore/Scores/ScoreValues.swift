import Foundation
import Mustache

/// "No value" in the score views. A nil answer makes Mustache look the key up again in the
/// enclosing contexts, where another view may have the same key (a row without a change would
/// print its table's average change). NSNull ends the lookup and renders as nothing.
let noValue: Any = NSNull()

func isShown(_ value: Any?) -> Bool {
    value is NSNull ? false : isPresent(value)
}

extension MustacheParent {
    /// `has_KEY` for the score views, where empty values are `noValue`. A KEY this view does not
    /// have gives nil, so that Mustache asks the enclosing contexts.
    func scorePresence(_ key: String) -> Any? {
        guard key.hasPrefix("has_"), let value = child(named: String(key.dropFirst(4))) else { return nil }
        return isShown(value)
    }
}

/// Named values for the score templates (like ValuesView, but a nil value is `noValue`).
struct ScoreValues: MustacheParent {
    let values: [String: Any]

    init(_ values: [String: Any?]) {
        self.values = values.mapValues { value in
            if let string = value as? String { return Text(string) }
            return value ?? noValue
        }
    }

    func child(named key: String) -> Any? { values[key] ?? scorePresence(key) }
}
