import LGPSRules
import Testing

/// Pension credits (WRPA 1999 s. 29): the credit increased by pensions increase from the transfer day
/// (lgps-rules.md §1 PI table), its normal pension age and its death grant (UNVERIFIED `pension_credit/terms`,
/// from Kent and Derbyshire Pension Fund pages).
struct PensionCreditRuleTests {
    let parameters = TestParameters.parameters

    @Test("lgps-rules.md §1: £1,000 credited on 11 April 2022 is £1,101.00 after 10.1% (April 2023) and £1,174.77 after 6.7% (April 2024)")
    func increasedByPensionsIncrease() {
        let credit = PensionCredit(annualAmount: Money(pounds: 1_000), transferDay: CalendarDate(2022, 4, 11))
        let atMarch2024 = increasedPensionCredit(credit, to: CalendarDate(2024, 3, 31),
                                                 pensionsIncrease: parameters.pensionsIncrease)
        #expect(atMarch2024.value == Money(pence: 110_100))
        let atMarch2025 = increasedPensionCredit(credit, to: CalendarDate(2025, 3, 31),
                                                 pensionsIncrease: parameters.pensionsIncrease)
        #expect(atMarch2025.value == Money(pence: 117_477))
        #expect(atMarch2025.sumOfAddends == atMarch2025.value)
        #expect(atMarch2025.steps.first?.title == "Pension credit at the transfer day")
        #expect(atMarch2025.steps.contains { $0.parameter?.name == "increase/pensions_increase" })
    }

    @Test("Pensions Increase Act 1971 s. 1: the order on the transfer day itself is not applied; a credit under a year old gets the first order pro rata by months")
    func firstPartYear() {
        let credit = PensionCredit(annualAmount: Money(pounds: 1_000), transferDay: CalendarDate(2019, 6, 14))
        let result = increasedPensionCredit(credit, to: CalendarDate(2020, 4, 30),
                                            pensionsIncrease: parameters.pensionsIncrease)
        // 1.7% × 10/12 (14 June 2019 to 6 April 2020 is 10 months, a part month counted whole) = £14.17.
        #expect(result.value == Money(pence: 101_417))
        #expect(result.steps.contains { $0.note?.contains("UNVERIFIED") == true })
        let onOrderDay = PensionCredit(annualAmount: Money(pounds: 1_000), transferDay: CalendarDate(2023, 4, 10))
        #expect(increasedPensionCredit(onOrderDay, to: CalendarDate(2024, 3, 31),
                                       pensionsIncrease: parameters.pensionsIncrease).value == Money(pounds: 1_000))
    }

    @Test("Pensions increase never reduces a pension credit (0% in April 2016, when CPI was −0.1%)",
          arguments: [CalendarDate(2014, 5, 1), CalendarDate(2015, 9, 30), CalendarDate(2019, 6, 14),
                      CalendarDate(2022, 4, 11)])
    func neverReduced(transferDay: CalendarDate) {
        let credit = PensionCredit(annualAmount: Money(pence: 123_456), transferDay: transferDay)
        var previous = credit.annualAmount
        for year in transferDay.year...2026 {
            let value = increasedPensionCredit(credit, to: CalendarDate(year, 12, 31),
                                               pensionsIncrease: parameters.pensionsIncrease).value
            #expect(value >= previous)
            previous = value
        }
    }

    static let ages = KeyAges(statePensionAge: CalendarDate(2037, 2, 28), normalPensionAge: CalendarDate(2037, 2, 28),
                              normalPensionAge2008: CalendarDate(2035, 2, 28), earliestRetirement: CalendarDate(2025, 2, 28),
                              latestRetirement: CalendarDate(2045, 2, 28))

    @Test("Kent PF (UNVERIFIED): a transfer day from 1 April 2014 has the 2014 Scheme NPA; an earlier one NPA 65",
          arguments: [(CalendarDate(2014, 4, 1), true), (CalendarDate(2014, 3, 31), false),
                      (CalendarDate(2008, 7, 1), false), (CalendarDate(2020, 1, 1), true)])
    func normalPensionAge(transferDay: CalendarDate, isScheme2014: Bool) throws {
        let result = try pensionCreditNormalPensionAge(transferDay: transferDay, ages: Self.ages,
                                                       on: CalendarDate(2025, 3, 31), terms: parameters.pensionCredit)
        #expect(result.value.isScheme2014 == isScheme2014)
        #expect(result.value.date == (isScheme2014 ? Self.ages.normalPensionAge : Self.ages.normalPensionAge2008))
        #expect(result.unverifiedParameters.map(\.name) == ["pension_credit/terms"])
    }

    @Test("Kent and Derbyshire PF (UNVERIFIED): death before payment pays 3 × the increased credit; nothing at 75")
    func deathGrant() throws {
        let input = PensionCreditDeathGrantInput(pension: Money(pence: 117_477), dateOfBirth: CalendarDate(1970, 2, 28),
                                                 dateOfDeath: CalendarDate(2025, 3, 31))
        let grant = try pensionCreditDeathGrant(input, terms: parameters.pensionCredit,
                                                deathBenefits: parameters.deathBenefits)
        #expect(grant.value == Money(pence: 352_431))
        #expect(grant.sumOfAddends == grant.value)
        #expect(grant.unverifiedParameters.map(\.name) == ["pension_credit/terms"])
        var old = input
        old.dateOfBirth = CalendarDate(1950, 3, 31)
        #expect(try pensionCreditDeathGrant(old, terms: parameters.pensionCredit,
                                            deathBenefits: parameters.deathBenefits).value == .zero)
    }

    @Test("A date before the pension credit terms begin is a typed error, not a guess")
    func notCovered() {
        #expect(throws: ParameterError.notCovered(parameter: "pension_credit/terms", date: CalendarDate(2014, 3, 31))) {
            try pensionCreditNormalPensionAge(transferDay: CalendarDate(2010, 1, 1), ages: Self.ages,
                                              on: CalendarDate(2014, 3, 31), terms: parameters.pensionCredit)
        }
    }
}
