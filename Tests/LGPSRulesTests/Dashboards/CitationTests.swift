import LGPSRules
import Testing

/// DESIGN.md principle 4 and the shared brief: every step names its regulation, and dated parameters are shown
/// with their effective date (convention test over one calculation of each part-B rule family).
struct CitationTests {
    let parameters = TestParameters.parameters

    @Test("Every step of the part-B rules names a regulation, and parameter uses carry an effective date on or before the date asked")
    func everyStepCites() throws {
        let death = CalendarDate(2025, 6, 1)
        let calculations: [[CalculationStep]] = [
            try deathInServiceGrant(.init(assumedPensionablePay: Money(pounds: 30_000), dateOfBirth: CalendarDate(1970, 1, 1),
                                          dateOfDeath: death), terms: parameters.deathBenefits).steps,
            try survivorPension(.init(finalPay: Money(pounds: 30_000), membership: .init(from6April1988: Fraction(10)),
                                      carePension: Money(pounds: 2_000), circumstance: .deferredMember),
                                survivor: .cohabitingPartner, dateOfDeath: death, fractions: parameters.survivors).steps,
            try illHealthPension(.init(tier: .tier1, accruedPension: Money(pounds: 5_000), assumedPensionablePay: Money(pounds: 20_000),
                                       yearsToNormalPensionAge: Fraction(5), leavingDate: death, paymentStart: death),
                                 parameters: parameters).steps,
            try underpinQualification(.init(dateOfBirth: CalendarDate(1970, 1, 1),
                                            activeMembership: [.init(from: CalendarDate(2005, 1, 1), to: nil)], assessedOn: death),
                                      parameters: parameters).steps,
            try pensionInputAmount(.init(taxYear: TaxYear(startYear: 2024), openingPension: Money(pounds: 1_000),
                                         closingPension: Money(pounds: 1_100)), parameters: parameters).steps,
        ]
        for step in calculations.joined() {
            #expect(!step.regulation.isEmpty, "\(step.title) names no regulation")
            if let use = step.parameter { #expect(use.effective <= death, "\(step.title) uses a future parameter") }
        }
    }
}
