/// A person known to the fund: a member, a dependant or a pension credit member. One person may hold several
/// pension records (posts).
public struct Person: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    public var title: String
    public var forenames: String
    public var surname: String
    public var dateOfBirth: CalendarDate
    public var sex: Sex
    public var nationalInsuranceNumber: NationalInsuranceNumber?
    public var contact: ContactDetails
    public var digitalPreference: DigitalPreference
    public var relationship: RelationshipStatus
    public var partner: Partner?

    public init(id: Int64, fundID: Int64, title: String, forenames: String, surname: String,
                dateOfBirth: CalendarDate, sex: Sex, nationalInsuranceNumber: NationalInsuranceNumber?,
                contact: ContactDetails, digitalPreference: DigitalPreference,
                relationship: RelationshipStatus, partner: Partner?) {
        self.id = id
        self.fundID = fundID
        self.title = title
        self.forenames = forenames
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.sex = sex
        self.nationalInsuranceNumber = nationalInsuranceNumber
        self.contact = contact
        self.digitalPreference = digitalPreference
        self.relationship = relationship
        self.partner = partner
    }

    /// `Mrs Jane Smith`.
    public var fullName: String { [title, forenames, surname].filter { !$0.isEmpty }.joined(separator: " ") }
}
