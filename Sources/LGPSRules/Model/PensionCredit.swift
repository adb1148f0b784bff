/// A pension credit: the pension a pension sharing order on divorce or dissolution gave this record's member out
/// of a former spouse's or civil partner's LGPS benefits. It is held in the member's own right, separate from any
/// membership they have themselves, on a record with status `pension_credit`.
/// - Legislation: Welfare Reform and Pensions Act 1999 s. 29 (pension debits and credits; the "transfer day" is
///   the day the order takes effect); SI 2013/2356 reg. 89(1) (an annual benefit statement for each pension
///   credit member); lgpsmember.org "Pension Credits in the LGPS".
public struct PensionCredit: Hashable, Sendable, Codable {
    /// The annual pension credited, as at the transfer day (before any pensions increase).
    public var annualAmount: Money
    /// The day the pension sharing order took effect: pensions increase counts from here.
    public var transferDay: CalendarDate
    /// The debited member's record reference (their member number), when the fund knows it. Never shown on the
    /// pension credit member's statement: the two records are separate.
    public var debitedMemberReference: String?

    public init(annualAmount: Money, transferDay: CalendarDate, debitedMemberReference: String? = nil) {
        self.annualAmount = annualAmount
        self.transferDay = transferDay
        self.debitedMemberReference = debitedMemberReference
    }
}
