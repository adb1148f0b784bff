import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide, Part 2 Table 1 and Part 2A: an active member's row at 31 March 2025
/// carries the engine's own figures, formatted for the extract.
@Suite("Active member rows (Part 2, Part 2A)")
struct ActiveRowTests {
    let end = Fixtures.year.end

    @Test("Part 2 Table 1: an active member's row matches the engine's BenefitEstimate at 31 March and at NPA")
    func activeRowMatchesEngine() throws {
        let row = try Fixtures.extractor().extract(Fixtures.subject(), year: Fixtures.year).get()
        let calculator = MemberCalculator(parameters: Fixtures.parameters)
        let estimate = try calculator.estimate(Fixtures.member(), facts: Fixtures.facts(), calculationDate: end,
                                               retirementDate: nil, accruedOnly: true)
        let projected = try calculator.estimateAtNormalPensionAge(Fixtures.member(), facts: Fixtures.facts(), from: end)
        #expect(row.kind == .active)
        #expect(row.value("Surname", in: .personalDetails) == "Smith, Jones")
        #expect(row.value("Initials", in: .personalDetails) == "JM")
        #expect(row.value("Date of birth", in: .personalDetails) == "1966-05-01")
        #expect(row.value("Section of scheme on 31 March 20xx", in: .personalDetails) == "Main section")
        #expect(row.value("Pensionable pay for year ending 31 March 20xx", in: .personalDetails) == "60000.00")
        #expect(row.value("Normal pension date", in: .personalDetails) == estimate.ages.normalPensionAge.description)
        #expect(row.value("Normal Pension Age", in: .personalDetails) == "67")
        #expect(row.value("Lump sum death grant", in: .deathBenefits) == estimate.death.deathGrant.decimalPounds)
        #expect(row.value("Annual pension at 31 March 20xx", in: .benefitsAt31March) == estimate.payable.pension.decimalPounds)
        #expect(row.value("Reduced pension at 31 March 20xx if maximum lump sum option taken", in: .benefitsAt31March)
            == estimate.payable.residualPension.decimalPounds)
        #expect(row.value("Annual pension at NPA (after divorce/AA debit)", in: .projectionToNPA)
            == projected.payable.pension.decimalPounds)
        #expect(row.value("60ths service", in: .benefitsSupportingData) == "4 years 1 day") // 1,461 days at 365 a year (2012 was a leap year)
        #expect(row.value("Total CARE pension at 31 March 20xx", in: .benefitsSupportingData)
            == estimate.pension(of: .care).decimalPounds)
        #expect(row.value("Expression of wish details", in: .deathBenefits) == "John Smith 100%")
        #expect(row.value("Annual pension at 31 March 20xx", in: .reducedBenefits) == "")
        #expect(row.value("Service history", in: .serviceHistory) == "2010-04-01 to 2014-03-31, 37 of 37 hours")
    }

    @Test("Part 2A and Part 2 yellow items: a protected member's pension includes the final guarantee amount; the 2025 discretion takes it out")
    func finalGuaranteeAndDiscretion() throws {
        let calculator = MemberCalculator(parameters: Fixtures.parameters)
        let estimate = try calculator.estimate(Fixtures.member(), facts: Fixtures.facts(), calculationDate: end,
                                               retirementDate: nil, accruedOnly: true)
        let fga = estimate.underpin.finalGuaranteeAmount
        try #require(estimate.underpin.isProtected && fga > .zero)
        let row = try Fixtures.extractor().extract(Fixtures.subject(), year: Fixtures.year).get()
        let item = "Annual pension at 31 March 20xx"
        #expect(row.value(item, in: .benefitsAt31March) == estimate.payable.pension.decimalPounds)
        #expect(row.value("Estimated final guarantee amount", in: .underpinUnder2008NPA) == fga.decimalPounds)
        let assumed = estimate.underpin.finalAssumedBenefits, underpinAmount = estimate.underpin.finalUnderpinAmount
        #expect(assumed > .zero && underpinAmount - assumed == fga)
        #expect(row.value("Estimated final assumed benefits", in: .underpinUnder2008NPA) == assumed.decimalPounds)
        #expect(row.value("Estimated final underpin amount", in: .underpinUnder2008NPA) == underpinAmount.decimalPounds)
        #expect(row.value("Protected by the McCloud remedy", in: .mcCloudRemedy) == "Yes")
        let settings = StatementSettings(underpinNotReflected: [Fixtures.member().record.id])
        let without = try Fixtures.extractor(settings).extract(Fixtures.subject(), year: Fixtures.year).get()
        #expect(without.value(item, in: .benefitsAt31March) == (estimate.payable.pension - fga).decimalPounds)
        #expect(without.value("Estimated final guarantee amount", in: .underpinUnder2008NPA) == "")
        #expect(without.value("Underpin protection not reflected (2025 discretion)", in: .mcCloudRemedy) == "Yes")
    }

    @Test("Part 2 Table 1 'Partnership status': a single member gets no survivor pension, or a spouse's if the fund says so")
    func survivorBasis() throws {
        let married = try Fixtures.extractor().extract(Fixtures.subject(), year: Fixtures.year).get()
        let single = Fixtures.subject(person: Fixtures.person(relationship: .single))
        let none = try Fixtures.extractor().extract(single, year: Fixtures.year).get()
        let assumed = try Fixtures.extractor(StatementSettings(survivorBasisWhenNotPartnered: .assumeSpouse))
            .extract(single, year: Fixtures.year).get()
        let item = "Annual survivor’s pension"
        #expect(none.value(item, in: .deathBenefits) == "")
        #expect(none.value("Partnership status (used in calculation of survivor benefits)", in: .personalDetails)
            == "No survivor pension quoted (no partner recorded)")
        #expect(assumed.value(item, in: .deathBenefits) == married.value(item, in: .deathBenefits))
        #expect(!married.value(item, in: .deathBenefits).isEmpty)
        #expect(none.value("Partnership status (recorded)", in: .personalDetails) == "Single")
    }

    @Test("Part 3 (a): a member with two posts gets a row per post, each naming the other post")
    func twoPosts() throws {
        let first = Fixtures.member(id: 10, number: "M0010"), second = Fixtures.member(id: 11, number: "M0011")
        let extractor = Fixtures.extractor()
        let a = try extractor.extract(Fixtures.subject(first, others: [first, second]), year: Fixtures.year).get()
        let b = try extractor.extract(Fixtures.subject(second, others: [first, second]), year: Fixtures.year).get()
        #expect(a.value("Reference number", in: .personalDetails) == "M0010")
        #expect(a.value("Other posts (reference numbers)", in: .personalDetails) == "M0011")
        #expect(b.value("Other posts (reference numbers)", in: .personalDetails) == "M0010")
        #expect(a.value("Payroll number", in: .personalDetails) == "PAY-10")
    }
}

/// Part 2A for a protected member already over their 2008 Scheme NPA (65) on 31 March: the figures go under the
/// "over 2008 Scheme NPA" heading, and the under-NPA heading stays empty.
@Suite("Part 2A: over the 2008 Scheme NPA")
struct OverNormalPensionAgeRowTests {
    @Test("Part 2A over 2008 NPA: provisional and final amounts from the engine, the guarantee their difference")
    func overNPA() throws {
        var person = Fixtures.person()
        person.dateOfBirth = CalendarDate(1959, 6, 1)  // 65 on 1 June 2024, before 31 March 2025
        let row = try Fixtures.extractor().extract(Fixtures.subject(person: person), year: Fixtures.year).get()
        let estimate = try MemberCalculator(parameters: Fixtures.parameters).estimate(
            Fixtures.member(), facts: Fixtures.facts(person), calculationDate: Fixtures.year.end, retirementDate: nil,
            accruedOnly: true)
        let underpin = estimate.underpin
        try #require(underpin.isProtected)
        let over = StatementSection.underpinOver2008NPA
        #expect(row.value("Provisional assumed benefits", in: over) == underpin.provisionalAssumedBenefits.decimalPounds)
        #expect(row.value("Provisional underpin amount", in: over) == underpin.provisionalUnderpinAmount.decimalPounds)
        #expect(row.value("Estimated final assumed benefits", in: over) == underpin.finalAssumedBenefits.decimalPounds)
        #expect(row.value("Estimated final underpin amount", in: over) == underpin.finalUnderpinAmount.decimalPounds)
        #expect(row.value("Estimated final guarantee amount", in: over) == underpin.finalGuaranteeAmount.decimalPounds)
        #expect(underpin.finalGuaranteeAmount == max(underpin.finalUnderpinAmount - underpin.finalAssumedBenefits, .zero))
        for item in ["Estimated provisional assumed benefits", "Estimated final guarantee amount"] {
            #expect(row.value(item, in: .underpinUnder2008NPA) == "")
        }
    }
}
