import LGPSRules
import Testing

/// Death grants, lgps-rules.md §7 (SI 2013/2356 regs. 40, 43, 46; seed 003 paras. 84 and 87), with simple
/// constructed figures showing each multiple.
struct DeathGrantTests {
    let terms = TestParameters.parameters.deathBenefits
    let born = CalendarDate(1970, 5, 1)

    @Test("lgps-rules.md §7: death in service pays 3 × APP — £30,000 APP gives £90,000")
    func inService() throws {
        let result = try deathInServiceGrant(.init(assumedPensionablePay: .init(pounds: 30_000), dateOfBirth: born,
                                                   dateOfDeath: CalendarDate(2025, 6, 1)), terms: terms)
        #expect(result.value == Money(pounds: 90_000))
        #expect(result.sumOfAddends == result.value)
    }

    @Test("lgps-rules.md §7: with other LGPS rights the higher of 3 × APP and the other grants is paid, not both")
    func higherOfNotBoth() throws {
        let higher = try deathInServiceGrant(.init(assumedPensionablePay: .init(pounds: 30_000), dateOfBirth: born,
                                                   dateOfDeath: CalendarDate(2025, 6, 1),
                                                   otherGrants: .init(pounds: 100_000)), terms: terms)
        #expect(higher.value == Money(pounds: 100_000))
        #expect(higher.sumOfAddends == higher.value)
        let lower = try deathInServiceGrant(.init(assumedPensionablePay: .init(pounds: 30_000), dateOfBirth: born,
                                                  dateOfDeath: CalendarDate(2025, 6, 1),
                                                  otherGrants: .init(pounds: 20_000)), terms: terms)
        #expect(lower.value == Money(pounds: 90_000))
        #expect(lower.sumOfAddends == lower.value)
    }

    @Test("SI 2013/2356 reg. 40: no grant for a death at 75; with the age limit removed (nil) it is paid")
    func ageLimit() throws {
        let input = DeathInServiceGrantInput(assumedPensionablePay: .init(pounds: 20_000), dateOfBirth: CalendarDate(1950, 1, 1),
                                             dateOfDeath: CalendarDate(2025, 1, 1))
        #expect(try deathInServiceGrant(input, terms: terms).value == .zero)
        #expect(try deathInServiceGrant(input, terms: DeathFixtures.noAgeLimit).value == Money(pounds: 60_000))
        var younger = input
        younger.dateOfDeath = CalendarDate(2024, 12, 31)
        #expect(try deathInServiceGrant(younger, terms: terms).value == Money(pounds: 60_000))
    }

    @Test("seed 003 para. 84: a deferred member's grant is 5 × the revalued pension, including any underpin addition")
    func deferred() throws {
        let plain = try deferredMemberDeathGrant(.init(deferredPension: .init(pounds: 4_000), dateOfBirth: born,
                                                       dateOfDeath: CalendarDate(2025, 6, 1)), terms: terms)
        #expect(plain.value == Money(pounds: 20_000))
        let withUnderpin = try deferredMemberDeathGrant(.init(deferredPension: .init(pounds: 4_000),
                                                              adjustedProvisionalGuaranteeAmount: .init(pounds: 100),
                                                              dateOfBirth: born, dateOfDeath: CalendarDate(2025, 6, 1)),
                                                        terms: terms)
        #expect(withUnderpin.value == Money(pounds: 20_500))
        #expect(withUnderpin.sumOfAddends == withUnderpin.value)
    }

    @Test("seed 003 para. 87: a pensioner's grant is 10 × pension less pension paid and commuted lump sum, not negative")
    func pensioner() throws {
        let due = try pensionerDeathGrant(.init(annualPensionBeforeCommutation: .init(pounds: 10_000),
                                                pensionPaid: .init(pounds: 30_000), commutedLumpSum: .init(pounds: 20_000),
                                                dateOfBirth: CalendarDate(1955, 1, 1), dateOfDeath: CalendarDate(2025, 1, 1)),
                                          terms: terms)
        #expect(due.value == Money(pounds: 50_000))
        #expect(due.sumOfAddends == due.value)
        let none = try pensionerDeathGrant(.init(annualPensionBeforeCommutation: .init(pounds: 10_000),
                                                 pensionPaid: .init(pounds: 90_000), commutedLumpSum: .init(pounds: 20_000),
                                                 dateOfBirth: CalendarDate(1955, 1, 1), dateOfDeath: CalendarDate(2025, 1, 1)),
                                           terms: terms)
        #expect(none.value == .zero)
        #expect(none.sumOfAddends == .zero)
    }

    @Test("A date before the death grant terms begin is a typed ParameterError")
    func notCovered() {
        #expect(throws: ParameterError.self) {
            try deathInServiceGrant(.init(assumedPensionablePay: .init(pounds: 1), dateOfBirth: CalendarDate(1950, 1, 1),
                                          dateOfDeath: CalendarDate(2010, 1, 1)), terms: terms)
        }
    }
}
