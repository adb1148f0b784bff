/// Everything a projection assumes, stated so the result can show it and a person can change it.
public struct ProjectionAssumptions: Sendable, Hashable {
    /// The date the member's record is known to (figures before it are actual).
    public var asAt: CalendarDate
    /// Whole-time pay a year at `asAt` (the level future pay grows from).
    public var wholeTimePay: Money
    /// Actual pay as a share of whole-time pay (part-time hours and term-time weeks), kept constant.
    public var partTimeShare: Fraction
    public var payGrowth: PayGrowth
    public var inflation: InflationPath
    public var promotions: [Promotion]
    /// Section changes from a date: a move to the 50/50 section and back.
    public var sectionChanges: [SectionPeriod]
    /// The date the member stops paying in, if before retirement.
    public var leaving: CalendarDate?
    public var retirement: CalendarDate
    /// The factor tables in force on this date are used (the statement basis uses today's tables).
    public var factorTablesOn: CalendarDate

    public init(asAt: CalendarDate, wholeTimePay: Money, partTimeShare: Fraction, payGrowth: PayGrowth,
                inflation: InflationPath, promotions: [Promotion], sectionChanges: [SectionPeriod],
                leaving: CalendarDate?, retirement: CalendarDate, factorTablesOn: CalendarDate) {
        self.asAt = asAt
        self.wholeTimePay = wholeTimePay
        self.partTimeShare = partTimeShare
        self.payGrowth = payGrowth
        self.inflation = inflation
        self.promotions = promotions
        self.sectionChanges = sectionChanges
        self.leaving = leaving
        self.retirement = retirement
        self.factorTablesOn = factorTablesOn
    }
}
