/// The member's pre-2014 (final salary) membership split at the dates that decide which membership a survivor
/// counts, each part in years (a `Fraction`, part-time already scaled).
public struct PreApril2014MembershipSplit: Sendable, Hashable {
    public var before6April1978: Fraction
    public var from6April1978To5April1988: Fraction
    public var from6April1988: Fraction

    public init(before6April1978: Fraction = .zero, from6April1978To5April1988: Fraction = .zero,
                from6April1988: Fraction = .zero) {
        self.before6April1978 = before6April1978
        self.from6April1978To5April1988 = from6April1978To5April1988
        self.from6April1988 = from6April1988
    }

    /// All pre-2014 membership.
    public var total: Fraction { before6April1978 + from6April1978To5April1988 + from6April1988 }
}

/// How the member died, which decides whether the prospective enhancement to normal pension age is added.
public enum DeathCircumstance: Sendable, Hashable {
    /// Death in active membership: the pension that would have built up to NPA on assumed pensionable pay.
    case inService(assumedPensionablePay: Money, yearsToNormalPensionAge: Fraction)
    /// Death of a deferred member: no enhancement.
    case deferredMember
    /// Death of a pensioner member: no enhancement.
    case pensionerMember
}

/// The amounts a survivor's or child's pension is worked out from, taken from the member's record by the
/// accrual rules.
/// - Legislation: SI 2013/2356 regs. 41–48; SI 2014/525 Sch. 1 (final salary membership)
public struct DeathBenefitBases: Sendable, Hashable {
    /// Final pay (whole-time equivalent) for the pre-2014 membership.
    public var finalPay: Money
    public var membership: PreApril2014MembershipSplit
    /// The member's CARE pension (earned pension with revaluation) at death.
    public var carePension: Money
    /// Pension credited to the CARE account from transfers in.
    public var transfersInCredit: Money
    public var circumstance: DeathCircumstance

    public init(finalPay: Money, membership: PreApril2014MembershipSplit, carePension: Money,
                transfersInCredit: Money = .zero, circumstance: DeathCircumstance) {
        self.finalPay = finalPay
        self.membership = membership
        self.carePension = carePension
        self.transfersInCredit = transfersInCredit
        self.circumstance = circumstance
    }
}
