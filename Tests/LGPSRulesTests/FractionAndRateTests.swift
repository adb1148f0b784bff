import Testing
import LGPSRules

@Suite("Fractions and rates")
struct FractionAndRateTests {
    @Test("Fractions stay in lowest terms with a positive denominator")
    func lowestTerms() {
        #expect(Fraction(6, -8) == Fraction(-3, 4))
        #expect(Fraction(6, -8).denominator == 4)
        #expect(Fraction(1, 49) + Fraction(1, 98) == Fraction(3, 98))
        #expect(Fraction(3, 80) * Fraction(80) == Fraction(3))
        #expect(Fraction(1, 2) / Fraction(1, 4) == Fraction(2))
        #expect(Fraction(-7, 2).floor == -4)
        #expect(Fraction(7, 2).floor == 3)
    }

    @Test("Fractions parse from n/d and decimals", arguments: [("1/49", Fraction(1, 49)), ("6.7", Fraction(67, 10)),
                                                               ("-0.1", Fraction(-1, 10)), ("3", Fraction(3))])
    func parse(text: String, expected: Fraction) {
        #expect(Fraction(text) == expected)
    }

    @Test("Rates hold percentages exactly and print them back")
    func rates() throws {
        let rate = try #require(Rate(percent: "6.7"))
        #expect(rate.fraction == Fraction(67, 1000))
        #expect(rate.description == "6.7%")
        #expect(Rate(basisPoints: -10).description == "-0.1%")
        #expect(Rate(basisPoints: 1250).basisPoints == 1250)
        #expect(Rate(percent: "abc") == nil)
    }
}
