/// A dated series of one parameter: values keyed by the date they take effect, each with its legal reference.
/// Resolution follows OpenFisca: the latest value whose date is on or before the date asked; a date before the
/// first value is a typed error, never a guess.
public struct DatedSeries<Value: Sendable>: Sendable {
    /// One dated value with the legislation it comes from and how sure we are of it.
    public struct Entry: Sendable {
        public var effective: CalendarDate
        public var value: Value
        public var reference: Reference
        public var verification: Verification

        public init(effective: CalendarDate, value: Value, reference: Reference, verification: Verification = .verified) {
            self.effective = effective
            self.value = value
            self.reference = reference
            self.verification = verification
        }
    }

    /// The parameter's path, such as `care/revaluation`.
    public let name: String
    /// Entries in ascending date order.
    public let entries: [Entry]
    /// The last date on which the latest value is known still to hold.
    public let lastValueStillValidOn: CalendarDate?

    public init(name: String, entries: [Entry], lastValueStillValidOn: CalendarDate?) {
        self.name = name
        self.entries = entries.sorted { $0.effective < $1.effective }
        self.lastValueStillValidOn = lastValueStillValidOn
    }

    /// A series with one value in force from `effective` (for tests and described scenarios).
    public static func constant(_ name: String, _ value: Value, from effective: CalendarDate, reference: Reference,
                                verification: Verification = .verified) -> DatedSeries {
        DatedSeries(name: name, entries: [Entry(effective: effective, value: value, reference: reference,
                                                verification: verification)], lastValueStillValidOn: nil)
    }

    /// The entry in force on `date`, or a typed error when the series does not cover it.
    public func entry(on date: CalendarDate) throws(ParameterError) -> Entry {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].effective <= date { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { throw .notCovered(parameter: name, date: date) }
        return entries[low - 1]
    }

    /// The value in force on `date`.
    public func value(on date: CalendarDate) throws(ParameterError) -> Value {
        try entry(on: date).value
    }

    /// Entries taking effect in `from...to` (both inclusive), oldest first: revaluation dates in a period.
    public func entries(from: CalendarDate, through to: CalendarDate) -> [Entry] {
        entries.filter { $0.effective >= from && $0.effective <= to }
    }
}
