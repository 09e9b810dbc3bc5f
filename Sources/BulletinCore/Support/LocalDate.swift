import Foundation

/// A moment as the site's readers see it: the instant plus its wall-clock fields in the site's
/// time zone, computed once so that pages never call Calendar while rendering.
public struct LocalDate: Hashable, Sendable, Comparable {
    public let instant: Date
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// 1 = Sunday … 7 = Saturday, as Calendar counts.
    public let weekday: Int
    /// Offset from UTC at that instant, in seconds (+25200 for Asia/Ho_Chi_Minh).
    public let utcOffset: Int

    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: instant)
        self.instant = instant
        self.year = c.year ?? 1970
        self.month = c.month ?? 1
        self.day = c.day ?? 1
        self.hour = c.hour ?? 0
        self.minute = c.minute ?? 0
        self.second = c.second ?? 0
        self.weekday = c.weekday ?? 1
        self.utcOffset = zone.secondsFromGMT(for: instant)
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.instant < b.instant }

    private static let weekdayNames = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]

    /// "Thứ Năm"
    public var weekdayName: String { Self.weekdayNames[(weekday - 1) % 7] }

    /// "12/01/2023"
    public var numeric: String {
        Self.ascii { out in
            Self.two(day, &out)
            out.append(UInt8(ascii: "/"))
            Self.two(month, &out)
            out.append(UInt8(ascii: "/"))
            Self.number(year, &out)
        }
    }

    /// "Thứ Năm, 12/01/2023"
    public var long: String { "\(weekdayName), \(numeric)" }

    /// "15:30"
    public var time: String {
        Self.ascii { out in
            Self.two(hour, &out)
            out.append(UInt8(ascii: ":"))
            Self.two(minute, &out)
        }
    }

    /// "tháng 01/2023", for archive headings.
    public var monthTitle: String { "tháng \(pad(month))/\(year)" }

    /// ISO 8601 with the site's offset: "2023-01-12T15:30:00+07:00" (HTML `datetime`, Atom, JSON-LD).
    public var iso8601: String {
        let offset = abs(utcOffset)
        return Self.ascii { out in
            Self.number(year, &out)
            out.append(UInt8(ascii: "-"))
            Self.two(month, &out)
            out.append(UInt8(ascii: "-"))
            Self.two(day, &out)
            out.append(UInt8(ascii: "T"))
            Self.two(hour, &out)
            out.append(UInt8(ascii: ":"))
            Self.two(minute, &out)
            out.append(UInt8(ascii: ":"))
            Self.two(second, &out)
            out.append(utcOffset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            Self.two(offset / 3600, &out)
            out.append(UInt8(ascii: ":"))
            Self.two(offset % 3600 / 60, &out)
        }
    }

    /// "2023-01-12", for sitemaps.
    public var isoDay: String { "\(year)-\(pad(month))-\(pad(day))" }

    /// RFC 822 as RSS wants it: "Thu, 12 Jan 2023 15:30:00 +0700".
    public var rfc822: String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset)
        return "\(days[(weekday - 1) % 7]), \(pad(day)) \(months[month - 1]) \(year) "
            + "\(pad(hour)):\(pad(minute)):\(pad(second)) \(sign)\(pad(offset / 3600))\(pad(offset % 3600 / 60))"
    }

    /// At least two digits ("07", "12"), for the forms not built byte by byte below.
    private func pad(_ n: Int) -> String { Self.ascii { Self.two(n, &$0) } }

    // Byte-level formatting for the forms every page prints (`numeric`, `time`, `iso8601`):
    // string interpolation of many small pieces cost about a microsecond each, and a sitemap or
    // search index formats thousands.

    private static func ascii(_ build: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        build(&out)
        return String(decoding: out, as: UTF8.self)
    }

    /// At least two digits ("07", "12", "123").
    private static func two(_ n: Int, _ out: inout [UInt8]) {
        if n >= 0 && n < 10 { out.append(UInt8(ascii: "0")) }
        number(n, &out)
    }

    /// Decimal digits, as "\(n)".
    private static func number(_ n: Int, _ out: inout [UInt8]) {
        if n >= 0 && n < 100 {
            if n >= 10 { out.append(UInt8(ascii: "0") + UInt8(n / 10)) }
            out.append(UInt8(ascii: "0") + UInt8(n % 10))
        } else {
            out.append(contentsOf: String(n).utf8)
        }
    }
}

/// Dates as editors write them in front matter.
public enum DateParser {
    public enum Failure: Error, Equatable {
        case unrecognised
        case outOfRange(Part)
    }

    /// The part of a date that is out of range.
    public enum Part: Equatable, Sendable {
        case month(Int)
        case day(Int, month: Int)
        case time
        case year(Int)
        case offset

        /// "month 13", "day 30 of month 2"… in the reader's language.
        public var message: Message {
            switch self {
            case .month(let month): return Message(.dateMonth, ["month": .number(month)])
            case .day(let day, let month): return Message(.dateDay, ["day": .number(day), "month": .number(month)])
            case .time: return Message(.dateTime)
            // A year is written without a thousands separator in both languages.
            case .year(let year): return Message(.dateYear, ["year": .text(String(year))])
            case .offset: return Message(.dateOffset)
            }
        }
    }

    /// Accepts `2023-01-12`, `2023-01-12T15:30`, `2023-01-12 15:30:00`, with an optional `Z`,
    /// `+07:00` or `+0700`, and the Vietnamese `12/01/2023` or `12/1/2023 15:30`.
    /// Without an offset the time is read in `zone`; without a time it is midnight.
    public static func parse(_ raw: String, zone: TimeZone) -> Result<Date, Failure> {
        let text = TextTools.trimmed(raw)
        var scanner = DigitScanner(Array(text.utf8))
        var year = 0, month = 0, day = 0
        if let first = scanner.number(maxDigits: 4), scanner.peek == UInt8(ascii: "/") {
            // dd/mm/yyyy
            day = first.value
            guard scanner.skip("/"), let m = scanner.number(maxDigits: 2), scanner.skip("/"),
                let y = scanner.number(maxDigits: 4), y.digits == 4
            else { return .failure(.unrecognised) }
            month = m.value
            year = y.value
        } else {
            scanner = DigitScanner(Array(text.utf8))
            guard let y = scanner.number(maxDigits: 4), y.digits == 4, scanner.skip("-"),
                let m = scanner.number(maxDigits: 2), scanner.skip("-"), let d = scanner.number(maxDigits: 2)
            else { return .failure(.unrecognised) }
            year = y.value
            month = m.value
            day = d.value
        }
        var hour = 0, minute = 0, second = 0, nanos = 0
        var offset: Int? = nil
        if scanner.skip("T") || scanner.skip(" ") {
            while scanner.skip(" ") {}
            guard let h = scanner.number(maxDigits: 2), scanner.skip(":"), let mi = scanner.number(maxDigits: 2)
            else { return .failure(.unrecognised) }
            hour = h.value
            minute = mi.value
            if scanner.skip(":") {
                guard let s = scanner.number(maxDigits: 2) else { return .failure(.unrecognised) }
                second = s.value
                if scanner.skip(".") || scanner.skip(",") {
                    guard let f = scanner.number(maxDigits: 9) else { return .failure(.unrecognised) }
                    nanos = f.value * Int(pow(10.0, Double(9 - f.digits)))
                }
            }
            while scanner.skip(" ") {}
            if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if let sign = scanner.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                scanner.advance()
                guard let oh = scanner.number(maxDigits: 2) else { return .failure(.unrecognised) }
                var om = 0
                if scanner.skip(":") {
                    guard let m = scanner.number(maxDigits: 2) else { return .failure(.unrecognised) }
                    om = m.value
                } else if let m = scanner.number(maxDigits: 2) {
                    om = m.value
                }
                guard oh.value <= 14, om < 60 else { return .failure(.outOfRange(.offset)) }
                offset = (oh.value * 3600 + om * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
            }
        }
        guard scanner.atEnd else { return .failure(.unrecognised) }
        guard (1...12).contains(month) else { return .failure(.outOfRange(.month(month))) }
        guard day >= 1 && day <= daysIn(month: month, year: year) else {
            return .failure(.outOfRange(.day(day, month: month)))
        }
        guard hour < 24, minute < 60, second < 61 else { return .failure(.outOfRange(.time)) }
        guard year >= 1900 && year <= 2999 else { return .failure(.outOfRange(.year(year))) }

        if let offset, nanos == 0, second < 60 {
            // A fixed offset needs no calendar: the day's number since 1970 and the clock give
            // the instant (Calendar took about 5,000 instructions a date, two dates an article).
            let seconds = daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
            return .success(Date(timeIntervalSince1970: TimeInterval(seconds - offset)))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = offset.map { TimeZone(secondsFromGMT: $0)! } ?? zone
        let components = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nanos)
        guard let date = calendar.date(from: components) else { return .failure(.unrecognised) }
        return .success(date)
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (years 1900–2999 here),
    /// counted through March-based years so that February's length only matters at a year's end.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400  // y >= 1899: no negative eras
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private struct DigitScanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
        mutating func advance() { index += 1 }

        mutating func skip(_ character: Character) -> Bool {
            guard let b = peek, b == character.asciiValue else { return false }
            index += 1
            return true
        }

        mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0, digits = 0
            while let b = peek, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), digits < maxDigits {
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : (value, digits)
        }
    }
}
