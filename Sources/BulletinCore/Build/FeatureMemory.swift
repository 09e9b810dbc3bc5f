/// What features keep from one build to the next in `bulletin serve` (a feature's own index,
/// say, to patch rather than make again). Clean builds have none. What a feature keeps must
/// check for itself that it still matches the site it is given: nothing here is cleared when
/// the content changes (but `dataKey`).
public final class FeatureMemory {
    private var kept: [String: AnyObject] = [:]
    /// Changes whenever site.yaml, the build options or a file of the content folder outside
    /// articles/, pages/ and media/ (the features' data) may have changed.
    var dataKey = 0

    subscript(feature: String) -> AnyObject? {
        get { kept[feature] }
        set { kept[feature] = newValue }
    }
}
