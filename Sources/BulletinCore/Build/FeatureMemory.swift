import Foundation

/// What features keep from one build to the next in `bulletin serve` (a feature's own index,
/// say, to patch rather than make again). Clean builds have none. What a feature keeps must
/// check for itself that it still matches the site it is given: nothing here is cleared when
/// the content changes (but `dataKey`). Features may use it from any thread (the search index
/// is prepared while the render context is made).
public final class FeatureMemory: @unchecked Sendable {
    private let kept = LockedTable<AnyObject>()
    /// Changes whenever site.yaml, the build options or a file of the content folder outside
    /// articles/, pages/ and media/ (the features' data) may have changed.
    var dataKey = 0
    /// Counts the site models made; with `rebuiltArticles`, tells a feature whether what it
    /// kept was made from the model just before this one.
    var modelCount = 0
    /// When this build's model was made from the last one (an edit that kept the site's
    /// structure): the ids of the articles made again, the only ones whose values changed.
    /// nil when the model was made in full.
    var rebuiltArticles: [Int]?

    subscript(feature: String) -> AnyObject? {
        get { kept[feature] }
        set { kept[feature] = newValue }
    }

    /// `make`'s value, kept under `name` and made again only when `key` differs from the one it
    /// was made under. The messages it gave are reported again when it is reused, so a kept
    /// result says what a fresh one would.
    func remember<Value>(_ name: String, key: Int, diagnostics: Diagnostics, make: (Diagnostics) -> Value) -> Value {
        if let kept = self[name] as? Remembered<Value>, kept.key == key {
            diagnostics.add(contentsOf: kept.diagnostics)
            return kept.value
        }
        let found = Diagnostics()
        let value = make(found)
        let messages = found.all
        diagnostics.add(contentsOf: messages)
        self[name] = Remembered(key: key, value: value, diagnostics: messages)
        return value
    }
}

/// A value `FeatureMemory.remember` keeps, with its key and the messages it came with.
private final class Remembered<Value> {
    let key: Int
    let value: Value
    let diagnostics: [Diagnostic]

    init(key: Int, value: Value, diagnostics: [Diagnostic]) {
        self.key = key
        self.value = value
        self.diagnostics = diagnostics
    }
}
