import Testing
import LGPSRules

@Suite("Postcodes, hours and model checks")
struct PostcodeAndModelTests {
    @Test("UK postcode shapes are accepted and normalised", arguments: [("sw1a1aa", "SW1A 1AA"), ("M1 1AE", "M1 1AE"),
        ("b33 8th", "B33 8TH"), ("CR2 6XH", "CR2 6XH"), ("dn55 1pt", "DN55 1PT"), ("W1A 0AX", "W1A 0AX"), ("GIR0AA", "GIR 0AA")])
    func validPostcodes(text: String, expected: String) {
        #expect(Postcode(text)?.value == expected)
    }

    @Test("Things that are not postcodes are refused", arguments: ["", "12345", "SW1A", "SW1A 1A", "S@1 1AA", "AAA1 1AA", "SW1A 11A"])
    func invalidPostcodes(text: String) {
        #expect(Postcode(text) == nil)
    }

    @Test("Hours are held in exact hundredths")
    func hours() {
        #expect(Hundredths("18.5")?.value == 1850)
        #expect(Hundredths("52.14")?.fraction == Fraction(2607, 50))
        #expect(Hundredths("1.234") == nil)
        #expect(Hundredths(1850).description == "18.5")
        #expect(Hundredths(3700).description == "37")
    }

    @Test("Nomination shares must total exactly 100%")
    func nominationShares() {
        let day = CalendarDate(2024, 1, 1)
        let a = Nomination(name: "A", relationship: "Son", dateOfBirth: nil, shareBasisPoints: 3_333, madeOn: day)
        let b = Nomination(name: "B", relationship: "Daughter", dateOfBirth: nil, shareBasisPoints: 6_667, madeOn: day)
        #expect([a, b].sharesAreComplete)
        #expect(![a].sharesAreComplete)
        #expect([Nomination]().sharesAreComplete)
        #expect(b.share.description == "66.67%")
    }

    @Test("A CARE year balances when closing equals opening plus every addition to the account (not ARC)")
    func careYearBalances() {
        var year = CareYear(schemeYear: SchemeYear(startYear: 2024), mainPay: Money(pounds: 30_000), fiftyFiftyPay: .zero,
                            assumedPensionablePay: .zero, earnedPension: Money(pence: 61_224),
                            openingBalance: Money(pence: 100_000), revaluation: Money(pence: 6_700),
                            revaluationRate: Rate(basisPoints: 670), transfersIn: .zero,
                            additionalPensionContributions: .zero, sharedCostAdditionalPension: .zero,
                            additionalRegularContributions: .zero, closingBalance: Money(pence: 167_924),
                            employeeContributions: Money(pounds: 1_740), employerContributions: Money(pounds: 5_700))
        #expect(year.isBalanced)
        year.closingBalance = Money(pence: 167_925)
        #expect(!year.isBalanced)
        // ARC pension is held beside the account (SI 2014/525 Sch. 1), so it is not in the closing balance.
        year.closingBalance = Money(pence: 167_924)
        year.additionalRegularContributions = Money(pounds: 100)
        #expect(year.isBalanced)
    }
}
