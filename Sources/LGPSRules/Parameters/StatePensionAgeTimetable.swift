/// The State Pension age timetable as legislated: for each band of dates of birth (and sex, where the law
/// differed), either a fixed age, an age plus months, or a fixed date.
/// - Legislation: Pensions Act 1995 Sch. 4; Pensions Act 2007 Sch. 3; Pensions Act 2011 s. 1; Pensions Act 2014
///   s. 26 (including para 7A: a day that does not exist in the month means the last day of that month).
public struct StatePensionAgeTimetable: Sendable, Hashable {
    /// How State Pension age is fixed for one band.
    public enum Rule: Sendable, Hashable {
        /// The birthday at `years` and `months` (a missing day of the month becomes the month's last day).
        case age(years: Int, months: Int)
        /// A fixed date, whatever the day of birth within the band.
        case date(CalendarDate)
    }

    /// One row of the timetable.
    public struct Row: Sendable, Hashable {
        public var bornFrom: CalendarDate?
        public var bornTo: CalendarDate?
        /// `nil` when the row applies to everyone.
        public var sex: Sex?
        public var rule: Rule
        public var reference: Reference
        public var verification: Verification

        public init(bornFrom: CalendarDate?, bornTo: CalendarDate?, sex: Sex?, rule: Rule, reference: Reference,
                    verification: Verification) {
            self.bornFrom = bornFrom
            self.bornTo = bornTo
            self.sex = sex
            self.rule = rule
            self.reference = reference
            self.verification = verification
        }
    }

    public var rows: [Row]
    public var lastValueStillValidOn: CalendarDate?

    public init(rows: [Row], lastValueStillValidOn: CalendarDate?) {
        self.rows = rows
        self.lastValueStillValidOn = lastValueStillValidOn
    }
}
