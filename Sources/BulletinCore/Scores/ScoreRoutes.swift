/// Addresses of the score pages, all under chi-so/ (Routes reserves that segment):
/// chi-so/ (overview), chi-so/par-index/ (an index), chi-so/par-index/2022/ (an index's year),
/// chi-so/par-index/2022/par-index-2022-so.csv (a table's data), chi-so/don-vi/so-noi-vu/ (a unit).
public enum ScoreRoutes {
    public static let overview = "chi-so/"
    /// The segment of unit pages; an index folder may not take this name.
    public static let unitsSegment = "don-vi"

    public static func index(_ index: String) -> String { overview + index + "/" }
    public static func year(_ index: String, _ year: Int) -> String { overview + "\(index)/\(year)/" }
    public static func unit(_ unit: String) -> String { overview + unitsSegment + "/" + unit + "/" }

    /// The downloadable data of one table.
    public static func csv(_ index: String, _ year: Int, group: String) -> String {
        self.year(index, year) + "\(index)-\(year)-\(group).csv"
    }

    /// The anchor of a group's table on a year page.
    public static func groupAnchor(_ group: String) -> String { "khoi-" + group }
}
