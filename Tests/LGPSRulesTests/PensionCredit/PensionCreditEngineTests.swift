import LGPSRules
import Testing

/// The engine on a pension credit member's record (SI 2013/2356 reg. 89(1) needs their figures every year): the
/// credit increased to the calculation date, paid at the pension credit's normal pension age, a death grant and
/// no survivor's pension, and no McCloud underpin.
struct PensionCreditEngineTests {
    static let born = CalendarDate(1970, 2, 28)
    static let facts = MemberFacts(dateOfBirth: born, sex: .female, hasPartner: true)
    let calculator = MemberCalculator(parameters: TestParameters.parameters)

    static func member(_ credit: PensionCredit?) -> MemberRecord {
        let from = credit?.transferDay ?? CalendarDate(2022, 4, 11)
        let record = PensionRecord(id: 77, fundID: 1, personID: 1, memberNumber: "M0077", payrollReference: "",
                                   employerID: 1, jobTitle: "Pension credit member", pensionableStart: from, leftOn: nil,
                                   statusHistory: [StatusPeriod(status: .pensionCredit, from: from, to: nil)],
                                   sectionHistory: [], aggregationLinks: [])
        return MemberRecord(record: record, service: [], breaks: [], addedYears: [], careYears: [], debits: [],
                            mcCloudFacts: [], pensionCredit: credit)
    }

    static let credit = PensionCredit(annualAmount: Money(pounds: 1_000), transferDay: CalendarDate(2022, 4, 11),
                                      debitedMemberReference: "M0001")

    @Test("The credit with pensions increase to 31 March 2025 (£1,174.77) is payable in full at SPA 67; death grant 3 × it; no survivor's pension; not protected")
    func atStatementDate() throws {
        let estimate = try calculator.estimate(Self.member(Self.credit), facts: Self.facts,
                                               calculationDate: CalendarDate(2025, 3, 31), retirementDate: nil,
                                               accruedOnly: true)
        #expect(estimate.lines.map(\.kind) == [.pensionCredit])
        #expect(estimate.accruedPension == Money(pence: 117_477))
        #expect(estimate.ages.normalPensionAge == CalendarDate(2037, 2, 28))
        #expect(estimate.retirementDate == CalendarDate(2037, 2, 28))
        #expect(estimate.payable.pension == Money(pence: 117_477))
        #expect(estimate.payable.lumpSum == .zero)
        #expect(estimate.payable.adjustment == "no reduction or increase")
        #expect(estimate.death.deathGrant == Money(pence: 352_431))
        #expect(estimate.death.survivorPension == nil)
        #expect(!estimate.underpin.isProtected)
        #expect(estimate.warnings.contains { $0.contains("pension_credit/terms") })
        #expect(estimate.warnings.contains { $0.contains("active member after 31 March 2014") })
        let figures = try calculator.estimate(Self.member(Self.credit), facts: Self.facts,
                                              calculationDate: CalendarDate(2025, 3, 31), retirementDate: nil,
                                              explained: false)
        #expect(figures.payable == estimate.payable && figures.death == estimate.death && figures.steps.isEmpty)
    }

    @Test("SI 2013/2356 reg. 30(5): taken at 60 the credit is reduced from NPA by the early retirement factor")
    func earlyPayment() throws {
        let estimate = try calculator.estimate(Self.member(Self.credit), facts: Self.facts,
                                               calculationDate: CalendarDate(2030, 2, 28),
                                               retirementDate: CalendarDate(2030, 2, 28))
        #expect(estimate.payable.pension < estimate.accruedPension)
        #expect(estimate.payable.adjustment.hasPrefix("pension credit reduced by"))
        #expect(estimate.payable.maximumLumpSum > .zero)
    }

    @Test("Kent PF: a credit whose order took effect before 1 April 2014 is payable at 65, with no lump sum exchange")
    func beforeApril2014() throws {
        let credit = PensionCredit(annualAmount: Money(pounds: 2_000), transferDay: CalendarDate(2012, 9, 1))
        let estimate = try calculator.estimate(Self.member(credit), facts: Self.facts,
                                               calculationDate: CalendarDate(2025, 3, 31), retirementDate: nil)
        #expect(estimate.ages.normalPensionAge == CalendarDate(2035, 2, 28))
        #expect(estimate.retirementDate == CalendarDate(2035, 2, 28))
        #expect(estimate.payable.maximumLumpSum == .zero)
        #expect(estimate.payable.residualPension == estimate.payable.pension)
        #expect(!estimate.warnings.contains { $0.contains("active member after 31 March 2014") })
        let atNPA = try calculator.estimateAtNormalPensionAge(Self.member(credit), facts: Self.facts,
                                                              from: CalendarDate(2025, 3, 31))
        #expect(atNPA.retirementDate == CalendarDate(2035, 2, 28) && atNPA.payable == estimate.payable)
    }

    @Test("A pension credit record with no pension credit recorded is a missing-data error, not a guess")
    func missingCredit() {
        #expect(throws: EngineError.missingData("No pension credit is recorded: the annual amount credited and the "
                                                + "date the pension sharing order took effect are needed")) {
            try calculator.estimate(Self.member(nil), facts: Self.facts, calculationDate: CalendarDate(2025, 3, 31),
                                    retirementDate: nil)
        }
    }

    @Test("A dependant's record still has no membership of its own to calculate")
    func dependantRefused() {
        var member = Self.member(nil)
        member.record.statusHistory = [StatusPeriod(status: .dependant, from: CalendarDate(2020, 1, 1), to: nil)]
        #expect(throws: EngineError.self) {
            try calculator.estimate(member, facts: Self.facts, calculationDate: CalendarDate(2025, 3, 31),
                                    retirementDate: nil)
        }
    }
}
