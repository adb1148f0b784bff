/// The pension record form as typed by staff: dates of joining and leaving the post, and the job title.
public struct RecordDetailsForm: Hashable, Sendable {
    /// Day box of the pensionable start date.
    public var pensionableStartDay = ""
    /// Month box of the pensionable start date.
    public var pensionableStartMonth = ""
    /// Year box of the pensionable start date.
    public var pensionableStartYear = ""
    /// Day box of the leaving date (all three blank: not left).
    public var leftOnDay = ""
    /// Month box of the leaving date.
    public var leftOnMonth = ""
    /// Year box of the leaving date.
    public var leftOnYear = ""
    /// Job title in the post.
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
