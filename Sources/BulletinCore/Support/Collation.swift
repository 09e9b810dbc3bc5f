import Foundation

/// Vietnamese alphabetical order (An, Ân, Ấp, Bắc, …, Đà, Điện, Mai, Mộc, Mường), from ICU's
/// "vi" collation through Foundation. Byte order would put Đ after Z and toned vowels at random.
public enum VietnameseCollation {
    private static let locale = Locale(identifier: "vi")

    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        a.compare(b, options: [], range: nil, locale: locale)
    }

    public static func lessThan(_ a: String, _ b: String) -> Bool {
        let order = compare(a, b)
        return order == .orderedSame ? a < b : order == .orderedAscending
    }

    /// Sorts by a name; ties fall back to byte order so that results are stable.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        items.sorted { lessThan(name($0), name($1)) }
    }
}
