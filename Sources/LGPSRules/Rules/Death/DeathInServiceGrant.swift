/// What decides the death grant on the death of an active member.
public struct DeathInServiceGrantInput: Sendable, Hashable {
    /// Assumed pensionable pay at the date of death, a year's amount (reg. 21(4)).
    public var assumedPensionablePay: Money
    public var dateOfBirth: CalendarDate
    public var dateOfDeath: CalendarDate
    /// The sum of the death grants that would be payable for the member's other (deferred or pensioner) LGPS
    /// rights, zero when there are none.
    public var otherGrants: Money

    public init(assumedPensionablePay: Money, dateOfBirth: CalendarDate, dateOfDeath: CalendarDate,
                otherGrants: Money = .zero) {
        self.assumedPensionablePay = assumedPensionablePay
        self.dateOfBirth = dateOfBirth
        self.dateOfDeath = dateOfDeath
        self.otherGrants = otherGrants
    }
}

/// Death grant on the death of an active member: 3 × assumed pensionable pay; when the member also has deferred or
/// pensioner rights, the higher of that and the sum of the other grants, not both. Nothing if the member dies at
/// or over the age limit.
/// - Legislation: SI 2013/2356 reg. 40
public func deathInServiceGrant(_ input: DeathInServiceGrantInput, terms: DatedSeries<DeathBenefitTerms>)
    throws(ParameterError) -> Calculation<Money> {
    let regulation = "SI 2013/2356 reg. 40"
    var working = Working()
    guard let entry = try DeathGrantAgeLimit.check(dateOfBirth: input.dateOfBirth, dateOfDeath: input.dateOfDeath,
                                                        series: terms, regulation: regulation, working: &working) else {
        return working.result(.zero)
    }
    let value = entry.value
    let multiple = value.inServiceMultipleOfPay
    let payGrant = Money.rounding(input.assumedPensionablePay.exactly(times: multiple), .nearestPennyHalfUp)
    let usesPay = payGrant >= input.otherGrants
    working.record(.init(title: "Multiple of assumed pensionable pay",
                         inputs: [.init("Assumed pensionable pay", .money(input.assumedPensionablePay)),
                                  .init("Multiple", .fraction(multiple))],
                         result: .money(payGrant), isAddend: usesPay,
                         parameter: ParameterUse(terms, entry, shown: .fraction(multiple)),
                         regulation: "SI 2013/2356 reg. 40", note: "rounded to the nearest penny"))
    if input.otherGrants > .zero {
        working.record(.init(title: "Sum of the death grants for the member's other LGPS rights",
                             result: .money(input.otherGrants), isAddend: !usesPay,
                             regulation: "SI 2013/2356 reg. 40",
                             note: "the higher of this and the pay-based grant is paid, not both"))
    }
    return working.result(usesPay ? payGrant : input.otherGrants)
}
