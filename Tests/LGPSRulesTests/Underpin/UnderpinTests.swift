import LGPSRules
import Testing

/// McCloud underpin: qualification, dates and the two-stage comparison (seed 003 Annex B reg. 4 and Annex C;
/// lgps-rules.md §10; SI 2014/525 regs. 4A–4U). Annex D (worked examples) is not in the seed copy, so the figures
/// are constructed to show each rule.
struct UnderpinTests {
    let parameters = TestParameters.parameters
    let today = CalendarDate(2025, 3, 31)

    func qualifies(born: CalendarDate = CalendarDate(1970, 1, 1), joined: CalendarDate, left: CalendarDate? = nil,
                   facts: [McCloudFact] = []) throws -> UnderpinQualification {
        try underpinQualification(.init(dateOfBirth: born, activeMembership: [.init(from: joined, to: left)], facts: facts,
                                        assessedOn: today), parameters: parameters).value
    }

    @Test("lgps-rules.md §10: an LGPS member since 2005, active in the remedy period and under 65, qualifies")
    func qualifying() throws {
        #expect(try qualifies(joined: CalendarDate(2005, 9, 1)).qualifies)
    }

    @Test("lgps-rules.md §10: joining in 2013 qualifies only with earlier public service membership before 1 April 2012")
    func earlierMembership() throws {
        #expect(try !qualifies(joined: CalendarDate(2013, 1, 7)).qualifies)
        let nhs = McCloudFact(kind: .earlierPublicServiceMembership, from: CalendarDate(2000, 1, 1),
                              to: CalendarDate(2012, 12, 31), detail: "NHS Pension Scheme", evidence: "NHS Pensions letter")
        #expect(try qualifies(joined: CalendarDate(2013, 1, 7), facts: [nhs]).qualifies)
    }

    @Test("seed 003 Annex B reg. 4(3): a continuous break of more than 5 years disqualifies; exactly 5 years does not")
    func disqualifyingBreak() throws {
        let long = McCloudFact(kind: .breakInMembership, from: CalendarDate(2012, 6, 1), to: CalendarDate(2017, 6, 1),
                               detail: "career break", evidence: "HR")
        let five = McCloudFact(kind: .breakInMembership, from: CalendarDate(2012, 6, 1), to: CalendarDate(2017, 5, 31),
                               detail: "career break", evidence: "HR")
        let result = try qualifies(joined: CalendarDate(2005, 9, 1), facts: [long])
        #expect(!result.qualifies)
        #expect(result.reasonsNotQualifying.count == 1)
        #expect(try qualifies(joined: CalendarDate(2005, 9, 1), facts: [five]).qualifies)
    }

    @Test("lgps-rules.md §10: no remedy-period membership, or 65 before it began, means no protection")
    func outsideRemedy() throws {
        #expect(try !qualifies(joined: CalendarDate(2005, 9, 1), left: CalendarDate(2013, 3, 31)).qualifies)
        #expect(try !qualifies(born: CalendarDate(1948, 1, 1), joined: CalendarDate(2005, 9, 1)).qualifies)
        #expect(try qualifies(born: CalendarDate(1949, 6, 1), joined: CalendarDate(2005, 9, 1)).qualifies)
    }

    @Test("seed 003 Annex C: the underpin date is the earliest of leaving, 2008 NPA and death; the underpin period ends by 31 March 2022")
    func dates() throws {
        let active = try underpinDate(.init(dateOfBirth: CalendarDate(1960, 6, 15), assessedOn: today), parameters: parameters).value
        #expect(active.underpinDate == CalendarDate(2025, 6, 15))
        #expect(active.event == .reached2008NormalPensionAge)
        #expect(active.underpinPeriodEnd == CalendarDate(2022, 3, 31))
        let leaver = try underpinDate(.init(dateOfBirth: CalendarDate(1960, 6, 15), leftActiveMembership: CalendarDate(2019, 10, 31),
                                            dateOfDeath: CalendarDate(2021, 1, 1), assessedOn: today), parameters: parameters).value
        #expect(leaver.underpinDate == CalendarDate(2019, 10, 31))
        #expect(leaver.underpinPeriodEnd == CalendarDate(2019, 10, 31))
        let died = try underpinDate(.init(dateOfBirth: CalendarDate(1975, 1, 1), dateOfDeath: CalendarDate(2016, 2, 2),
                                          assessedOn: today), parameters: parameters).value
        #expect(died.event == .death)
    }

    @Test("seed 003 Annex B reg. 4(7): the crystallisation date is the earliest event taking benefits")
    func crystallisation() {
        let result = underpinCrystallisationDate([.init(event: .death, date: CalendarDate(2030, 1, 1)),
                                                  .init(event: .voluntaryRetirement, date: CalendarDate(2027, 5, 1))])
        #expect(result.value == .init(event: .voluntaryRetirement, date: CalendarDate(2027, 5, 1)))
        #expect(underpinCrystallisationDate([]).value == nil)
    }

    @Test("seed 003 Annex C fn. 62: assumed benefits count 50/50 pay at the main accrual — £24,500 main + £9,800 50/50 gives £700")
    func assumedBenefits() throws {
        let result = try provisionalAssumedBenefits(.init(years: [
            .init(schemeYear: SchemeYear(startYear: 2014), mainSectionPay: Money(pounds: 24_500), fiftyFiftySectionPay: Money(pounds: 9_800)),
            .init(schemeYear: SchemeYear(startYear: 2015), mainSectionPay: Money(pounds: 24_500), revaluation: Fraction(1012, 1000)),
        ]), parameters: parameters)
        #expect(result.value == Money(pounds: 700) + Money(pounds: 506))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("seed 003 Annex B reg. 4(6): underpin amount 1/60 × final pay × part-time scaled remedy membership")
    func underpinAmount() throws {
        let date = CalendarDate(2022, 3, 31)
        let whole = try provisionalUnderpinAmount(.init(finalPay: Money(pounds: 30_000), membership: [.init(years: Fraction(8))]),
                                                  underpinDate: date, parameters: parameters)
        #expect(whole.value == Money(pounds: 4_000))
        let partTime = try provisionalUnderpinAmount(.init(finalPay: Money(pounds: 30_000), membership: [
            .init(years: Fraction(4), proportionOfWholeTime: Fraction(1, 2)), .init(years: Fraction(4))]),
                                                     underpinDate: date, parameters: parameters)
        #expect(partTime.value == Money(pounds: 3_000))
    }

    @Test("seed 001 Part 2A: when an earlier year's pay is used, pensions increase is added to the provisional underpin amount")
    func earlierPay() throws {
        let result = try provisionalUnderpinAmount(.init(finalPay: Money(pounds: 30_000), membership: [.init(years: Fraction(8))],
                                                         pensionsIncreaseOnEarlierPay: Fraction(1017, 1000)),
                                                   underpinDate: CalendarDate(2025, 3, 31), parameters: parameters)
        #expect(result.value == Money(pounds: 4_068))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("seed 003 Annex B reg. 4(4): the provisional guarantee amount is the excess of underpin over assumed, else nil")
    func provisionalGuarantee() {
        let some = provisionalGuaranteeAmount(provisionalUnderpinAmount: Money(pounds: 4_000),
                                              provisionalAssumedBenefits: Money(pounds: 3_500))
        #expect(some.value == Money(pounds: 500))
        let none = provisionalGuaranteeAmount(provisionalUnderpinAmount: Money(pounds: 3_000),
                                              provisionalAssumedBenefits: Money(pounds: 3_500))
        #expect(none.value == .zero)
        #expect(none.sumOfAddends == .zero)
    }

    @Test("seed 003 Annex B reg. 4(13)–(14): each side is increased and age-adjusted from its own NPA before comparing")
    func finalComparison() {
        let reduced = finalGuaranteeAmount(.init(provisionalAssumedBenefits: Money(pounds: 3_500),
                                                 provisionalUnderpinAmount: Money(pounds: 4_000),
                                                 assumedBenefitsIndexation: Fraction(11, 10), underpinIncrease: Fraction(105, 100),
                                                 assumedAgeAdjustment: Fraction(9, 10), underpinAgeAdjustment: Fraction(8, 10))).value
        #expect(reduced.finalAssumedBenefits == Money(pounds: 3_465))
        #expect(reduced.finalUnderpinAmount == Money(pounds: 3_360))
        #expect(reduced.finalGuaranteeAmount == .zero)
        let atNPA = finalGuaranteeAmount(.init(provisionalAssumedBenefits: Money(pounds: 3_500),
                                               provisionalUnderpinAmount: Money(pounds: 4_000),
                                               assumedBenefitsIndexation: Fraction(11, 10), underpinIncrease: Fraction(105, 100))).value
        #expect(atNPA.finalGuaranteeAmount == Money(pounds: 350))
    }

    @Test("SI 2013/2356 reg. 30(12B): the final guarantee amount is added without further age adjustment")
    func pensionWithGuarantee() {
        let result = pensionWithFinalGuaranteeAmount(ageAdjustedPension: Money(pounds: 10_000), finalGuaranteeAmount: Money(pounds: 350))
        #expect(result.value == Money(pounds: 10_350))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("seed 001 Part 2A: survivor guarantee amount 49/160 × £500 = £153.125, rounded to £153.13")
    func survivorGuarantee() throws {
        let result = try survivorGuaranteeAmount(provisionalGuaranteeAmount: Money(pounds: 500), on: today,
                                                 terms: parameters.underpin).value
        #expect(result.exactPence == Fraction(30_625, 2))
        #expect(result.amount == Money(pence: 15_313))
    }

    @Test("seed 003 Annex B reg. 4(21): children's rates 49/320, 49/160, 49/240, 49/120 of the adjusted provisional guarantee")
    func childrensGuarantee() throws {
        func amount(_ children: Int, _ survivor: Bool) throws -> Money {
            try childrensGuaranteeAmount(provisionalGuaranteeAmount: Money(pounds: 640), eligibleChildren: children,
                                         survivorPensionPayable: survivor, dateOfDeath: today,
                                         fractions: parameters.survivors).value.amount
        }
        #expect(try amount(1, true) == Money(pounds: 98))
        #expect(try amount(2, true) == Money(pounds: 196))
        #expect(try amount(1, false) == Money(pence: 13_067))
        #expect(try amount(4, false) == Money(pence: 26_133))
        #expect(try amount(0, false) == .zero)
    }
}
