/// What features keep from one build to the next in `bulletin serve` (a feature's own index,
/// say, to patch rather than make again). Clean builds have none. What a feature keeps must
/// check for itself that it still matches the site it is given: nothing here is cleared when
/// the content changes.
final class FeatureMemory {
    private var kept: [String: AnyObject] = [:]

    subscript(feature: String) -> AnyObject? {
        get { kept[feature] }
        set { kept[feature] = newValue }
    }
}
