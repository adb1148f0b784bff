/// A member described in a scenario file rather than read from the database: dates, hours, sections and
/// whole-time pay by Scheme year. `memberRecord(asAt:)` turns the description into the same `MemberRecord` the
/// engine calculates for stored members, so scenarios exercise the same code.
public struct DescribedMember: Sendable, Hashable {
    /// Contractual hours (and weeks, for term-time posts) from a date.
    public struct Hours: Sendable, Hashable {
        public var from: CalendarDate
        public var contractual: Hundredths
        public var wholeTime: Hundredths
        public var weeks: Hundredths?
        public var wholeTimeWeeks: Hundredths?

        public init(from: CalendarDate, contractual: Hundredths, wholeTime: Hundredths, weeks: Hundredths? = nil,
                    wholeTimeWeeks: Hundredths? = nil) {
            self.from = from
            self.contractual = contractual
            self.wholeTime = wholeTime
            self.weeks = weeks
            self.wholeTimeWeeks = wholeTimeWeeks
        }

        /// Actual pay as a share of whole-time pay.
        public var share: Fraction {
            var share = contractual.fraction / wholeTime.fraction
            if let weeks, let wholeTimeWeeks { share = share * (weeks.fraction / wholeTimeWeeks.fraction) }
            return share
        }
    }

    public var facts: MemberFacts
    public var joined: CalendarDate
    public var left: CalendarDate?
    /// Hours from each date, oldest first; the first must start on `joined`.
    public var hours: [Hours]
    /// Sections from each date (2014 Scheme only); the main section when empty.
    public var sections: [SectionPeriod]
    /// Whole-time pay a year for Scheme years (by start year); a year not given takes the nearest earlier one.
    public var wholeTimePay: [Int: Money]
    /// Membership of another public service pension scheme before 1 April 2012 (McCloud qualification).
    public var earlierPublicServiceBefore2012: Bool

    public init(facts: MemberFacts, joined: CalendarDate, left: CalendarDate?, hours: [Hours], sections: [SectionPeriod],
                wholeTimePay: [Int: Money], earlierPublicServiceBefore2012: Bool) {
        self.facts = facts
        self.joined = joined
        self.left = left
        self.hours = hours
        self.sections = sections
        self.wholeTimePay = wholeTimePay
        self.earlierPublicServiceBefore2012 = earlierPublicServiceBefore2012
    }

    /// Whole-time pay for the Scheme year starting in `year`: the given figure, or the nearest earlier one.
    public func pay(for year: Int) -> Money {
        if let exact = wholeTimePay[year] { return exact }
        let earlier = wholeTimePay.keys.filter { $0 < year }.max()
        let later = wholeTimePay.keys.filter { $0 > year }.min()
        return (earlier ?? later).flatMap { wholeTimePay[$0] } ?? .zero
    }

    /// The hours in force on `date`.
    public func hours(on date: CalendarDate) -> Hours? {
        hours.last { $0.from <= date } ?? hours.first
    }

    /// The section on `date`.
    public func section(on date: CalendarDate) -> Section {
        sections.last { $0.from <= date && ($0.to.map { date <= $0 } ?? true) }?.section ?? .main
    }
}
