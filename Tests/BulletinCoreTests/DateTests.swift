import Foundation
import Testing

@testable import BulletinCore

@Suite("Dates")
struct DateTests {
    let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    func local(_ text: String) throws -> LocalDate {
        let date = try DateParser.parse(text, zone: zone).get()
        return LocalDate(date, in: zone)
    }

    @Test("every accepted form gives the same day in the site's time zone")
    func forms() throws {
        for text in ["2023-01-12", "12/01/2023", "12/1/2023", "2023-01-12T00:00:00+07:00", "2023-01-11T17:00:00Z"] {
            let date = try local(text)
            #expect(date.numeric == "12/01/2023", "\(text)")
            #expect(date.long == "Thứ Năm, 12/01/2023", "\(text)")
        }
    }

    @Test("dates with an offset are counted without a calendar, and Calendar agrees with every one")
    func offsetsAgreeWithCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        let offsets = [0, 7 * 3600, -(9 * 3600 + 30 * 60), 14 * 3600]
        // Around every month's end from 1900 to 2999, leap days and centuries included.
        for year in stride(from: 1900, through: 2999, by: 61) + [2000, 2024, 2100, 2400] {
            for month in 1...12 {
                for day in [1, 28, DateParser.daysIn(month: month, year: year)] {
                    for (k, offset) in offsets.enumerated() {
                        let (hour, minute, second) = (k * 7 % 24, k * 13 % 60, k * 29 % 60)
                        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
                        let expected = calendar.date(
                            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
                        let sign = offset < 0 ? "-" : "+"
                        let text = String(
                            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", year, month, day, hour, minute, second, sign,
                            abs(offset) / 3600, abs(offset) % 3600 / 60)
                        #expect(try DateParser.parse(text, zone: zone).get() == expected, "\(text)")
                    }
                }
            }
        }
    }

    @Test("times and offsets")
    func times() throws {
        let date = try local("2023-01-12T15:30:00+07:00")
        #expect(date.time == "15:30")
        #expect(date.iso8601 == "2023-01-12T15:30:00+07:00")
        #expect(date.rfc822 == "Thu, 12 Jan 2023 15:30:00 +0700")
        #expect(try local("2023-01-12 08:05").time == "08:05")
        #expect(try local("12/01/2023 08:05").time == "08:05")
        // An offset elsewhere is converted to the site's time.
        #expect(try local("2023-01-12T10:00:00+09:00").time == "08:00")
        #expect(try local("2023-01-12T15:30:00.250+0700").time == "15:30")
    }

    @Test("the byte-level forms equal plain string formatting, in odd zones and years too")
    func formsEqualInterpolation() throws {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let zones = ["Asia/Ho_Chi_Minh", "America/St_Johns", "Pacific/Chatham", "UTC"].compactMap(TimeZone.init(identifier:))
        var instant = -62_000_000_000.0  // year 5
        while instant < 300_000_000_000 {  // year 11476
            for zone in zones {
                let d = LocalDate(Date(timeIntervalSince1970: instant), in: zone)
                let offset = abs(d.utcOffset)
                let sign = d.utcOffset < 0 ? "-" : "+"
                #expect(d.numeric == "\(pad(d.day))/\(pad(d.month))/\(d.year)")
                #expect(d.time == "\(pad(d.hour)):\(pad(d.minute))")
                #expect(
                    d.iso8601 == "\(d.year)-\(pad(d.month))-\(pad(d.day))T\(pad(d.hour)):\(pad(d.minute)):\(pad(d.second))"
                        + "\(sign)\(pad(offset / 3600)):\(pad(offset % 3600 / 60))")
            }
            instant += 987_654_321.5
        }
    }

    @Test(
        "weekday names",
        arguments: [
            ("2023-01-15", "Chủ Nhật"), ("2023-01-16", "Thứ Hai"), ("2023-01-17", "Thứ Ba"), ("2023-01-18", "Thứ Tư"),
            ("2023-01-19", "Thứ Năm"), ("2023-01-20", "Thứ Sáu"), ("2023-01-21", "Thứ Bảy"),
        ])
    func weekdays(text: String, name: String) throws {
        #expect(try local(text).weekdayName == name)
    }

    @Test("impossible dates are rejected with a reason")
    func invalid() {
        #expect(DateParser.parse("2023-02-30", zone: zone) == .failure(.outOfRange(.day(30, month: 2))))
        #expect(DateParser.parse("2023-13-01", zone: zone) == .failure(.outOfRange(.month(13))))
        #expect(DateParser.parse("hôm qua", zone: zone) == .failure(.unrecognised))
        #expect(DateParser.parse("2023-01-12T25:00", zone: zone) == .failure(.outOfRange(.time)))
        #expect(DateParser.parse("2024-02-29", zone: zone).isSuccess)
        #expect(!DateParser.parse("2023-02-29", zone: zone).isSuccess)
        #expect(DateParser.Part.day(30, month: 2).message.text(in: .english) == "day 30 of month 2")
        #expect(DateParser.Part.year(3000).message.text(in: .vietnamese) == "năm 3000")
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
