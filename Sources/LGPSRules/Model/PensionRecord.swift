/// One pension record: a person's membership in one post (employment). The aggregate holds its histories.
public struct PensionRecord: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var personID: Int64
    public var memberNumber: String
    public var payrollReference: String
    public var employerID: Int64
    public var jobTitle: String
    public var pensionableStart: CalendarDate
    /// Date the member left the post (ceased active membership), if they have.
    public var leftOn: CalendarDate?
    /// Status over time, oldest first; the last period is the current status.
    public var statusHistory: [StatusPeriod]
    /// Section over time (2014 Scheme membership only), oldest first.
    public var sectionHistory: [SectionPeriod]
    public var aggregationLinks: [AggregationLink]

    public init(id: Int64, fundID: Int64, personID: Int64, memberNumber: String, payrollReference: String,
                employerID: Int64, jobTitle: String, pensionableStart: CalendarDate, leftOn: CalendarDate?,
                statusHistory: [StatusPeriod], sectionHistory: [SectionPeriod], aggregationLinks: [AggregationLink]) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.memberNumber = memberNumber
        self.payrollReference = payrollReference
        self.employerID = employerID
        self.jobTitle = jobTitle
        self.pensionableStart = pensionableStart
        self.leftOn = leftOn
        self.statusHistory = statusHistory
        self.sectionHistory = sectionHistory
        self.aggregationLinks = aggregationLinks
    }

    /// The status now recorded (the latest period), or `nil` for a record with no history.
    public var currentStatus: MemberStatus? { statusHistory.last?.status }
}

/// A status held from `from` until `to` (inclusive; `nil` while current).
public struct StatusPeriod: Hashable, Sendable, Codable {
    public var status: MemberStatus
    public var from: CalendarDate
    public var to: CalendarDate?

    public init(status: MemberStatus, from: CalendarDate, to: CalendarDate?) {
        self.status = status
        self.from = from
        self.to = to
    }
}

/// Membership of a section from `from` until `to` (inclusive; `nil` while current).
public struct SectionPeriod: Hashable, Sendable, Codable {
    public var section: Section
    public var from: CalendarDate
    public var to: CalendarDate?

    public init(section: Section, from: CalendarDate, to: CalendarDate?) {
        self.section = section
        self.from = from
        self.to = to
    }
}

/// A link between two of a person's records made when membership is aggregated (or kept separate).
/// - Legislation: SI 2013/2356 reg. 22 (aggregation of pension accounts); SI 2014/525 Sch. 1 para 10 (final
///   salary link).
public struct AggregationLink: Hashable, Sendable, Codable {
    public var otherRecordID: Int64
    public var kind: AggregationKind
    public var on: CalendarDate

    public init(otherRecordID: Int64, kind: AggregationKind, on: CalendarDate) {
        self.otherRecordID = otherRecordID
        self.kind = kind
        self.on = on
    }
}

/// How two records were linked.
public enum AggregationKind: String, Sendable, Codable, CaseIterable {
    /// Earlier membership added into this record.
    case aggregatedInto = "aggregated_into"
    /// Concurrent posts, kept separate.
    case concurrent
    /// Kept separate by the member's election.
    case keptSeparate = "kept_separate"

    public var label: String {
        switch self {
        case .aggregatedInto: return "Aggregated"
        case .concurrent: return "Concurrent post"
        case .keptSeparate: return "Kept separate"
        }
    }
}
