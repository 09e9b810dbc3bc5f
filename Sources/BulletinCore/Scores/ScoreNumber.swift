/// Numbers in score files and on score pages.
public enum ScoreNumber {
    /// Reads a value as spreadsheets write it: "95.83" or "95,83" (one decimal mark, either kind,
    /// since Excel in a Vietnamese locale writes ','), an optional sign, and an optional trailing
    /// '%'. Thousands separators, exponents, "NaN" and "inf" are refused: scores stay below 1000,
    /// so a second mark can only be a typing mistake.
    public static func parse(_ raw: String) -> Double? {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        if text.hasSuffix("%") { text = text.dropLast().drop { $0 == " " } }
        var normalised = ""
        var digits = 0, marks = 0
        for (i, c) in text.enumerated() {
            switch c {
            case "0"..."9":
                digits += 1
                normalised.append(c)
            case ",", ".":
                marks += 1
                normalised.append(".")
            case "-" where i == 0, "+" where i == 0:
                normalised.append(c)
            default:
                return nil
            }
        }
        guard digits > 0, marks <= 1, digits <= 12 else { return nil }
        return Double(normalised)
    }
}

/// How an index's numbers read: "96,79", "96,79 điểm" or "96,3%", "91,19/100",
/// "tăng 1,25 điểm" (or "điểm phần trăm" for a percentage).
public struct ScoreFormat: Sendable {
    /// "điểm" or "%".
    public let unit: String
    public let maximum: Double

    public init(unit: String, maximum: Double) {
        self.unit = unit
        self.maximum = maximum
    }

    public init(_ index: ScoreIndex) { self.init(unit: index.unit, maximum: index.maximum) }

    var isPercent: Bool { unit == "%" }

    /// "96,79", "96,3", "100": two decimals at most, trailing zeros dropped as the seed writes them.
    public func number(_ value: Double) -> String {
        VietnameseNumber.format(value, decimals: 2, trimZeros: true)
    }

    /// "96,30", "100,00": always two decimals, so that a column of numbers lines up.
    public func cell(_ value: Double) -> String {
        VietnameseNumber.format(value, decimals: 2)
    }

    /// "96,79 điểm" or "96,3%".
    public func withUnit(_ value: Double) -> String {
        isPercent ? number(value) + "%" : number(value) + " " + unit
    }

    /// "91,19/100 điểm" or "95,83%": an average as the pages say it.
    public func averageText(_ value: Double) -> String {
        isPercent ? withUnit(value) : outOfMaximum(value) + " " + unit
    }

    /// The heading of the total column.
    var totalLabel: String { isPercent ? "Tỷ lệ hài lòng (%)" : "Tổng điểm" }

    /// "91,19/100" (points) or "95,83%" (a percentage has no "out of").
    public func outOfMaximum(_ value: Double) -> String {
        isPercent ? withUnit(value) : number(value) + "/" + number(maximum)
    }

    /// "tăng 1,25 điểm", "giảm 1,76 điểm phần trăm", "không đổi".
    public func change(_ delta: Double) -> String {
        let h = ScoreMath.hundredths(delta)
        if h == 0 { return "không đổi" }
        return (h > 0 ? "tăng " : "giảm ") + amount(delta) + " " + (isPercent ? "điểm phần trăm" : unit)
    }

    /// "1,25" without a sign, for a cell whose arrow gives the direction.
    public func amount(_ delta: Double) -> String { number(abs(ScoreMath.rounded(delta))) }

    /// "up", "down" or "same", compared in hundredths.
    public static func direction(_ delta: Double) -> String {
        let h = ScoreMath.hundredths(delta)
        return h > 0 ? "up" : h < 0 ? "down" : "same"
    }

    /// A raw value for data attributes and downloads: '.' decimals, no grouping ("96.79").
    public static func plain(_ value: Double) -> String {
        let h = ScoreMath.hundredths(value)
        let sign = h < 0 ? "-" : ""
        let m = abs(h)
        let fraction = m % 100
        if fraction == 0 { return "\(sign)\(m / 100)" }
        let text = fraction < 10 ? "0\(fraction)" : String(fraction)
        return "\(sign)\(m / 100).\(text.hasSuffix("0") ? String(text.dropLast()) : text)"
    }
}
