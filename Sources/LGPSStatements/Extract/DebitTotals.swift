import LGPSRules

/// The debits recorded against a record by a date, by kind: the annual pension debits, and a pension sharing
/// order's debits to the automatic lump sum and to the survivor's pension where recorded. Amounts are as recorded
/// at their effective dates: the engine does not yet increase debits, so no pensions increase is added here.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29–31; Finance Act 2004 s. 237B; LGA guide Part 2
///   Table 1 ("Divorce debit to pension", "Divorce debit to lump sum", "Divorce debit to survivor pension",
///   "Annual Allowance Scheme pays debit") [seed 001].
struct DebitTotals {
    var pensionSharing: Money
    var schemePays: Money
    /// Pension sharing debits to the automatic lump sum.
    var lumpSum: Money
    /// Pension sharing debits to the annual survivor's pension.
    var survivor: Money

    init(_ debits: [Debit], on date: CalendarDate) {
        let counted = debits.filter { $0.effectiveOn <= date }
        let sharing = counted.filter { $0.kind == .pensionSharing }
        pensionSharing = sharing.reduce(.zero) { $0 + $1.annualAmount }
        lumpSum = sharing.reduce(.zero) { $0 + ($1.lumpSumAmount ?? .zero) }
        survivor = sharing.reduce(.zero) { $0 + ($1.survivorAnnualAmount ?? .zero) }
        schemePays = counted.filter { $0.kind == .annualAllowanceSchemePays }.reduce(.zero) { $0 + $1.annualAmount }
    }

    var total: Money { pensionSharing + schemePays }

    /// `amount` less `debit`, never below nothing (a debit cannot take more than the benefit it reduces).
    static func after(_ amount: Money, less debit: Money) -> Money { max(.zero, amount - debit) }

    /// `amount` less `debit` when there is an amount (a survivor's pension is not quoted for everyone).
    static func afterQuoted(_ amount: Money?, less debit: Money) -> Money? { amount.map { after($0, less: debit) } }
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
