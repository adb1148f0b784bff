import LGPSRules

/// What the check and listings need to know about one loaded value: when it applies, its source and status.
public struct ParameterEntryInfo: Sendable, Hashable {
    /// The date the value takes effect; `nil` for a timetable row.
    public var effective: CalendarDate?
    /// The date as text, or a timetable row's identity.
    public var label: String
    /// The source the value is cited to.
    public var reference: Reference
    /// VERIFIED, DERIVED or UNVERIFIED.
    public var verification: Verification
    /// Why the value is DERIVED or UNVERIFIED (or any other remark).
    public var note: String?
    /// The file the value came from (a fund file when it overrides the bundled one).
    public var file: String
    /// The line of the value in `file`.
    public var line: Int?
}

/// Metadata of one loaded parameter series: its path, description, unit, entries and how long it is known valid.
public struct ParameterSeriesInfo: Sendable, Hashable {
    /// The path below the parameter directory without extension, such as `care/revaluation`.
    public var path: String
    /// The file's `description`.
    public var description: String
    /// The declared unit, as text.
    public var unit: String
    /// Every file that contributed, bundled first.
    public var files: [String]
    /// Entries oldest first (timetable rows in file order).
    public var entries: [ParameterEntryInfo]
    /// The file's `last_value_still_valid_on`.
    public var lastValueStillValidOn: CalendarDate?

    /// Whether the series' last value is only known to hold until before `date`.
    public func isStale(on date: CalendarDate) -> Bool {
        guard let valid = lastValueStillValidOn else { return true }
        return valid < date
    }
}
