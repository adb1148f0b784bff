/// A value for a pensions dashboard: an annual pension and a lump sum at an illustration date, payable from the
/// retirement date.
public struct DashboardValue: Sendable, Hashable {
    /// The annual pension.
    public var annualPension: Money
    /// The lump sum payable without commutation (the pre-2008 automatic lump sum).
    public var lumpSum: Money
    /// The date the value is calculated at.
    public var illustrationDate: CalendarDate
    /// The retirement date the value is payable from.
    public var payableFrom: CalendarDate
}

/// An active member's accrued benefits at the illustration date, from the accrual rules.
public struct DashboardAccruedInput: Sendable, Hashable {
    public var illustrationDate: CalendarDate
    /// The normal pension age date (the retirement date the values are payable from).
    public var payableFrom: CalendarDate
    /// Final salary pension on final pay at the illustration date.
    public var finalSalaryPension: Money
    /// The pre-2008 automatic lump sum.
    public var finalSalaryLumpSum: Money
    /// CARE pension in the account at the illustration date (with revaluation), including any added pension.
    public var carePension: Money

    public init(illustrationDate: CalendarDate, payableFrom: CalendarDate, finalSalaryPension: Money,
                finalSalaryLumpSum: Money = .zero, carePension: Money) {
        self.illustrationDate = illustrationDate
        self.payableFrom = payableFrom
        self.finalSalaryPension = finalSalaryPension
        self.finalSalaryLumpSum = finalSalaryLumpSum
        self.carePension = carePension
    }
}

/// Accrued value: the pension and lump sum built up to the illustration date, payable from the retirement date,
/// with no future pay increases. The pension steps marked as addends sum to the annual pension.
/// - Legislation: Pensions Dashboards Regulations 2022 (SI 2022/1220) Sch. 3 para. 2(1)(a)(i)
public func dashboardAccruedValue(_ input: DashboardAccruedInput) -> Calculation<DashboardValue> {
    var working = Working()
    let regulation = "SI 2022/1220 Sch. 3 para. 2(1)(a)(i)"
    working.record(.init(title: "Final salary pension", result: .money(input.finalSalaryPension), isAddend: true,
                         regulation: regulation))
    working.record(.init(title: "CARE pension", result: .money(input.carePension), isAddend: true, regulation: regulation))
    working.record(.init(title: "Lump sum", result: .money(input.finalSalaryLumpSum), regulation: regulation))
    return working.result(DashboardValue(annualPension: input.finalSalaryPension + input.carePension,
                                         lumpSum: input.finalSalaryLumpSum, illustrationDate: input.illustrationDate,
                                         payableFrom: input.payableFrom))
}
