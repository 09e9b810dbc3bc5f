import Foundation

/// Numbers as Vietnamese readers write them: "1.234.567,5", "95,83", "tăng 1,25 điểm".
public enum VietnameseNumber {
    /// `decimals` fixed digits after the comma; thousands grouped with '.'.
    /// `trimZeros` drops trailing zeros ("96,30" → "96,3", "100,00" → "100").
    public static func format(_ value: Double, decimals: Int = 2, trimZeros: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        let scale = pow(10.0, Double(decimals))
        var scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        var fraction = ""
        if decimals > 0 {
            let f = Int(scaled.truncatingRemainder(dividingBy: scale))
            fraction = String(f)
            while fraction.count < decimals { fraction = "0" + fraction }
            if trimZeros {
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
            scaled = (scaled / scale).rounded(.down)
        }
        let integer = grouped(String(Int(scaled)))
        let sign = negative ? "-" : ""
        return fraction.isEmpty ? sign + integer : "\(sign)\(integer),\(fraction)"
    }

    /// An integer with '.' between thousands: 12345 → "12.345".
    public static func format(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(String(value.magnitude))
    }

    private static func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return out
    }
}
