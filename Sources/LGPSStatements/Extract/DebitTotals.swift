import LGPSRules

/// The annual pension debits recorded against a record by a date, by kind. Amounts are as recorded at their
/// effective dates: the engine does not yet increase debits, so no pensions increase is added here.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29–31; Finance Act 2004 s. 237B; LGA guide Part 2
///   Table 1 ("Divorce debit to pension", "Annual Allowance Scheme pays debit") [seed 001].
struct DebitTotals {
    var pensionSharing: Money
    var schemePays: Money

    init(_ debits: [Debit], on date: CalendarDate) {
        let counted = debits.filter { $0.effectiveOn <= date }
        pensionSharing = counted.filter { $0.kind == .pensionSharing }.reduce(.zero) { $0 + $1.annualAmount }
        schemePays = counted.filter { $0.kind == .annualAllowanceSchemePays }.reduce(.zero) { $0 + $1.annualAmount }
    }

    var total: Money { pensionSharing + schemePays }
}

extension BenefitEstimate {
    /// Total built-up pension of the lines of `kind`, before age adjustment.
    func pension(of kind: BenefitLine.Kind) -> Money {
        lines.filter { $0.kind == kind }.reduce(.zero) { $0 + $1.pension }
    }

    /// Total automatic lump sum of the lines of `kind`, before age adjustment.
    func lumpSum(of kind: BenefitLine.Kind) -> Money {
        lines.filter { $0.kind == kind }.reduce(.zero) { $0 + $1.lumpSum }
    }
}
