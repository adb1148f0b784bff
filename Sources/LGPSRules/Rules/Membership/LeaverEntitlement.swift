/// What a member who leaves active membership is entitled to.
public enum LeaverEntitlement: Hashable, Sendable {
    /// A deferred pension (the member has qualifying service of 2 years).
    case deferredPension
    /// A refund of contributions: `gross` less the tax charge `tax` leaves `net`.
    case refund(gross: Money, tax: Money, net: Money)
    /// Neither yet: the member rejoined within a month and a day, so the membership carries into the new post.
    case carriedForward
}

/// The leaver's entitlement: a deferred pension when vested; otherwise a refund of contributions less the
/// refund tax (the short service refund lump sum charge), unless the member rejoined within a month and a day.
///
/// The tax is worked out exactly and rounded to the nearest penny; the net refund is gross less tax.
/// - Legislation: SI 2013/2356 reg. 18 (refunds) and reg. 3(7); Finance Act 2004 s. 205 (short service refund
///   lump sum charge).
public func leaverEntitlement(vested: Bool, contributions: Money, leftOn: CalendarDate, rejoinedOn: CalendarDate?,
                              terms: DatedSeries<MembershipTerms>) throws(ParameterError)
    -> Calculation<LeaverEntitlement> {
    let entry = try terms.entry(on: leftOn)
    var working = Working()
    if vested {
        working.record(CalculationStep(title: "Deferred pension: the member has qualifying service",
                                       result: .flag(true), regulation: "SI 2013/2356 reg. 3(7)"))
        return working.result(.deferredPension)
    }
    let limit = leftOn.adding(months: entry.value.refundRejoinMonths).adding(days: 1)
    let rejoinedInTime = rejoinedOn.map { $0 <= limit } ?? false
    working.record(CalculationStep(title: "Rejoined within a month and a day of leaving",
                                   inputs: [.init("Left on", .date(leftOn)), .init("Last day", .date(limit))],
                                   result: .flag(rejoinedInTime),
                                   parameter: ParameterUse(terms, entry, shown: .count(entry.value.refundRejoinMonths)),
                                   regulation: "SI 2013/2356 reg. 18(3)"))
    if rejoinedInTime { return working.result(.carriedForward) }
    let taxRate = entry.value.refundTaxRate
    let tax = Money.rounding(contributions.exactly(times: taxRate.fraction), .nearestPennyHalfUp)
    working.record(CalculationStep(title: "Tax on the refund", inputs: [.init("Contributions", .money(contributions))],
                                   result: .money(tax), parameter: ParameterUse(terms, entry, shown: .rate(taxRate)),
                                   regulation: "Finance Act 2004 s. 205", note: "Rounded to the nearest penny."))
    let net = contributions - tax
    working.record(CalculationStep(title: "Refund of contributions less tax",
                                   inputs: [.init("Contributions", .money(contributions)), .init("Tax", .money(tax))],
                                   result: .money(net), regulation: "SI 2013/2356 reg. 18(1)"))
    return working.result(.refund(gross: contributions, tax: tax, net: net))
}
