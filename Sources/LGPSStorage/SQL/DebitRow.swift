import LGPSRules
import SQLKit

/// How a pension debit is stored in `debits` (amounts in pence, ordered by position within the record).
enum DebitRow {
    static let columns = ["record_id", "position", "fund_id", "kind", "effective_on", "annual_amount", "cash_amount",
                          "reference", "lump_sum_amount", "survivor_amount"]

    static func values(recordID: Int64, position: Int64, fundID: Int64, _ d: Debit) -> [any SQLCellConvertible] {
        [recordID, position, fundID, d.kind.rawValue, d.effectiveOn.description, d.annualAmount.pence,
         d.cashAmount?.pence, d.reference, d.lumpSumAmount?.pence, d.survivorAnnualAmount?.pence]
    }

    static func auditFields(_ d: Debit) -> AuditFields {
        var fields = AuditFields()
        fields.add("kind", d.kind.rawValue)
        fields.add("effective_on", d.effectiveOn.description)
        fields.add("annual_amount", number: d.annualAmount.pence)
        fields.add("lump_sum_amount", number: d.lumpSumAmount?.pence)
        fields.add("survivor_amount", number: d.survivorAnnualAmount?.pence)
        fields.add("cash_amount", number: d.cashAmount?.pence)
        fields.add("reference", d.reference)
        return fields
    }
}
