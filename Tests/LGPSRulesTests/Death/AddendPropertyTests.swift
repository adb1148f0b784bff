import LGPSRules
import PropertyBased
import Testing

/// "Steps marked addend sum to the value" (the shared brief and DESIGN.md principle 4) for the death, ill-health,
/// underpin and dashboard rules, each over 1,000 generated cases.
struct AddendPropertyTests {
    let parameters = TestParameters.parameters
    static let pay = Gen.int64(in: 0...15_000_000)
    static let years = Gen.int64(in: 0...20_000)   // hundredths of a year: up to 200 years' worth of parts

    @Test("Death grants: the addends sum to the grant, and a grant is never negative")
    func deathGrants() async {
        let born = CalendarDate(1950, 1, 1)
        await propertyCheck(count: 1_000, input: Self.pay, Self.pay, Self.pay, Gen.int(in: 0...15_000)) { a, b, c, days in
            let death = CalendarDate(2015, 1, 1).adding(days: days)
            let terms = parameters.deathBenefits
            let inService = try deathInServiceGrant(.init(assumedPensionablePay: Money(pence: a), dateOfBirth: born,
                                                          dateOfDeath: death, otherGrants: Money(pence: b)), terms: terms)
            let deferred = try deferredMemberDeathGrant(.init(deferredPension: Money(pence: a), dateOfBirth: born,
                                                              dateOfDeath: death), terms: terms)
            let pensioner = try pensionerDeathGrant(.init(annualPensionBeforeCommutation: Money(pence: a),
                                                          pensionPaid: Money(pence: b), commutedLumpSum: Money(pence: c),
                                                          dateOfBirth: born, dateOfDeath: death), terms: terms)
            for grant in [inService, deferred, pensioner] {
                #expect(grant.sumOfAddends == grant.value)
                #expect(grant.value >= .zero)
            }
        }
    }

    @Test("Survivor and children's pensions: the addends sum to the pension")
    func survivorPensions() async {
        await propertyCheck(count: 1_000, input: Self.pay, Self.years, Self.years, Self.pay, Gen.int(in: 0...4),
                            Gen.bool()) { finalPay, early, late, care, children, inService in
            let bases = DeathBenefitBases(
                finalPay: Money(pence: finalPay),
                membership: .init(before6April1978: Fraction(early, 100), from6April1978To5April1988: Fraction(late, 300),
                                  from6April1988: Fraction(late, 100)),
                carePension: Money(pence: care / 7), transfersInCredit: Money(pence: care / 11),
                circumstance: inService ? .inService(assumedPensionablePay: Money(pence: finalPay), yearsToNormalPensionAge: Fraction(early, 365))
                                        : .deferredMember)
            let death = CalendarDate(2024, 5, 5)
            for kind in SurvivorKind.allCases {
                let survivor = try survivorPension(bases, survivor: kind, survivorGuaranteeAmount: Money(pence: care / 13),
                                                   dateOfDeath: death, fractions: parameters.survivors)
                #expect(survivor.sumOfAddends == survivor.value)
            }
            let child = try childrensPension(bases, eligibleChildren: children, survivorPensionPayable: inService,
                                             dateOfDeath: death, fractions: parameters.survivors)
            #expect(child.sumOfAddends == child.value)
        }
    }

    @Test("Ill-health pension, provisional assumed benefits and dashboard projection: the addends sum to the value")
    func otherRules() async {
        await propertyCheck(count: 1_000, input: Self.pay, Self.pay, Self.years, Gen.int(in: 1...3),
                            Gen.int(in: 0...8)) { accrued, pay, years, tierNumber, schemeYears in
            let tier = IllHealthTier(rawValue: tierNumber) ?? .tier3
            let illHealth = try illHealthPension(.init(tier: tier, accruedPension: Money(pence: accrued),
                                                       assumedPensionablePay: Money(pence: pay),
                                                       yearsToNormalPensionAge: Fraction(years, 100),
                                                       leavingDate: CalendarDate(2024, 9, 30),
                                                       paymentStart: CalendarDate(2024, 10, 1)), parameters: parameters)
            let addends = illHealth.steps.filter(\.isAddend).reduce(Money.zero) { total, step in
                if case .money(let m) = step.result { return total + m } else { return total }
            }
            #expect(addends == illHealth.value.annualPension)
            let assumed = try provisionalAssumedBenefits(.init(years: (0..<schemeYears).map {
                RemedyPeriodCareYear(schemeYear: SchemeYear(startYear: 2014 + $0), mainSectionPay: Money(pence: pay),
                                     fiftyFiftySectionPay: Money(pence: accrued / 3), revaluation: Fraction(1_000 + years % 200, 1_000))
            }, enhancement: Money(pence: accrued % 100_000)), parameters: parameters)
            #expect(assumed.sumOfAddends == assumed.value)
            let projection = try dashboardProjectedValue(.init(
                accrued: .init(illustrationDate: CalendarDate(2025, 3, 31), payableFrom: CalendarDate(2040, 1, 1),
                               finalSalaryPension: Money(pence: accrued), carePension: Money(pence: pay / 49)),
                currentPensionablePay: Money(pence: pay), section: .main, yearsToNormalPensionAge: Fraction(years, 100)),
                accrual: parameters.accrual)
            let projected = projection.steps.filter(\.isAddend).reduce(Money.zero) { total, step in
                if case .money(let m) = step.result { return total + m } else { return total }
            }
            #expect(projected == projection.value.annualPension)
        }
    }
}
