/// Which dated parameter a step used: its series, the date its value took effect, the value and its source.
public struct ParameterUse: Sendable, Hashable {
    public var name: String
    public var effective: CalendarDate
    public var value: Quantity
    public var reference: Reference
    public var verification: Verification

    public init(name: String, effective: CalendarDate, value: Quantity, reference: Reference,
                verification: Verification) {
        self.name = name
        self.effective = effective
        self.value = value
        self.reference = reference
        self.verification = verification
    }

    /// The use of `entry` of `series`, with the value shown as `value`.
    public init<V>(_ series: DatedSeries<V>, _ entry: DatedSeries<V>.Entry, shown value: Quantity) {
        self.init(name: series.name, effective: entry.effective, value: value, reference: entry.reference,
                  verification: entry.verification)
    }
}
