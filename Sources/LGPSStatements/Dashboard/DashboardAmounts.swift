import LGPSRules

/// One illustration's amounts for a pensions dashboard: the annual pension (and the same a month) and any
/// automatic lump sum, payable from `payableDate`.
/// - Legislation: Pensions Dashboards Regulations 2022 (SI 2022/1220) Sch. 3 Part 1 para 2(1)(a).
public struct DashboardAmounts: Sendable, Hashable, Codable {
    public var annualPension: Money
    /// `annualPension` a month (see `DashboardAmounts.monthly`).
    public var monthlyPension: Money
    /// The automatic (not commuted) lump sum; `nil` when there is none.
    public var lumpSum: Money?
    public var payableDate: CalendarDate

    /// Months in a year, for the monthly amount.
    public static let monthsPerYear: Int64 = 12

    public init(annualPension: Money, lumpSum: Money?, payableDate: CalendarDate) {
        self.annualPension = annualPension
        monthlyPension = Self.monthly(annualPension)
        self.lumpSum = lumpSum.flatMap { $0 > .zero ? $0 : nil }
        self.payableDate = payableDate
    }

    /// The annual amount divided by 12, rounded to the nearest penny (half up): the view data carries both an
    /// annual and a monthly amount, and this is our named rounding point for the monthly one.
    /// - Standard: PDP view data `payableDetails.monthlyAmount` (interfaces.md D2).
    public static func monthly(_ annual: Money) -> Money {
        Money.rounding(annual.exactly(times: Fraction(1, monthsPerYear)), .nearestPennyHalfUp)
    }
}
