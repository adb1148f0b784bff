import Testing
import LGPSRules
@testable import LGPSStatements

/// LGA annual benefit statements guide, Part 4 (deferred members) and the exceptions an extract run reports.
@Suite("Deferred rows and exceptions (Part 4)")
struct DeferredAndExceptionTests {
    static let left = CalendarDate(2023, 3, 31)
    static let deferredHistory = [StatusPeriod(status: .active, from: Fixtures.joined, to: left),
                                  StatusPeriod(status: .deferred, from: left.adding(days: 1), to: nil)]

    @Test("Part 4: a deferred member's row has the pension at NPA with any final guarantee amount, and no pay")
    func deferredRow() throws {
        let member = Fixtures.member(status: Self.deferredHistory)
        #expect(StatementKind.eligibility(of: member.record, for: Fixtures.year) == .deferred)
        let row = try Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year).get()
        let estimate = try MemberCalculator(parameters: Fixtures.parameters)
            .estimate(member, facts: Fixtures.facts(), calculationDate: Fixtures.year.end, retirementDate: nil)
        #expect(row.kind == .deferred)
        #expect(row.value("Date of leaving", in: .deferredBenefits) == "2023-03-31")
        #expect(row.value("Annual pension at 31 March 20xx", in: .deferredBenefits) == estimate.payable.pension.decimalPounds)
        #expect(row.value("Lump sum death grant", in: .deferredBenefits) == estimate.death.deathGrant.decimalPounds)
        #expect(row.value("Pensionable pay for year ending 31 March 20xx", in: .personalDetails) == "")
        #expect(row.ordered.count == StatementCatalogue.items(for: .deferred).count)
    }

    @Test("Reg. 89(1): eligibility follows the status on 31 March; a leaver not yet deferred still gets an active statement")
    func eligibility() {
        let year = Fixtures.year
        let undecided = [StatusPeriod(status: .active, from: Fixtures.joined, to: CalendarDate(2024, 9, 30)),
                         StatusPeriod(status: .undecidedLeaver, from: CalendarDate(2024, 10, 1), to: nil)]
        #expect(StatementKind.eligibility(of: Fixtures.member(status: undecided).record, for: year) == .active)
        let credit = [StatusPeriod(status: .pensionCredit, from: CalendarDate(2020, 1, 1), to: nil)]
        #expect(StatementKind.eligibility(of: Fixtures.member(status: credit).record, for: year) == .pensionCredit)
        let pensioner = [StatusPeriod(status: .pensioner, from: Fixtures.joined, to: nil)]
        #expect(StatementKind.eligibility(of: Fixtures.member(status: pensioner).record, for: year) == nil)
    }

    @Test("Exception: a member who left in the year and is still an undecided leaver is reported for processing")
    func undecidedLeaver() throws {
        var member = Fixtures.member(status: [
            StatusPeriod(status: .active, from: Fixtures.joined, to: CalendarDate(2024, 9, 30)),
            StatusPeriod(status: .undecidedLeaver, from: CalendarDate(2024, 10, 1), to: nil)])
        member.record.leftOn = CalendarDate(2024, 9, 30)
        let result = Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year)
        guard case .failure(let exception) = result else { Issue.record("expected an exception"); return }
        #expect(exception.reason.hasPrefix("Leaver not processed: left on 30 September 2024"))
    }

    @Test("Exception: a final-salary member with no final pay is reported, not quoted")
    func missingFinalPay() {
        let result = Fixtures.extractor().extract(Fixtures.subject(Fixtures.member(finalPay: false)), year: Fixtures.year)
        guard case .failure(let exception) = result else { Issue.record("expected an exception"); return }
        #expect(exception.recordID == 10)
        #expect(exception.reason.hasPrefix("Missing pay: final salary membership"))
    }

    @Test("Exception: a dependant record gets no statement; an active member with no pay for the year is reported")
    func dependantAndMissingYear() {
        let dependant = Fixtures.member(status: [StatusPeriod(status: .dependant, from: Fixtures.joined, to: nil)])
        guard case .failure(let exception) = Fixtures.extractor().extract(Fixtures.subject(dependant), year: Fixtures.year)
        else { Issue.record("expected an exception"); return }
        #expect(exception.reason.contains("dependant status"))
        var member = Fixtures.member()
        member.careYears.removeLast()
        guard case .failure(let missing) = Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year)
        else { Issue.record("expected an exception"); return }
        #expect(missing.reason == "Missing pay: no pensionable pay is recorded for the Scheme year 2024/25")
    }
}
