/// A pension debit against a record.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29–31 (pension sharing on divorce);
///   Finance Act 2004 s. 237B (annual allowance "scheme pays"); SI 2013/2356 reg. 96.
public struct Debit: Hashable, Sendable, Codable {
    public var kind: DebitKind
    public var effectiveOn: CalendarDate
    /// The annual pension debit at the effective date.
    public var annualAmount: Money
    /// Cash equivalent or tax charge the debit settles, where recorded.
    public var cashAmount: Money?
    /// A pension sharing order's debit to the automatic lump sum (membership before 1 April 2008 carries one), as
    /// worked out when the order was put into effect, where recorded.
    public var lumpSumAmount: Money?
    /// A pension sharing order's reduction to the annual survivor's pension, as worked out when the order was put
    /// into effect, where recorded.
    public var survivorAnnualAmount: Money?
    public var reference: String

    public init(kind: DebitKind, effectiveOn: CalendarDate, annualAmount: Money, cashAmount: Money?,
                lumpSumAmount: Money? = nil, survivorAnnualAmount: Money? = nil, reference: String) {
        self.kind = kind
        self.effectiveOn = effectiveOn
        self.annualAmount = annualAmount
        self.cashAmount = cashAmount
        self.lumpSumAmount = lumpSumAmount
        self.survivorAnnualAmount = survivorAnnualAmount
        self.reference = reference
    }
}

/// What a debit is for.
public enum DebitKind: String, Sendable, Codable, CaseIterable {
    case pensionSharing = "pension_sharing"
    case annualAllowanceSchemePays = "scheme_pays"

    public var label: String {
        self == .pensionSharing ? "Pension sharing order" : "Annual allowance (scheme pays)"
    }
}
