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
        #expect(DateParser.parse("2023-02-30", zone: zone) == .failure(.outOfRange("day 30 of month 2")))
        #expect(DateParser.parse("2023-13-01", zone: zone) == .failure(.outOfRange("month 13")))
        #expect(DateParser.parse("hôm qua", zone: zone) == .failure(.unrecognised))
        #expect(DateParser.parse("2023-01-12T25:00", zone: zone) == .failure(.outOfRange("time")))
        #expect(DateParser.parse("2024-02-29", zone: zone).isSuccess)
        #expect(!DateParser.parse("2023-02-29", zone: zone).isSuccess)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
