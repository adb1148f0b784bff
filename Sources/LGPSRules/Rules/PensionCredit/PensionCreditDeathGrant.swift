/// What decides the death grant on the death of a pension credit member before the pension credit is paid.
public struct PensionCreditDeathGrantInput: Sendable, Hashable {
    /// The annual pension credit, increased to the date of death.
    public var pension: Money
    public var dateOfBirth: CalendarDate
    public var dateOfDeath: CalendarDate

    public init(pension: Money, dateOfBirth: CalendarDate, dateOfDeath: CalendarDate) {
        self.pension = pension
        self.dateOfBirth = dateOfBirth
        self.dateOfDeath = dateOfDeath
    }
}

/// Death grant on the death of a pension credit member before the pension credit is paid: a multiple (3) of the
/// annual pension credit increased to the date of death, rounded to the nearest penny; nothing at or over the
/// death grant age limit of the Scheme's death grants. No survivor's or children's pension is paid from a
/// pension credit, so the grant is the only death benefit.
/// - Legislation: the provision was not found in SI 2013/2356 as read; the multiple is the UNVERIFIED parameter
///   `pension_credit/terms` (Kent Pension Fund; Derbyshire Pension Fund); no dependants' pensions: lgpsmember.org
///   "Pension Credits in the LGPS", Shropshire County Pension Fund; age limit: SI 2013/2356 regs. 40, 43, 46.
public func pensionCreditDeathGrant(_ input: PensionCreditDeathGrantInput, terms: DatedSeries<PensionCreditTerms>,
                                    deathBenefits: DatedSeries<DeathBenefitTerms>) throws(ParameterError)
    -> Calculation<Money> {
    let regulation = "Pension credit death grant (fund pages; UNVERIFIED)"
    var working = Working()
    guard try DeathGrantAgeLimit.check(dateOfBirth: input.dateOfBirth, dateOfDeath: input.dateOfDeath,
                                       series: deathBenefits, regulation: "SI 2013/2356 regs. 40, 43, 46",
                                       working: &working) != nil else {
        return working.result(.zero)
    }
    let entry = try terms.entry(on: input.dateOfDeath)
    let multiple = entry.value.deathGrantMultipleOfPension
    let grant = Money.rounding(input.pension.exactly(times: multiple), .nearestPennyHalfUp)
    working.record(.init(title: "Multiple of the annual pension credit",
                         inputs: [.init("Pension credit (increased)", .money(input.pension)),
                                  .init("Multiple", .fraction(multiple))],
                         result: .money(grant), isAddend: true,
                         parameter: ParameterUse(terms, entry, shown: .fraction(multiple)),
                         regulation: regulation, note: "rounded to the nearest penny"))
    return working.result(grant)
}
