/// What decides the amount of an ill-health pension.
public struct IllHealthPensionInput: Sendable, Hashable {
    public var tier: IllHealthTier
    /// Pension accrued to leaving (all tranches, unreduced).
    public var accruedPension: Money
    /// Assumed pensionable pay at leaving, a year's amount.
    public var assumedPensionablePay: Money
    /// Years from leaving to normal pension age (a `Fraction`).
    public var yearsToNormalPensionAge: Fraction
    public var leavingDate: CalendarDate
    /// The day the pension becomes payable (tier 3 dates count from it).
    public var paymentStart: CalendarDate

    public init(tier: IllHealthTier, accruedPension: Money, assumedPensionablePay: Money,
                yearsToNormalPensionAge: Fraction, leavingDate: CalendarDate, paymentStart: CalendarDate) {
        self.tier = tier
        self.accruedPension = accruedPension
        self.assumedPensionablePay = assumedPensionablePay
        self.yearsToNormalPensionAge = yearsToNormalPensionAge
        self.leavingDate = leavingDate
        self.paymentStart = paymentStart
    }
}

/// An ill-health pension: the annual amount and, for tier 3, when it is reviewed and when it stops at the latest.
public struct IllHealthPension: Sendable, Hashable {
    /// The accrued pension plus the enhancement.
    public var annualPension: Money
    /// The tier 1 or tier 2 enhancement (zero for tier 3).
    public var enhancement: Money
    /// Tier 3: when the pension is reviewed (18 months after it starts).
    public var reviewDate: CalendarDate?
    /// Tier 3: the latest date the pension stops (3 years after it starts).
    public var ceasesNoLaterThan: CalendarDate?
}

/// The ill-health pension: the accrued pension unreduced, plus for tier 1 all (and tier 2 a quarter) of the CARE
/// pension that would have accrued from leaving to NPA on assumed pensionable pay (APP × years × main-section
/// accrual); tier 3 has no enhancement, is reviewed after 18 months and is paid for at most 3 years.
/// - Legislation: SI 2013/2356 reg. 35(5)–(7), reg. 37 (tier 3 review and suspension), reg. 39
public func illHealthPension(_ input: IllHealthPensionInput, parameters: SchemeParameters)
    throws(ParameterError) -> Calculation<IllHealthPension> {
    let termsEntry = try parameters.illHealth.entry(on: input.leavingDate)
    let accrualEntry = try parameters.accrual.entry(on: input.leavingDate)
    let terms = termsEntry.value
    let accrual = accrualEntry.value.careMain
    var working = Working()
    working.record(.init(title: "Pension accrued to leaving, unreduced", result: .money(input.accruedPension),
                         isAddend: true, regulation: "SI 2013/2356 reg. 35(5)–(7)"))
    let share: Fraction = switch input.tier {
    case .tier1: terms.tier1ShareOfProspective
    case .tier2: terms.tier2ShareOfProspective
    case .tier3: .zero
    }
    var enhancement = Money.zero
    if input.tier != .tier3 {
        let exact = input.assumedPensionablePay.exactly(times: input.yearsToNormalPensionAge * accrual * share)
        enhancement = Money.rounding(exact, .nearestPennyHalfUp)
        working.record(.init(title: "Tier \(input.tier.rawValue) enhancement",
                             inputs: [.init("Assumed pensionable pay", .money(input.assumedPensionablePay)),
                                      .init("Years to normal pension age", .fraction(input.yearsToNormalPensionAge)),
                                      .init("Accrual", .fraction(accrual)), .init("Share", .fraction(share))],
                             result: .money(enhancement), isAddend: true,
                             parameter: ParameterUse(parameters.illHealth, termsEntry, shown: .fraction(share)),
                             regulation: "SI 2013/2356 reg. 39", note: "rounded to the nearest penny"))
        working.record(.init(title: "Main-section accrual for the enhancement", result: .fraction(accrual),
                             parameter: ParameterUse(parameters.accrual, accrualEntry, shown: .fraction(accrual)),
                             regulation: "SI 2013/2356 reg. 23(4)"))
    }
    var review: CalendarDate?
    var ceases: CalendarDate?
    if input.tier == .tier3 {
        let reviewDate = input.paymentStart.adding(months: terms.tier3ReviewMonths)
        let ceasesDate = input.paymentStart.adding(years: terms.tier3MaximumYears)
        review = reviewDate
        ceases = ceasesDate
        working.record(.init(title: "Tier 3 review date", inputs: [.init("Payment starts", .date(input.paymentStart))],
                             result: .date(reviewDate),
                             parameter: ParameterUse(parameters.illHealth, termsEntry, shown: .count(terms.tier3ReviewMonths)),
                             regulation: "SI 2013/2356 reg. 37", note: "months after payment starts"))
        working.record(.init(title: "Tier 3 pension stops no later than", inputs: [.init("Payment starts", .date(input.paymentStart))],
                             result: .date(ceasesDate),
                             parameter: ParameterUse(parameters.illHealth, termsEntry, shown: .years(terms.tier3MaximumYears)),
                             regulation: "SI 2013/2356 reg. 37"))
    }
    let pension = IllHealthPension(annualPension: input.accruedPension + enhancement, enhancement: enhancement,
                                   reviewDate: review, ceasesNoLaterThan: ceases)
    return working.result(pension)
}
