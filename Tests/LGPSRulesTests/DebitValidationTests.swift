import LGPSRules
import Testing

/// The add-a-debit form and money fields (VAL-1, VAL-2).
@Suite("Validation: pension debits")
struct DebitValidationTests {
    let today = CalendarDate(2026, 11, 22)
    let record = PensionRecord(id: 9, fundID: 1, personID: 1, memberNumber: "M1", payrollReference: "P1", employerID: 1,
                               jobTitle: "Clerk", pensionableStart: CalendarDate(2000, 4, 1), leftOn: nil,
                               statusHistory: [], sectionHistory: [], aggregationLinks: [])

    var form: DebitForm {
        var form = DebitForm()
        form.kind = "pension_sharing"
        (form.effectiveDay, form.effectiveMonth, form.effectiveYear) = ("1", "6", "2020")
        form.annualAmount = "1200"
        form.lumpSumAmount = "3,600.5"
        form.reference = "  PSO 1  "
        return form
    }

    @Test("Money as typed: commas, a £ sign and one decimal place are read; more than two places are not")
    func money() {
        #expect(validateMoneyInput("£1,234.5", field: "a", label: "A", requiredMessage: nil).value == Money(pence: 123_450))
        #expect(validateMoneyInput("  ", field: "a", label: "A", requiredMessage: nil).value == .some(nil))
        #expect(validateMoneyInput("", field: "a", label: "A", requiredMessage: "Enter A").errors.map(\.message) == ["Enter A"])
        #expect(validateMoneyInput("1.234", field: "a", label: "A", requiredMessage: nil).errors.map(\.message)
            == ["A must be an amount in pounds, like 1250.50"])
        #expect(validateMoneyInput("-5", field: "a", label: "A", requiredMessage: nil).errors.map(\.message)
            == ["A must be more than £0"])
        #expect(validateMoneyInput("10000000.01", field: "a", label: "A", requiredMessage: nil).errors.map(\.message)
            == ["A must be £10,000,000.00 or less"])
    }

    @Test("A valid form gives the debit, trimmed, with the parts given and none for those left empty")
    func valid() {
        #expect(validateDebit(form, record: record, today: today).value
            == Debit(kind: .pensionSharing, effectiveOn: CalendarDate(2020, 6, 1), annualAmount: Money(pounds: 1_200),
                     cashAmount: nil, lumpSumAmount: Money(pence: 360_050), survivorAnnualAmount: nil, reference: "PSO 1"))
    }

    @Test("Every problem is reported in form order; a scheme pays debit has no lump sum or survivor part")
    func invalid() {
        var bad = form
        bad.kind = "scheme_pays"
        bad.survivorAmount = "10"
        bad.effectiveYear = "1999"
        bad.reference = ""
        #expect(validateDebit(bad, record: record, today: today).errors.map(\.field)
            == ["effectiveOn", "lumpSumAmount", "survivorAmount", "reference"])
        bad = form
        bad.kind = "divorce"
        bad.annualAmount = "lots"
        #expect(validateDebit(bad, record: record, today: today).errors.map(\.field) == ["kind", "annualAmount"])
    }
}
