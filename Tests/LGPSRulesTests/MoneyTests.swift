import Testing
@testable import LGPSRules

@Suite("Money and its rounding")
struct MoneyTests {
    @Test("Kent Pension Fund revaluation example: £606.60 revalued by −0.1% is £605.99 (lgps-rules.md §1)")
    func kentNegativeRevaluation() throws {
        let balance = Money(pence: 60_660)
        let rate = try #require(Rate(percent: "-0.1"))
        let exact = balance.exactly(times: .one + rate.fraction)
        #expect(exact == Fraction(6_059_934, 100))
        #expect(Money.rounding(exact, .nearestPennyHalfUp) == Money(pence: 60_599))
    }

    @Test("Earned pension of 1/49 of £30,000 is £612.24 to the nearest penny (SI 2013/2356 reg. 23(4))")
    func earnedPensionOneFortyNinth() {
        let exact = Money(pounds: 30_000).exactly(times: Fraction(1, 49))
        #expect(Money.rounding(exact, .nearestPennyHalfUp) == Money(pence: 61_224))
        #expect(Money.rounding(exact, .downToPenny) == Money(pence: 61_224))
        #expect(Money.rounding(exact, .upToPenny) == Money(pence: 61_225))
    }

    @Test("Half a penny rounds away from zero; other rules round as named",
          arguments: [
            (Fraction(5, 2), RoundingRule.nearestPennyHalfUp, Int64(3)),
            (Fraction(-5, 2), .nearestPennyHalfUp, -3),
            (Fraction(7, 3), .nearestPennyHalfUp, 2),
            (Fraction(8, 3), .nearestPennyHalfUp, 3),
            (Fraction(-7, 3), .downToPenny, -3),
            (Fraction(-7, 3), .upToPenny, -2),
            (Fraction(12_399), .downToPound, 12_300),
            (Fraction(-1), .downToPound, -100),
            (Fraction(4), .upToPenny, 4),
          ])
    func roundingRules(exact: Fraction, rule: RoundingRule, expected: Int64) {
        #expect(Money.rounding(exact, rule).pence == expected)
    }

    @Test("Contribution band limits are rounded down to the nearest £100 (lgps-rules.md §2)")
    func roundedDownToHundredPounds() {
        // 2025/26 band 1 limit £17,600 × 1.038 = £18,268.80 → £18,200.
        let uprated = Money.rounding(Money(pounds: 17_600).exactly(times: Fraction(1038, 1000)), .downToPenny)
        #expect(uprated.roundedDown(toMultipleOf: Money(pounds: 100)) == Money(pounds: 18_200))
    }

    @Test("Money prints as UK pounds with thousands separators")
    func formatting() {
        #expect(Money(pence: 123_456_789).description == "£1,234,567.89")
        #expect(Money(pence: -5).description == "-£0.05")
        #expect(Money(pence: 100).decimalPounds == "1.00")
        #expect(Money.zero.description == "£0.00")
    }

    @Test("Pounds parse from form text; more than two decimals or letters are refused")
    func parsing() {
        #expect(Money(pounds: "1,234.5") == Money(pence: 123_450))
        #expect(Money(pounds: "£12") == Money(pence: 1_200))
        #expect(Money(pounds: "-3.10") == Money(pence: -310))
        #expect(Money(pounds: "1.234") == nil)
        #expect(Money(pounds: "12a") == nil)
        #expect(Money(pounds: "") == nil)
    }

    /// Text, the pence it means (`nil`: not an amount), and whether it is in the plain extract form.
    static let forms: [(String, Int64?, Bool)] = [
        ("0", 0, true), ("7", 700, true), ("12.3", 1_230, true), ("12.30", 1_230, true), ("-3.10", -310, true),
        ("1234567.89", 123_456_789, true), ("000123.4", 12_340, true), ("999999999999999.99", 99_999_999_999_999_999, true),
        ("1000000000000000", nil, false), ("1.234", nil, false), ("12.", nil, false), (".5", nil, false), ("-", nil, false),
        ("--1", nil, false), ("1-2", nil, false), ("1..2", nil, false), ("", nil, false),
        (" 12", 1_200, false), ("£12", 1_200, false), ("1,234", 123_400, false),
    ]

    @Test("The plain extract form is read from its bytes; anything else is left to the general reading",
          arguments: forms.indices)
    func plainForm(_ index: Int) {
        let (text, pence, plain) = Self.forms[index]
        #expect(Money(pounds: text) == pence.map { Money(pence: $0) }, "\(text)")
        #expect((Money.plainPounds(text.utf8) != nil) == plain, "\(text)")
    }
}
