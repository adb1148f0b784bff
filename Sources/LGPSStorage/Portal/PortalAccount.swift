/// A scheme member's portal account: one per person in a fund, signed in to by email (unique across the
/// instance, ignoring case and surrounding spaces).
public struct PortalAccount: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var personID: Int64
    public var email: String
    /// Password hash in the KDF's own encoding (AUTH-14); never logged or audited.
    public var passwordHash: String
    /// The second factor asked for at sign-in (AUTH-11).
    public var secondFactor: SecondFactor
    /// The TOTP secret as sealed by the caller (CRYPTO-3): storage never sees the plaintext.
    public var totpSecretSealed: String?
    /// The last TOTP time step accepted, so a code is accepted once (AUTH-12).
    public var totpLastStep: Int64?
    public var status: PortalAccountStatus
    public var createdAt: Timestamp
    public var passwordChangedAt: Timestamp
    public var lastSignInAt: Timestamp?

    public init(id: Int64, fundID: Int64, personID: Int64, email: String, passwordHash: String,
                secondFactor: SecondFactor, totpSecretSealed: String? = nil, totpLastStep: Int64? = nil,
                status: PortalAccountStatus = .active, createdAt: Timestamp, passwordChangedAt: Timestamp,
                lastSignInAt: Timestamp? = nil) {
        self.id = id
        self.fundID = fundID
        self.personID = personID
        self.email = email
        self.passwordHash = passwordHash
        self.secondFactor = secondFactor
        self.totpSecretSealed = totpSecretSealed
        self.totpLastStep = totpLastStep
        self.status = status
        self.createdAt = createdAt
        self.passwordChangedAt = passwordChangedAt
        self.lastSignInAt = lastSignInAt
    }
}

/// The second factor a member signs in with (AUTH-11..13).
public enum SecondFactor: String, Sendable, Codable, CaseIterable {
    /// An authenticator app (RFC 6238 TOTP).
    case totp
    /// A one-time code sent by email.
    case email
}

/// Whether an account may sign in (SESS-4: a disabled account has no sessions).
public enum PortalAccountStatus: String, Sendable, Codable, CaseIterable {
    case active
    case disabled
}
