/// The pension record form as typed by staff: dates of joining and leaving the post, and the job title.
public struct RecordDetailsForm: Hashable, Sendable {
    public var pensionableStartDay = ""
    public var pensionableStartMonth = ""
    public var pensionableStartYear = ""
    public var leftOnDay = ""
    public var leftOnMonth = ""
    public var leftOnYear = ""
    public var jobTitle = ""

    /// An empty form.
    public init() {}

    /// The form filled in with `record`'s current values.
    public init(record: PensionRecord) {
        pensionableStartDay = String(record.pensionableStart.day)
        pensionableStartMonth = String(record.pensionableStart.month)
        pensionableStartYear = String(record.pensionableStart.year)
        if let left = record.leftOn {
            leftOnDay = String(left.day)
            leftOnMonth = String(left.month)
            leftOnYear = String(left.year)
        }
        jobTitle = record.jobTitle
    }
}
