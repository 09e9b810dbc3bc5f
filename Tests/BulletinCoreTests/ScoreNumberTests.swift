import Testing

@testable import BulletinCore

@Suite struct ScoreNumberTests {
    @Test func readsBothDecimalMarks() {
        #expect(ScoreNumber.parse("95.83") == 95.83)
        #expect(ScoreNumber.parse("95,83") == 95.83)
        #expect(ScoreNumber.parse(" 99,2 ") == 99.2)
        #expect(ScoreNumber.parse("100") == 100)
        #expect(ScoreNumber.parse("95,5%") == 95.5)
        #expect(ScoreNumber.parse("-1") == -1)
    }

    @Test func refusesWhatIsNotAScore() {
        for text in ["", "abc", "1.234,5", "9,5,1", "nan", "inf", "1e3", "12-3", "%"] {
            #expect(ScoreNumber.parse(text) == nil, "\(text)")
        }
    }

    @Test func formatsAsVietnameseReadersWrite() {
        let points = ScoreFormat(unit: "điểm", maximum: 100)
        let percent = ScoreFormat(unit: "%", maximum: 100)
        #expect(points.number(91.19) == "91,19")
        #expect(points.number(96.30) == "96,3")
        #expect(points.cell(96.3) == "96,30")
        #expect(points.outOfMaximum(91.19) == "91,19/100")
        #expect(points.withUnit(96.79) == "96,79 điểm")
        #expect(percent.withUnit(99.2) == "99,2%")
        #expect(points.change(-1.76) == "giảm 1,76 điểm")
        #expect(points.change(0.37) == "tăng 0,37 điểm")
        #expect(percent.change(1.25) == "tăng 1,25 điểm phần trăm")
        #expect(points.change(0.004) == "không đổi")
        #expect(ScoreFormat.direction(-0.5) == "down")
        #expect(ScoreFormat.direction(0.001) == "same")
        #expect(ScoreFormat.plain(96.79) == "96.79")
        #expect(ScoreFormat.plain(-1.7) == "-1.7")
        #expect(ScoreFormat.plain(100) == "100")
        #expect(ScoreFormat.plain(9.05) == "9.05")
    }

    @Test func comparesInHundredths() {
        // A sum of components is rarely the exact double of the printed total.
        let sum = [9.78, 9.61, 14.20, 10.84, 15.35, 6.77, 15.24, 15.00].reduce(0, +)
        #expect(ScoreMath.hundredths(sum) == 9679)
        #expect(ScoreMath.rounded(sum) == 96.79)
    }
}
