/// Postal address and contact details of a person.
public struct ContactDetails: Hashable, Sendable, Codable {
    /// Up to five address lines (the first is required for a postal address).
    public var addressLines: [String]
    public var postcode: String
    public var email: String?
    public var homePhone: String?
    public var mobilePhone: String?

    /// Most lines an address may have (i-Connect and Royal Mail both use five lines plus postcode).
    public static let maximumAddressLines = 5

    public init(addressLines: [String], postcode: String, email: String?, homePhone: String?, mobilePhone: String?) {
        self.addressLines = addressLines
        self.postcode = postcode
        self.email = email
        self.homePhone = homePhone
        self.mobilePhone = mobilePhone
    }
}

/// A member's choice of online or paper communications, with when and how it was recorded (evidence).
public struct DigitalPreference: Hashable, Sendable, Codable {
    public var choice: DigitalChoice
    public var recordedOn: CalendarDate
    /// How the choice was made: "Portal opt-out", "Signed form received 3 May 2024", ...
    public var evidence: String

    public init(choice: DigitalChoice, recordedOn: CalendarDate, evidence: String) {
        self.choice = choice
        self.recordedOn = recordedOn
        self.evidence = evidence
    }
}

/// A spouse, civil partner or cohabiting partner.
public struct Partner: Hashable, Sendable, Codable {
    public var forenames: String
    public var surname: String
    public var dateOfBirth: CalendarDate?
    /// Date of the marriage or civil partnership, or the date cohabitation began.
    public var since: CalendarDate?

    public init(forenames: String, surname: String, dateOfBirth: CalendarDate?, since: CalendarDate?) {
        self.forenames = forenames
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.since = since
    }
}
