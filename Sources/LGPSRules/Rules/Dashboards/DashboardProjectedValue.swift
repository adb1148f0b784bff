/// What a projection to normal pension age needs beyond the accrued value.
public struct DashboardProjectionInput: Sendable, Hashable {
    public var accrued: DashboardAccruedInput
    /// Pensionable pay for a year at the illustration date (no future increases are assumed).
    public var currentPensionablePay: Money
    public var section: Section
    /// Years from the illustration date to the retirement date (a `Fraction`).
    public var yearsToNormalPensionAge: Fraction

    public init(accrued: DashboardAccruedInput, currentPensionablePay: Money, section: Section,
                yearsToNormalPensionAge: Fraction) {
        self.accrued = accrued
        self.currentPensionablePay = currentPensionablePay
        self.section = section
        self.yearsToNormalPensionAge = yearsToNormalPensionAge
    }
}

/// Projected value: the accrued value plus the CARE pension that would build up if service continued to the
/// retirement date at current pay with no increases (pay × the section's accrual × years, rounded to the nearest
/// penny); final salary benefits unchanged. The pension steps marked as addends sum to the annual pension.
/// - Legislation: Pensions Dashboards Regulations 2022 (SI 2022/1220) Sch. 3 para. 2(1)(a)(ii); SI 2013/2356
///   reg. 23(4)–(5)
public func dashboardProjectedValue(_ input: DashboardProjectionInput, accrual: DatedSeries<AccrualFractions>)
    throws(ParameterError) -> Calculation<DashboardValue> {
    var working = Working()
    let accrued = working.include(dashboardAccruedValue(input.accrued))
    let entry = try accrual.entry(on: input.accrued.illustrationDate)
    let fraction = input.section == .main ? entry.value.careMain : entry.value.careFiftyFifty
    let future = Money.rounding(input.currentPensionablePay.exactly(times: fraction * input.yearsToNormalPensionAge),
                                .nearestPennyHalfUp)
    working.record(.init(title: "CARE pension from continued service to the retirement date",
                         inputs: [.init("Current pensionable pay", .money(input.currentPensionablePay)),
                                  .init("Accrual (\(input.section.label))", .fraction(fraction)),
                                  .init("Years to the retirement date", .fraction(input.yearsToNormalPensionAge))],
                         result: .money(future), isAddend: true,
                         parameter: ParameterUse(accrual, entry, shown: .fraction(fraction)),
                         regulation: "SI 2022/1220 Sch. 3 para. 2(1)(a)(ii)",
                         note: "no pay increases or revaluation assumed; rounded to the nearest penny"))
    var value = accrued
    value.annualPension += future
    return working.result(value)
}
