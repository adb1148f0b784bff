import LGPSRules
import Testing

/// Ill-health retirement, lgps-rules.md §8 (SI 2013/2356 regs. 35, 37, 39), with constructed figures.
struct IllHealthTests {
    let parameters = TestParameters.parameters

    func eligibility(_ prospect: GainfulEmploymentProspect, own: Bool = true, gainful: Bool = true,
                     service: Fraction = Fraction(5), leaving: CalendarDate = CalendarDate(2025, 6, 30))
        throws -> IllHealthEligibility {
        try illHealthEligibility(.init(permanentlyIncapableOfOwnJob: own, notImmediatelyCapableOfGainfulEmployment: gainful,
                                       prospect: prospect, qualifyingService: service, leavingDate: leaving,
                                       normalPensionAgeDate: CalendarDate(2035, 6, 30)),
                                 membership: parameters.membership).value
    }

    @Test("lgps-rules.md §8: the IRMP's view of gainful employment decides tiers 1, 2 and 3")
    func tiers() throws {
        #expect(try eligibility(.unlikelyBeforeNormalPensionAge).tier == .tier1)
        #expect(try eligibility(.unlikelyWithinThreeYears).tier == .tier2)
        #expect(try eligibility(.likelyWithinThreeYears).tier == .tier3)
    }

    @Test("lgps-rules.md §8: no IRMP certificates, under 2 years' service or leaving at NPA means no ill-health pension")
    func notEligible() throws {
        #expect(try !eligibility(.unlikelyBeforeNormalPensionAge, own: false).isEligible)
        #expect(try !eligibility(.unlikelyBeforeNormalPensionAge, gainful: false).isEligible)
        #expect(try !eligibility(.unlikelyBeforeNormalPensionAge, service: Fraction(3, 2)).isEligible)
        #expect(try eligibility(.unlikelyBeforeNormalPensionAge, service: Fraction(2)).isEligible)
        let late = try eligibility(.unlikelyBeforeNormalPensionAge, leaving: CalendarDate(2035, 6, 30))
        #expect(!late.isEligible)
        #expect(late.reasonsNotEligible == ["left on or after normal pension age"])
    }

    func pension(_ tier: IllHealthTier) throws -> Calculation<IllHealthPension> {
        try illHealthPension(.init(tier: tier, accruedPension: Money(pounds: 5_000), assumedPensionablePay: Money(pounds: 24_500),
                                   yearsToNormalPensionAge: Fraction(10), leavingDate: CalendarDate(2025, 6, 30),
                                   paymentStart: CalendarDate(2025, 7, 1)), parameters: parameters)
    }

    @Test("lgps-rules.md §8: tier 1 adds all of APP × years to NPA × 1/49 — £24,500 for 10 years adds £5,000")
    func tier1() throws {
        let result = try pension(.tier1)
        #expect(result.value.enhancement == Money(pounds: 5_000))
        #expect(result.value.annualPension == Money(pounds: 10_000))
        #expect(result.value.reviewDate == nil)
    }

    @Test("lgps-rules.md §8: tier 2 adds 25% of the tier 1 enhancement — £1,250")
    func tier2() throws {
        #expect(try pension(.tier2).value.annualPension == Money(pounds: 6_250))
    }

    @Test("lgps-rules.md §8: tier 3 has no enhancement, a review after 18 months and stops within 3 years")
    func tier3() throws {
        let result = try pension(.tier3).value
        #expect(result.annualPension == Money(pounds: 5_000))
        #expect(result.reviewDate == CalendarDate(2027, 1, 1))
        #expect(result.ceasesNoLaterThan == CalendarDate(2028, 7, 1))
    }
}
