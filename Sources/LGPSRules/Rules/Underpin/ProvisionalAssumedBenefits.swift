/// Pensionable pay for one Scheme year of the underpin period, and the revaluation applied to that year's pension
/// up to the underpin date (a multiplier: 1 + each revaluation, compounded). APC and other purchased pension are
/// not included.
public struct RemedyPeriodCareYear: Sendable, Hashable {
    public var schemeYear: SchemeYear
    public var mainSectionPay: Money
    public var fiftyFiftySectionPay: Money
    public var revaluation: Fraction

    public init(schemeYear: SchemeYear, mainSectionPay: Money, fiftyFiftySectionPay: Money = .zero,
                revaluation: Fraction = .one) {
        self.schemeYear = schemeYear
        self.mainSectionPay = mainSectionPay
        self.fiftyFiftySectionPay = fiftyFiftySectionPay
        self.revaluation = revaluation
    }
}

/// What decides the provisional assumed benefits.
public struct ProvisionalAssumedBenefitsInput: Sendable, Hashable {
    /// Pay in each Scheme year of the underpin period, up to the end of the underpin period.
    public var years: [RemedyPeriodCareYear]
    /// Ill-health (reg. 39) or death-in-service (reg. 41(4)(b)) addition for the period up to the earlier of 2008
    /// Scheme NPA and 31 March 2022 (draft reg. 4(5A), (5B)); zero otherwise.
    public var enhancement: Money

    public init(years: [RemedyPeriodCareYear], enhancement: Money = .zero) {
        self.years = years
        self.enhancement = enhancement
    }
}

/// Provisional assumed benefits: the 2014 Scheme pension built up in the underpin period, as if the member had
/// been in the main section throughout (50/50 pay counts at the main-section accrual), revalued to the underpin
/// date; each year rounded to the nearest penny and the years added.
/// - Legislation: SI 2014/525 regs. 4A–4U as inserted by SI 2023/972; seed 003 Annex B reg. 4(5), (5A), (5B),
///   Annex C footnote 62; SI 2013/2356 reg. 23(4)
public func provisionalAssumedBenefits(_ input: ProvisionalAssumedBenefitsInput, parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<Money> {
    var working = Working()
    var total = Money.zero
    for year in input.years {
        let entry = try parameters.accrual.entry(on: year.schemeYear.start)
        let accrual = entry.value.careMain
        let pay = year.mainSectionPay + year.fiftyFiftySectionPay
        let amount = Money.rounding(pay.exactly(times: accrual * year.revaluation), .nearestPennyHalfUp)
        total += amount
        working.record(.init(title: "Assumed pension for \(year.schemeYear)",
                             inputs: [.init("Main section pay", .money(year.mainSectionPay)),
                                      .init("50/50 section pay (at main accrual)", .money(year.fiftyFiftySectionPay)),
                                      .init("Accrual", .fraction(accrual)),
                                      .init("Revaluation to the underpin date", .fraction(year.revaluation))],
                             result: .money(amount), isAddend: true,
                             parameter: ParameterUse(parameters.accrual, entry, shown: .fraction(accrual)),
                             regulation: UnderpinLaw.cite("5"), note: "rounded to the nearest penny"))
    }
    if input.enhancement != .zero {
        total += input.enhancement
        working.record(.init(title: "Ill-health or death-in-service addition to the underpin period end",
                             result: .money(input.enhancement), isAddend: true, regulation: UnderpinLaw.cite("5A), (5B")))
    }
    return working.result(total)
}
