import Testing
import LGPSRules
@testable import LGPSStatements

/// Pensions Dashboards Regulations 2022 Sch. 3 Part 1 para 2(1)(a) and interfaces.md D2: the accrued (AP) and
/// projected (ERI) values recorded with a statement, from the statement's own figures, one illustration date.
@Suite("Dashboards value data")
struct DashboardTests {
    @Test("Sch. 3 para 2(1)(a): an active member's accrued and projected values are the statement's figures after debits")
    func activeValues() throws {
        let row = try StatementFixtures.row()
        let values = try StatementFixtures.render(row: row).dashboard
        let npd = try #require(row.date("Normal pension date", .personalDetails))
        let accrued = try #require(values.accrued), projected = try #require(values.projected)
        #expect(accrued.annualPension == row.money("Annual pension at 31 March 20xx", .benefitsAt31March))
        #expect(projected.annualPension == row.money("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA))
        #expect(accrued.lumpSum == row.positive("Automatic tax free lump sum at 31 March 20xx", .benefitsAt31March))
        #expect(values.illustrationDate == CalendarDate(2025, 3, 31) && values.calculationDate == CalendarDate(2025, 3, 31))
        #expect(values.retirementDate == npd && accrued.payableDate == npd && projected.payableDate == npd)
        #expect(values.pensionType == "DB" && values.statementIssuedOn == StatementFixtures.issuedOn)
        #expect(accrued.monthlyPension == DashboardAmounts.monthly(accrued.annualPension))
    }

    @Test("D2 view data shape: sorted keys, one illustration with AP and ERI components, amounts in pounds, same bytes twice")
    func json() throws {
        let row = try StatementFixtures.row()
        let values = try StatementFixtures.render(row: row).dashboard
        let json = values.json
        let accrued = try #require(values.accrued)
        #expect(json.hasPrefix("{\n  \"benefitIllustrations\": [\n    {\n      \"illustrationComponents\": ["))
        #expect(json.contains("\"illustrationDate\": \"2025-03-31\""))
        #expect(json.contains("\"annualAmount\": \(accrued.annualPension.decimalPounds),"))
        #expect(json.contains("\"illustrationType\": \"AP\"") && json.contains("\"illustrationType\": \"ERI\""))
        #expect(json.contains("\"amountType\": \"INC\"") && json.contains("\"calculationMethod\": \"BS\""))
        #expect(json.occurrences(of: "\"illustrationDate\"") == 1)
        let keys = ["\"benefitIllustrations\"", "\"calculationDate\"", "\"pensionType\"", "\"retirementDate\"",
                    "\"statementIssuedOn\""].compactMap { json.range(of: $0)?.lowerBound }
        #expect(keys.count == 5 && keys == keys.sorted())
        #expect(values.json == DashboardValues(row: row, year: Fixtures.year, issuedOn: StatementFixtures.issuedOn).json)
    }

    @Test("Sch. 3: a deferred member has an accrued value only; a CARE-only member has no lump sum component")
    func deferredAndNoLumpSum() throws {
        let subject = Fixtures.subject(StatementFixtures.deferredMember())
        let deferred = DashboardValues(row: try StatementFixtures.row(subject), year: Fixtures.year, issuedOn: StatementFixtures.issuedOn)
        #expect(deferred.accrued != nil && deferred.projected == nil)
        #expect(!deferred.json.contains("\"ERI\""))
        let careOnly = Fixtures.subject(StatementFixtures.careOnlyMember(joined: CalendarDate(2015, 6, 1)))
        let values = DashboardValues(row: try StatementFixtures.row(careOnly), year: Fixtures.year, issuedOn: StatementFixtures.issuedOn)
        #expect(values.accrued?.lumpSum == nil && !values.json.contains("\"DBL\""))
    }

    @Test("Guide Part 2 'Projection to NPA': over NPA with no projection, the figures at 31 March are repeated")
    func overNormalPensionAge() throws {
        let row = try StatementFixtures.row()
            .setting("Normal pension date", .personalDetails, "2024-06-01")
            .clearing("Annual pension at NPA (after divorce/AA debit)", .projectionToNPA)
        let values = DashboardValues(row: row, year: Fixtures.year, issuedOn: StatementFixtures.issuedOn)
        #expect(values.projected == values.accrued)
        #expect(values.accrued?.payableDate == Fixtures.year.end)
    }

    @Test("Rounding: the monthly amount is a twelfth of the annual, to the nearest penny")
    func monthly() {
        #expect(DashboardAmounts.monthly(Money(pence: 1_200_000)) == Money(pence: 100_000))
        #expect(DashboardAmounts.monthly(Money(pence: 100)) == Money(pence: 8))
        #expect(DashboardAmounts.monthly(Money(pence: 1_234_567)) == Money(pence: 102_881))
    }
}
