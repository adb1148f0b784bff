import LGPSRules

/// An instant in UTC, in microseconds since 1970-01-01T00:00:00Z. Storage and the web use it for audit and
/// session times; the rules never see it.
public struct Timestamp: Hashable, Comparable, Sendable, Codable {
    public let microseconds: Int64
    public init(microseconds: Int64) { self.microseconds = microseconds }
    public static func < (l: Self, r: Self) -> Bool { l.microseconds < r.microseconds }
}

/// Something that tells the time. Code that needs "now" receives one; tests pass a fixed or stepping clock.
public protocol WallClock: Sendable {
    func now() -> Timestamp
    /// Today's date in the UK (Europe/London civil date).
    func today() -> CalendarDate
}

/// Who made a change, for the audit trail.
public struct Actor: Hashable, Sendable, Codable {
    /// Staff user id, portal account id, employer file id or a system job name.
    public var id: String
    public var channel: Channel
    public init(id: String, channel: Channel) {
        self.id = id
        self.channel = channel
    }
    public static func system(_ job: String) -> Actor { Actor(id: job, channel: .system) }
}

/// One line of a search result: a person and the records that matched.
public struct PersonSummary: Hashable, Sendable, Codable {
    public var personID: Int64
    public var name: String
    public var surname: String
    public var forenames: String
    public var dateOfBirth: CalendarDate
    public var nationalInsuranceNumber: String?
    public var postcode: String
    /// Member numbers of the person's records.
    public var memberNumbers: [String]
    public init(personID: Int64, name: String, surname: String, forenames: String, dateOfBirth: CalendarDate,
                nationalInsuranceNumber: String?, postcode: String, memberNumbers: [String]) {
        self.personID = personID
        self.name = name
        self.surname = surname
        self.forenames = forenames
        self.dateOfBirth = dateOfBirth
        self.nationalInsuranceNumber = nationalInsuranceNumber
        self.postcode = postcode
        self.memberNumbers = memberNumbers
    }
}

/// A page of results.
public struct Page<Item: Sendable & Codable & Hashable>: Sendable, Codable, Hashable {
    public var items: [Item]
    /// Total number of matches (for "showing 21 to 40 of 312").
    public var total: Int
    public var page: Int
    public var pageSize: Int
    public init(items: [Item], total: Int, page: Int, pageSize: Int) {
        self.items = items
        self.total = total
        self.page = page
        self.pageSize = pageSize
    }
    public var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
}

/// A record as listed on a person's page.
public struct RecordSummary: Hashable, Sendable, Codable {
    public var recordID: Int64
    public var memberNumber: String
    public var payrollReference: String
    public var employerName: String
    public var jobTitle: String
    public var pensionableStart: CalendarDate
    public var leftOn: CalendarDate?
    public var status: MemberStatus?
    public init(recordID: Int64, memberNumber: String, payrollReference: String, employerName: String,
                jobTitle: String, pensionableStart: CalendarDate, leftOn: CalendarDate?, status: MemberStatus?) {
        self.recordID = recordID
        self.memberNumber = memberNumber
        self.payrollReference = payrollReference
        self.employerName = employerName
        self.jobTitle = jobTitle
        self.pensionableStart = pensionableStart
        self.leftOn = leftOn
        self.status = status
    }
}

/// One entry of the hash-chained audit trail.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// Position in the instance-wide chain (1, 2, 3, ...).
    public var sequence: Int64
    public var fundID: Int64
    public var at: Timestamp
    public var actor: Actor
    /// `person`, `pension_record`, `nomination`, `staff_user` ...
    public var entity: String
    public var entityID: Int64
    /// `create`, `update`, `delete`, `login` ...
    public var action: String
    /// JSON of the changed fields before and after (nil on create / delete respectively).
    public var before: String?
    public var after: String?
    /// Hex SHA-256 of the previous entry (64 zeros for the first).
    public var previousHash: String
    /// Hex SHA-256 over this entry's fields and `previousHash`.
    public var hash: String
    public init(sequence: Int64, fundID: Int64, at: Timestamp, actor: Actor, entity: String, entityID: Int64,
                action: String, before: String?, after: String?, previousHash: String, hash: String) {
        self.sequence = sequence
        self.fundID = fundID
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.before = before
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// A staff user: belongs to one fund and sees only it.
public struct StaffUser: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var email: String
    public var name: String
    /// Password hash in the KDF's own encoding (bcrypt `$2b$12$...`); never logged.
    public var passwordHash: String
    public var role: StaffRole
    /// The TOTP secret as sealed by the caller (CRYPTO-3); nil until the user enrols (AUTH-11: staff must).
    public var totpSecretSealed: String?
    /// The last TOTP time step accepted, so a code is accepted once (AUTH-12).
    public var totpLastStep: Int64?
    public init(id: Int64, fundID: Int64, email: String, name: String, passwordHash: String, role: StaffRole,
                totpSecretSealed: String? = nil, totpLastStep: Int64? = nil) {
        self.id = id
        self.fundID = fundID
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.totpSecretSealed = totpSecretSealed
        self.totpLastStep = totpLastStep
    }
}

/// What a staff user may do.
public enum StaffRole: String, Sendable, Codable, CaseIterable {
    case officer
    case teamLeader = "team_leader"
    case manager
}
