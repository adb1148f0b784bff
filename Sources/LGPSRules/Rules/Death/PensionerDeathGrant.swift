/// What decides the death grant on the death of a pensioner member.
public struct PensionerDeathGrantInput: Sendable, Hashable {
    /// The annual pension before any part was commuted for a lump sum (including any final guarantee amount).
    public var annualPensionBeforeCommutation: Money
    /// Pension paid to the member before death.
    public var pensionPaid: Money
    /// The lump sum paid for commuting pension.
    public var commutedLumpSum: Money
    public var dateOfBirth: CalendarDate
    public var dateOfDeath: CalendarDate

    public init(annualPensionBeforeCommutation: Money, pensionPaid: Money, commutedLumpSum: Money,
                dateOfBirth: CalendarDate, dateOfDeath: CalendarDate) {
        self.annualPensionBeforeCommutation = annualPensionBeforeCommutation
        self.pensionPaid = pensionPaid
        self.commutedLumpSum = commutedLumpSum
        self.dateOfBirth = dateOfBirth
        self.dateOfDeath = dateOfDeath
    }
}

/// Death grant on the death of a pensioner member: 10 × the annual pension before commutation, less the pension
/// already paid and any commuted lump sum, never negative; nothing at or over the age limit.
/// - Legislation: SI 2013/2356 reg. 46 (seed 003 para. 87)
public func pensionerDeathGrant(_ input: PensionerDeathGrantInput, terms: DatedSeries<DeathBenefitTerms>)
    throws(ParameterError) -> Calculation<Money> {
    let regulation = "SI 2013/2356 reg. 46"
    var working = Working()
    guard let entry = try DeathGrantAgeLimit.check(dateOfBirth: input.dateOfBirth, dateOfDeath: input.dateOfDeath,
                                                        series: terms, regulation: regulation, working: &working) else {
        return working.result(.zero)
    }
    let value = entry.value
    let multiple = value.pensionerMultipleOfPension
    let gross = Money.rounding(input.annualPensionBeforeCommutation.exactly(times: multiple), .nearestPennyHalfUp)
    let remainder = gross - input.pensionPaid - input.commutedLumpSum
    let shortfall = remainder < .zero ? -remainder : .zero
    working.record(.init(title: "Multiple of the annual pension before commutation",
                         inputs: [.init("Annual pension before commutation", .money(input.annualPensionBeforeCommutation)),
                                  .init("Multiple", .fraction(multiple))],
                         result: .money(gross), isAddend: true,
                         parameter: ParameterUse(terms, entry, shown: .fraction(multiple)),
                         regulation: "SI 2013/2356 reg. 46", note: "rounded to the nearest penny"))
    working.record(.init(title: "Less pension already paid", result: .money(-input.pensionPaid), isAddend: true,
                         regulation: "SI 2013/2356 reg. 46"))
    working.record(.init(title: "Less commuted lump sum", result: .money(-input.commutedLumpSum), isAddend: true,
                         regulation: "SI 2013/2356 reg. 46"))
    if shortfall > .zero {
        working.record(.init(title: "Not less than nil", result: .money(shortfall), isAddend: true,
                             regulation: "SI 2013/2356 reg. 46",
                             note: "the pension paid and lump sum exceed the multiple; no grant is due"))
    }
    return working.result(remainder + shortfall)
}
