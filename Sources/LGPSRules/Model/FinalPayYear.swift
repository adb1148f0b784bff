/// Pensionable pay for final-pay purposes (the 2008 Scheme definition: contractual pay, no non-contractual
/// overtime) for a year of membership ending on `yearEnding`, at the whole-time rate, as payroll reports it for
/// members with final-salary membership. The rules choose the final pay from these.
/// - Legislation: SI 2007/1166 reg. 8 (final pay: the final 365 days or either of the two years before);
///   SI 2014/525 Sch. 1 para 1 (final salary link after 2014 uses the same definition).
public struct FinalPayYear: Hashable, Sendable, Codable {
    /// Last day of the year of pay (the day before the anniversary, or 31 March).
    public var yearEnding: CalendarDate
    /// Pay for the 365 days ending on `yearEnding`, grossed up to the whole-time rate.
    public var wholeTimePay: Money

    public init(yearEnding: CalendarDate, wholeTimePay: Money) {
        self.yearEnding = yearEnding
        self.wholeTimePay = wholeTimePay
    }
}
