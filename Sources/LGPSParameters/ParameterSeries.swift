import LGPSRules

/// A dated series of one parameter: values keyed by the date they take effect, each with its legal reference.
/// Resolution follows OpenFisca: the latest value whose date is on or before the date asked.
public struct ParameterSeries<Value: Sendable>: Sendable {
    /// One dated value with the legislation it comes from.
    public struct Entry: Sendable {
        public var effective: CalendarDate
        public var value: Value
        public var reference: Reference
    }

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

    /// The value in force on `date`, or a typed error when the series does not cover it.
    public func value(on date: CalendarDate) throws(ParameterError) -> Entry {
        guard let entry = entries.last(where: { $0.effective <= date }) else {
            throw .notCovered(parameter: name, date: date)
        }
        return entry
    }
}

/// The legislation (or other source) behind a parameter value.
public struct Reference: Sendable, Hashable, Codable {
    public var title: String
    public var href: String?
    public init(title: String, href: String?) {
        self.title = title
        self.href = href
    }
}

/// Why a parameter could not be read or resolved.
public enum ParameterError: Error, Equatable, Sendable {
    case notCovered(parameter: String, date: CalendarDate)
    case invalidFile(path: String, reason: String)
}
