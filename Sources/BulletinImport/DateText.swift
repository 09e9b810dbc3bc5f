import Foundation

/// Dates as Jekyll and Hugo write them ("2020-05-14", "2020-05-14 10:00:00 +0700",
/// "2020-05-14T10:00:00+07:00"), written the way Bulletin reads them: a day alone, or a time with
/// its zone (the site's when none was given).
enum DateText {
    static func normalized(_ text: String, zone: String = "+07:00") -> String? {
        let pattern =
            #"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
        guard let year = group(1), let month = group(2).flatMap({ Int($0) }), let day = group(3).flatMap({ Int($0) }),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let date = String(format: "%@-%02d-%02d", year, month, day)
        guard let hour = group(4).flatMap({ Int($0) }), let minute = group(5) else { return date }
        var offset = group(7) ?? zone
        if offset == "Z" { offset = "+00:00" }
        if offset.count == 5 { offset.insert(":", at: offset.index(offset.startIndex, offsetBy: 3)) }
        return String(format: "%@T%02d:%@:%@%@", date, hour, minute, group(6) ?? "00", offset)
    }

    /// The date a Jekyll post's file name starts with, and the rest of the name.
    static func fromFileName(_ name: String) -> (date: String, rest: String)? {
        let parts = name.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].count == 4, let date = normalized(parts[0...2].joined(separator: "-")) else { return nil }
        return (date, String(parts[3]))
    }
}
