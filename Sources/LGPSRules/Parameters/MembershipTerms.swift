/// Periods that decide vesting, refunds, aggregation and the final-salary link.
/// - Legislation: SI 2013/2356 reg. 3(7) (2 years' qualifying service), reg. 18 (refunds), reg. 22(8)
///   (12 months to elect not to aggregate); SI 2014/525 Sch. 1 (a break of more than 5 years ends the final
///   salary link); Finance Act 2004 s. 205 (20% tax on refunds, the short service refund lump sum charge).
public struct MembershipTerms: Sendable, Hashable {
    public var vestingYears: Int
    public var disqualifyingBreakYears: Int
    public var aggregationElectionMonths: Int
    public var refundTaxRate: Rate
    /// A member who rejoins within this many months (and a day) of leaving cannot take a refund (1).
    public var refundRejoinMonths: Int

    public init(vestingYears: Int, disqualifyingBreakYears: Int, aggregationElectionMonths: Int, refundTaxRate: Rate,
                refundRejoinMonths: Int) {
        self.vestingYears = vestingYears
        self.disqualifyingBreakYears = disqualifyingBreakYears
        self.aggregationElectionMonths = aggregationElectionMonths
        self.refundTaxRate = refundTaxRate
        self.refundRejoinMonths = refundRejoinMonths
    }
}
