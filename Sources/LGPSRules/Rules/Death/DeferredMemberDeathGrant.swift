/// What decides the death grant on the death of a deferred member.
public struct DeferredMemberDeathGrantInput: Sendable, Hashable {
    /// The annual deferred pension, revalued (increased) to the date of death.
    public var deferredPension: Money
    /// Any adjusted provisional guarantee amount under the underpin (seed 003 para. 84; zero if none).
    public var adjustedProvisionalGuaranteeAmount: Money
    public var dateOfBirth: CalendarDate
    public var dateOfDeath: CalendarDate

    public init(deferredPension: Money, adjustedProvisionalGuaranteeAmount: Money = .zero, dateOfBirth: CalendarDate,
                dateOfDeath: CalendarDate) {
        self.deferredPension = deferredPension
        self.adjustedProvisionalGuaranteeAmount = adjustedProvisionalGuaranteeAmount
        self.dateOfBirth = dateOfBirth
        self.dateOfDeath = dateOfDeath
    }
}

/// Death grant on the death of a deferred member: 5 × the annual deferred pension (including any adjusted
/// provisional guarantee amount), without adjustment for age; nothing at or over the age limit.
/// - Legislation: SI 2013/2356 reg. 43; SI 2014/525 reg. 4 as amended by SI 2023/972 (underpin addition;
///   seed 003 para. 84 and Annex B para. (22))
public func deferredMemberDeathGrant(_ input: DeferredMemberDeathGrantInput, terms: DatedSeries<DeathBenefitTerms>)
    throws(ParameterError) -> Calculation<Money> {
    let regulation = "SI 2013/2356 reg. 43"
    var working = Working()
    guard let entry = try DeathGrantAgeLimit.check(dateOfBirth: input.dateOfBirth, dateOfDeath: input.dateOfDeath,
                                                        series: terms, regulation: regulation, working: &working) else {
        return working.result(.zero)
    }
    let value = entry.value
    let multiple = value.deferredMultipleOfPension
    let pension = input.deferredPension + input.adjustedProvisionalGuaranteeAmount
    let grant = Money.rounding(pension.exactly(times: multiple), .nearestPennyHalfUp)
    working.record(.init(title: "Multiple of the annual deferred pension",
                         inputs: [.init("Deferred pension (revalued)", .money(input.deferredPension)),
                                  .init("Adjusted provisional guarantee amount",
                                        .money(input.adjustedProvisionalGuaranteeAmount)),
                                  .init("Multiple", .fraction(multiple))],
                         result: .money(grant), isAddend: true,
                         parameter: ParameterUse(terms, entry, shown: .fraction(multiple)),
                         regulation: "SI 2013/2356 reg. 43", note: "rounded to the nearest penny"))
    return working.result(grant)
}
