/// A period of final-salary membership with its contractual hours (and weeks, for term-time staff).
/// - Legislation: SI 2007/1166 reg. 5 and SI 1997/1612 reg. 11 (part-time membership counted in proportion
///   of contractual to whole-time hours).
public struct ServicePeriod: Hashable, Sendable, Codable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var contractualHours: Hundredths
    public var wholeTimeHours: Hundredths
    /// Contractual weeks a year for term-time staff (e.g. 39), with the whole-time weeks (52.14); `nil` otherwise.
    public var contractualWeeks: Hundredths?
    public var wholeTimeWeeks: Hundredths?
    public var tranche: Tranche

    public init(from: CalendarDate, to: CalendarDate, contractualHours: Hundredths, wholeTimeHours: Hundredths,
                contractualWeeks: Hundredths?, wholeTimeWeeks: Hundredths?, tranche: Tranche) {
        self.from = from
        self.to = to
        self.contractualHours = contractualHours
        self.wholeTimeHours = wholeTimeHours
        self.contractualWeeks = contractualWeeks
        self.wholeTimeWeeks = wholeTimeWeeks
        self.tranche = tranche
    }

    /// Whether the member worked fewer than whole-time hours or weeks in this period.
    public var isPartTime: Bool {
        contractualHours < wholeTimeHours || (contractualWeeks.map { w in wholeTimeWeeks.map { w < $0 } ?? false } ?? false)
    }
}

/// An unpaid break in service (the days do not count as membership).
public struct ServiceBreak: Hashable, Sendable, Codable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var reason: BreakReason

    public init(from: CalendarDate, to: CalendarDate, reason: BreakReason) {
        self.from = from
        self.to = to
        self.reason = reason
    }
}

/// A contract to buy added years of final-salary membership. The membership it buys is split between 80ths and
/// 60ths by its days before and from 1 April 2008 (`addedYearsMembership`).
/// - Legislation: SI 1997/1612 reg. 55 (added years; no new contracts after 31 March 2008).
public struct AddedYearsContract: Hashable, Sendable, Codable {
    public var startedOn: CalendarDate
    public var endsOn: CalendarDate?
    /// Membership being bought, in days.
    public var daysPurchased: Int
    /// Contribution rate towards the added years.
    public var rate: Rate

    public init(startedOn: CalendarDate, endsOn: CalendarDate?, daysPurchased: Int, rate: Rate) {
        self.startedOn = startedOn
        self.endsOn = endsOn
        self.daysPurchased = daysPurchased
        self.rate = rate
    }
}
