import LGPSRules
import Testing

/// Survivors' and children's pensions, lgps-rules.md §7 and seed 001 note (i), with constructed figures showing
/// each fraction.
struct SurvivorPensionTests {
    let fractions = TestParameters.parameters.survivors
    let death = CalendarDate(2025, 6, 1)

    func bases(finalPay: Int64, split: PreApril2014MembershipSplit, care: Money, transfers: Money = .zero,
               circumstance: DeathCircumstance) -> DeathBenefitBases {
        DeathBenefitBases(finalPay: Money(pounds: finalPay), membership: split, carePension: care,
                          transfersInCredit: transfers, circumstance: circumstance)
    }

    @Test("lgps-rules.md §7: death in service — 1/160 × final pay × membership, 49/160 × CARE and transfers, 1/160 × APP × years to NPA")
    func deathInService() throws {
        let b = bases(finalPay: 36_000, split: .init(from6April1988: Fraction(10)), care: Money(pounds: 4_900),
                      transfers: Money(pounds: 320),
                      circumstance: .inService(assumedPensionablePay: Money(pounds: 32_000), yearsToNormalPensionAge: Fraction(10)))
        let result = try survivorPension(b, survivor: .spouseOrCivilPartner, dateOfDeath: death, fractions: fractions)
        // 2,250.00 + 1,500.63 (1,500.625 rounded) + 98.00 + 2,000.00
        #expect(result.value == Money(pence: 584_863))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("lgps-rules.md §7: deferred and pensioner deaths have no prospective enhancement")
    func noEnhancement() throws {
        for circumstance in [DeathCircumstance.deferredMember, .pensionerMember] {
            let b = bases(finalPay: 32_000, split: .init(from6April1988: Fraction(5)), care: Money(pounds: 1_600),
                          circumstance: circumstance)
            let result = try survivorPension(b, survivor: .spouseOrCivilPartner, dateOfDeath: death, fractions: fractions)
            #expect(result.value == Money(pounds: 1_000 + 490))
        }
    }

    @Test("seed 001 note (i): cohabitees count from 6 April 1988; post-leaving widows from 1978, widowers from 1988")
    func countedMembership() throws {
        let split = PreApril2014MembershipSplit(before6April1978: Fraction(2), from6April1978To5April1988: Fraction(5),
                                                from6April1988: Fraction(10))
        let b = bases(finalPay: 32_000, split: split, care: .zero, circumstance: .pensionerMember)
        func amount(_ kind: SurvivorKind) throws -> Money {
            try survivorPension(b, survivor: kind, dateOfDeath: death, fractions: fractions).value
        }
        #expect(try amount(.spouseOrCivilPartner) == Money(pounds: 3_400))
        #expect(try amount(.postLeavingMarriageWidowOrSameSex) == Money(pounds: 3_000))
        #expect(try amount(.cohabitingPartner) == Money(pounds: 2_000))
        #expect(try amount(.postLeavingMarriageWidower) == Money(pounds: 2_000))
    }

    @Test("seed 001 Part 2A: the survivor guarantee amount is added to the survivor's pension")
    func withSurvivorGuarantee() throws {
        let b = bases(finalPay: 32_000, split: .init(from6April1988: Fraction(5)), care: Money(pounds: 1_600),
                      circumstance: .deferredMember)
        let result = try survivorPension(b, survivor: .spouseOrCivilPartner, survivorGuaranteeAmount: Money(pence: 15_313),
                                         dateOfDeath: death, fractions: fractions)
        #expect(result.value == Money(pence: 149_000 + 15_313))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("lgps-rules.md §7: children's pensions 1/320 and 1/160 with a survivor's pension, 1/240 and 1/120 without")
    func children() throws {
        let b = bases(finalPay: 32_000, split: .init(from6April1988: Fraction(10)), care: Money(pounds: 3_200),
                      circumstance: .deferredMember)
        func amount(_ children: Int, _ survivor: Bool) throws -> Money {
            let result = try childrensPension(b, eligibleChildren: children, survivorPensionPayable: survivor,
                                              dateOfDeath: death, fractions: fractions)
            #expect(result.sumOfAddends == result.value)
            return result.value
        }
        #expect(try amount(1, true) == Money(pounds: 1_000 + 490))        // 1/320; 49/320 of CARE
        #expect(try amount(2, true) == Money(pounds: 2_000 + 980))        // 1/160; 49/160
        #expect(try amount(1, false) == Money(pence: 133_333 + 65_333))   // 1/240; 49/240
        #expect(try amount(3, false) == Money(pence: 266_667 + 130_667))  // 1/120; 49/120
        #expect(try amount(0, true) == .zero)
    }

    @Test("lgps-rules.md §7: children's pensions on a death in service include 1/320 × APP × years to NPA")
    func childrenInService() throws {
        let b = bases(finalPay: 32_000, split: .init(), care: .zero,
                      circumstance: .inService(assumedPensionablePay: Money(pounds: 32_000), yearsToNormalPensionAge: Fraction(10)))
        let result = try childrensPension(b, eligibleChildren: 1, survivorPensionPayable: true, dateOfDeath: death,
                                          fractions: fractions)
        #expect(result.value == Money(pounds: 1_000))
    }

    @Test("SI 2013/2356 Sch. 1: an eligible child is under 18, or under 23 in education or training, or dependent through impairment")
    func eligibleChild() throws {
        let on = CalendarDate(2025, 6, 1)
        func test(_ born: CalendarDate, education: Bool = false, impairment: Bool = false) throws -> Bool {
            try isEligibleChild(.init(dateOfBirth: born, inFullTimeEducationOrVocationalTraining: education,
                                      dependentBecauseOfImpairment: impairment), on: on,
                                terms: DeathFixtures.eligibleChild).value
        }
        #expect(try test(CalendarDate(2008, 1, 1)))
        #expect(try test(CalendarDate(2005, 1, 1), education: true))
        #expect(try !test(CalendarDate(2005, 1, 1)))
        #expect(try !test(CalendarDate(2002, 6, 1), education: true))
        #expect(try test(CalendarDate(1995, 1, 1), impairment: true))
    }
}
