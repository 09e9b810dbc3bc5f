import Foundation

/// URL slugs from Vietnamese text: lower-case ASCII letters and digits joined by '-'.
///
/// "Hội nghị tổng kết năm 2022" → "hoi-nghi-tong-ket-nam-2022". Diacritics are removed by
/// canonical decomposition; đ/Đ has no decomposition and is mapped by hand.
public enum Slug {
    /// Longest slug produced; keeps every output path far below the 255-byte file-name limit.
    public static let maximumLength = 80

    public static func make(_ text: String, maximumLength: Int = Slug.maximumLength) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(text.utf8.count, maximumLength + 16))
        var pendingDash = false
        for scalar in text.unicodeScalars {
            // Combining marks (text typed in NFD) belong to the letter before them.
            if (0x300...0x36F).contains(scalar.value) { continue }
            guard let base = asciiBase(of: scalar) else {
                pendingDash = !out.isEmpty
                continue
            }
            if pendingDash {
                out.append(UInt8(ascii: "-"))
                pendingDash = false
            }
            out.append(base)
            if out.count > maximumLength + 40 { break }
        }
        if out.count > maximumLength {
            // Cut on a word boundary where there is one, so a slug never ends mid-word.
            var cut = maximumLength
            while cut > 0 && out[cut] != UInt8(ascii: "-") { cut -= 1 }
            out.removeSubrange((cut > maximumLength / 2 ? cut : maximumLength)...)
            while out.last == UInt8(ascii: "-") { out.removeLast() }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` is already a valid slug (what `slug:` in front matter must be).
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumLength else { return false }
        if text.hasPrefix("-") || text.hasSuffix("-") || text.contains("--") { return false }
        return text.utf8.allSatisfy { b in
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                || b == UInt8(ascii: "-")
        }
    }

    /// The lower-case ASCII letter or digit a scalar stands for, or nil for separators.
    static func asciiBase(of scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return b }
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return b }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return b + 32 }
            return nil
        }
        if v == 0x0111 || v == 0x0110 { return UInt8(ascii: "d") }  // đ Đ
        guard (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF) else { return nil }
        return foldTable[scalar]
    }

    /// Latin letters with diacritics → their ASCII base, built once from canonical decompositions.
    private static let foldTable: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                guard let first = decomposed.unicodeScalars.first, first.value < 0x80 else { continue }
                let b = UInt8(first.value)
                if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                    table[scalar] = b
                } else if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                    table[scalar] = b + 32
                }
            }
        }
        return table
    }()
}
