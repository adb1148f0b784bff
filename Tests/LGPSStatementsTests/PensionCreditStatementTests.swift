import Testing
import LGPSRules
@testable import LGPSStatements

/// SI 2013/2356 reg. 89(1): every pension credit member gets an annual benefit statement. LGA guide Part 4: the
/// pension credit at 31 March, the normal pension age wording and the death grant with its warning.
@Suite("Pension credit statements (reg. 89(1), Part 4)")
struct PensionCreditStatementTests {
    static let transferDay = CalendarDate(2020, 1, 1)

    /// The fixture person's pension credit record: £2,000 a year credited on 1 January 2020.
    static func member(_ credit: PensionCredit? = PensionCredit(annualAmount: Money(pounds: 2_000),
                                                                transferDay: transferDay,
                                                                debitedMemberReference: "M0999")) -> MemberRecord {
        var member = Fixtures.member(status: [StatusPeriod(status: .pensionCredit, from: transferDay, to: nil)])
        member.record.pensionableStart = transferDay
        member.record.leftOn = nil
        member.record.sectionHistory = []
        member.service = []
        member.careYears = []
        member.finalPay = []
        member.pensionCredit = credit
        return member
    }

    @Test("Part 4: the row has the transfer day, the credit, the credit with pensions increases at 31 March and the death grant")
    func row() throws {
        let member = Self.member()
        let row = try Fixtures.extractor().extract(Fixtures.subject(member), year: Fixtures.year).get()
        let estimate = try MemberCalculator(parameters: Fixtures.parameters)
            .estimate(member, facts: Fixtures.facts(), calculationDate: Fixtures.year.end, retirementDate: nil)
        let s = StatementSection.deferredBenefits
        #expect(row.kind == .pensionCredit)
        #expect(row.value("Transfer day", in: s) == "2020-01-01")
        #expect(row.value("Annual pension credited at transfer day", in: s) == "2000.00")
        #expect(row.value("Annual pension at 31 March 20xx", in: s) == estimate.payable.pension.decimalPounds)
        #expect(estimate.payable.pension > Money(pounds: 2_000))
        #expect(row.value("Lump sum death grant", in: s) == estimate.death.deathGrant.decimalPounds)
        #expect(row.value("Normal pension date", in: .personalDetails) == "2033-05-01")
        #expect(row.value("Normal Pension Age", in: .personalDetails) == "67")
        #expect(row.value("Date pensionable service started", in: .personalDetails) == "")
        #expect(row.ordered.count == StatementCatalogue.items(for: .pensionCredit).count)
        #expect(!row.values.keys.contains { $0.hasPrefix(StatementSection.mcCloudRemedy.title) })
        #expect(!row.values.values.contains("M0999"), "the former spouse's reference is never on the statement")
    }

    @Test("Part 4: the catalogue keeps the pension and death grant but no survivor pension, leaving date or McCloud items")
    func catalogue() {
        let names = StatementCatalogue.items(for: .pensionCredit).map(\.name)
        #expect(names.contains("Transfer day") && names.contains("Annual pension at 31 March 20xx"))
        #expect(names.contains("Lump sum death grant") && names.contains("Normal pension date"))
        #expect(!names.contains("Survivor pension at 31 March 20xx") && !names.contains("Date of leaving"))
        #expect(!StatementCatalogue.items(for: .pensionCredit).contains { $0.section == .mcCloudRemedy })
    }

    @Test("Exception: a pension credit record with no credit recorded is reported with the reason")
    func missingCredit() {
        let result = Fixtures.extractor().extract(Fixtures.subject(Self.member(nil)), year: Fixtures.year)
        guard case .failure(let exception) = result else { Issue.record("expected an exception"); return }
        #expect(exception.recordID == 10)
        #expect(exception.reason.hasPrefix("Missing pension credit: no annual pension credit amount or transfer day"))
    }

    @Test("Exception: a nil credit amount, and a transfer day after 31 March, are reported; nothing else is")
    func unusableCredit() {
        let zero = Self.member(PensionCredit(annualAmount: .zero, transferDay: Self.transferDay))
        guard case .failure(let nothing) = Fixtures.extractor().extract(Fixtures.subject(zero), year: Fixtures.year)
        else { Issue.record("expected an exception"); return }
        #expect(nothing.reason.hasPrefix("Missing pension credit: the annual pension credited is recorded as £0.00"))
        let later = Self.member(PensionCredit(annualAmount: Money(pounds: 500), transferDay: CalendarDate(2025, 6, 1)))
        guard case .failure(let after) = Fixtures.extractor().extract(Fixtures.subject(later), year: Fixtures.year)
        else { Issue.record("expected an exception"); return }
        #expect(after.reason == "Inconsistent pension credit: the transfer day (1 June 2025) is after 31 March 2025")
    }

    @Test("Part 4: the page shows the pension credit figures, says no survivor's pension is paid, and gives the notes that apply")
    func page() throws {
        let subject = Fixtures.subject(Self.member())
        let row = try StatementFixtures.row(subject)
        let rendered = try StatementFixtures.render(subject, row: row)
        let pension = try #require(row.money("Annual pension at 31 March 20xx", .deferredBenefits))
        let html = rendered.html
        #expect(html.contains("Your pension credit statement at 31 March 2025"))
        #expect(html.contains("Your pension credit at 31 March 2025"))
        #expect(html.contains("Date the pension sharing order took effect") && html.contains("1 January 2020"))
        #expect(html.contains("£2,000.00") && html.contains(StatementFormat.money(pension)))
        #expect(html.contains("No survivor&#39;s or children&#39;s pension") || html.contains("No survivor's or children's pension"))
        #expect(!html.contains("Date you left") && !html.contains("id=\"deferred-benefits\""))
        let letters = rendered.notes.map(\.letter)
        #expect(letters.contains("c") && letters.contains("e") && letters.contains("g") && letters.contains("h"))
        #expect(!letters.contains { ["i", "u", "v", "w", "x", "y", "a"].contains($0) })
        let npa = try #require(rendered.notes.first { $0.letter == "c" })
        #expect(npa.text.contains("normal pension date is currently 1 May 2033"))
        #expect(npa.text.contains("State Pension age, but not less than 65"))
        #expect(npa.text.contains("will change if the Government changes State Pension ages"))
        let grant = try #require(rendered.notes.first { $0.letter == "g" })
        #expect(grant.text.contains("3 times your pension credit"))
        #expect(grant.text.contains("paid only if you die before your pension credit is paid to you"))
        #expect(grant.text.contains("No pension is paid to a husband, wife, civil partner, partner or children"))
        let increases = try #require(rendered.notes.first { $0.letter == "e" })
        #expect(increases.text.contains("£2,000.00 a year") && increases.text.contains(StatementFormat.yearly(pension)))
    }

    @Test("Part 4 (Kent PF, UNVERIFIED): a credit from an order before 1 April 2014 is payable at 65, and the note says so")
    func before2014() throws {
        let member = Self.member(PensionCredit(annualAmount: Money(pounds: 1_500), transferDay: CalendarDate(2012, 5, 1)))
        let subject = Fixtures.subject(member)
        let row = try StatementFixtures.row(subject)
        #expect(row.value("Normal pension date", in: .personalDetails) == "2031-05-01")
        let note = try #require(try StatementFixtures.note("c", subject, row: row))
        #expect(note.text.contains("before 1 April 2014, so your normal pension age is 65"))
        #expect(!note.text.contains("State Pension age"))
    }

    @Test("Part 3 (a): a pension credit member with their own membership is told the credit is kept separate")
    func otherPosts() throws {
        let subject = Fixtures.subject(Self.member(), others: [Fixtures.member(id: 11, number: "M0011")])
        let note = try #require(try StatementFixtures.note("a", subject))
        #expect(note.text.contains("This statement is for your pension credit from a pension sharing order"))
        #expect(note.text.contains("kept separate") && note.text.contains("M0011"))
    }
}
