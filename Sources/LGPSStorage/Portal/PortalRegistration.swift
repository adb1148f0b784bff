/// A registration in progress, found again by the hash of the token in the member's browser, so a half-done
/// registration can be resumed (and counted when abandoned).
public struct PortalRegistration: Hashable, Sendable, Codable {
    /// The step a registration starts at.
    public static let firstStep = "start"

    public var id: Int64
    public var fundID: Int64
    public var tokenHash: String
    /// The step reached, named by the portal rules.
    public var step: String
    public var activationKeyID: Int64?
    public var personID: Int64?
    public var email: String?
    public var startedAt: Timestamp
    public var updatedAt: Timestamp
    public var completedAt: Timestamp?

    public init(id: Int64, fundID: Int64, tokenHash: String, step: String, activationKeyID: Int64? = nil,
                personID: Int64? = nil, email: String? = nil, startedAt: Timestamp, updatedAt: Timestamp,
                completedAt: Timestamp? = nil) {
        self.id = id
        self.fundID = fundID
        self.tokenHash = tokenHash
        self.step = step
        self.activationKeyID = activationKeyID
        self.personID = personID
        self.email = email
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.completedAt = completedAt
    }
}

/// The registrations a fund's members started since a moment, for the abandonment report.
public struct RegistrationCounts: Hashable, Sendable, Codable {
    /// Registrations started since the moment.
    public var started: Int
    /// Of those, the ones completed.
    public var completed: Int
    /// Of those, the ones not completed, by the step they reached.
    public var inProgressByStep: [String: Int]

    public init(started: Int, completed: Int, inProgressByStep: [String: Int]) {
        self.started = started
        self.completed = completed
        self.inProgressByStep = inProgressByStep
    }
}
