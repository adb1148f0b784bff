/// A stretch of underpin-period membership in years, with the proportion of whole-time hours worked.
public struct UnderpinMembershipPart: Sendable, Hashable {
    public var years: Fraction
    /// Contractual hours ÷ whole-time hours (1 for whole-time).
    public var proportionOfWholeTime: Fraction

    public init(years: Fraction, proportionOfWholeTime: Fraction = .one) {
        self.years = years
        self.proportionOfWholeTime = proportionOfWholeTime
    }
}

/// What decides the provisional underpin amount.
public struct ProvisionalUnderpinAmountInput: Sendable, Hashable {
    /// Final pay (whole-time equivalent) at the underpin date.
    public var finalPay: Money
    /// Membership in the underpin period (1 April 2014 to the end of the underpin period).
    public var membership: [UnderpinMembershipPart]
    /// When a previous year's pay is used as final pay: the pensions increase multiplier to apply (seed 001 Part 2A).
    public var pensionsIncreaseOnEarlierPay: Fraction?
    /// 2008 Scheme ill-health or death enhancement for the period to the earlier of 2008 NPA and 31 March 2022
    /// (draft reg. 4(6)(b)(iii), (6A)); zero otherwise.
    public var enhancement: Money

    public init(finalPay: Money, membership: [UnderpinMembershipPart], pensionsIncreaseOnEarlierPay: Fraction? = nil,
                enhancement: Money = .zero) {
        self.finalPay = finalPay
        self.membership = membership
        self.pensionsIncreaseOnEarlierPay = pensionsIncreaseOnEarlierPay
        self.enhancement = enhancement
    }

    /// The underpin-period membership scaled for part-time hours.
    public var scaledMembership: Fraction {
        membership.reduce(Fraction.zero) { $0 + $1.years * $1.proportionOfWholeTime }
    }
}

/// Provisional underpin amount: the 2008 Scheme pension for the same underpin-period membership, 1/60 × final pay
/// at the underpin date × membership (part-time scaled), rounded to the nearest penny; plus pensions increase when
/// an earlier year's pay is used, plus any ill-health or death enhancement.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(6), (6A); SI 2007/1166
///   reg. 4 (1/60); seed 001 Part 2A ("include pensions increase in the estimated provisional underpin amount")
public func provisionalUnderpinAmount(_ input: ProvisionalUnderpinAmountInput, underpinDate: CalendarDate,
                                      parameters: SchemeParameters) throws(ParameterError) -> Calculation<Money> {
    let entry = try parameters.accrual.entry(on: underpinDate)
    let accrual = entry.value.from2008Pension
    let membership = input.scaledMembership
    var working = Working()
    working.record(.init(title: "Underpin-period membership (part-time scaled)",
                         inputs: input.membership.map { .init("Years × proportion \($0.proportionOfWholeTime)", .fraction($0.years)) },
                         result: .fraction(membership), regulation: UnderpinLaw.cite("6)(a")))
    let base = Money.rounding(input.finalPay.exactly(times: membership * accrual), .nearestPennyHalfUp)
    var total = base
    working.record(.init(title: "2008 Scheme pension for the underpin period",
                         inputs: [.init("Final pay at the underpin date", .money(input.finalPay)),
                                  .init("Membership (years)", .fraction(membership)), .init("Accrual", .fraction(accrual))],
                         result: .money(base), isAddend: true,
                         parameter: ParameterUse(parameters.accrual, entry, shown: .fraction(accrual)),
                         regulation: UnderpinLaw.cite("6"), note: "rounded to the nearest penny"))
    if let increase = input.pensionsIncreaseOnEarlierPay, increase != .one {
        let added = Money.rounding(base.exactly(times: increase - .one), .nearestPennyHalfUp)
        total += added
        working.record(.init(title: "Pensions increase on the earlier year's pay",
                             inputs: [.init("Increase multiplier", .fraction(increase))], result: .money(added),
                             isAddend: true, regulation: "seed 001 Part 2A; Pensions (Increase) Act 1971",
                             note: "rounded to the nearest penny"))
    }
    if input.enhancement != .zero {
        total += input.enhancement
        working.record(.init(title: "2008 Scheme ill-health or death enhancement to the underpin period end",
                             result: .money(input.enhancement), isAddend: true, regulation: UnderpinLaw.cite("6A")))
    }
    return working.result(total)
}
