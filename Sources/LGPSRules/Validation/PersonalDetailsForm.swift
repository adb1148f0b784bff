/// The personal details form as typed by a member of staff: every value is the raw text from the form.
public struct PersonalDetailsForm: Hashable, Sendable {
    /// Title, optional ("Mrs").
    public var title = ""
    /// Forenames.
    public var forenames = ""
    /// Surname.
    public var surname = ""
    /// Day box of the date of birth.
    public var dateOfBirthDay = ""
    /// Month box of the date of birth.
    public var dateOfBirthMonth = ""
    /// Year box of the date of birth.
    public var dateOfBirthYear = ""
    /// National Insurance number, optional, spaces allowed.
    public var nationalInsuranceNumber = ""
    /// Address lines 1 to 5 (fewer is fine; missing lines are blank).
    public var addressLines: [String] = []
    /// Postcode.
    public var postcode = ""
    /// Email address, optional.
    public var email = ""
    /// Home phone number, optional.
    public var homePhone = ""
    /// Mobile phone number, optional.
    public var mobilePhone = ""
    /// `online` or `paper`.
    public var digitalChoice = ""
    /// How the member told us their communication preference.
    public var digitalEvidence = ""

    /// An empty form.
    public init() {}

    /// The form filled in with `person`'s current details, as first shown for editing.
    public init(person: Person) {
        title = person.title
        forenames = person.forenames
        surname = person.surname
        dateOfBirthDay = String(person.dateOfBirth.day)
        dateOfBirthMonth = String(person.dateOfBirth.month)
        dateOfBirthYear = String(person.dateOfBirth.year)
        nationalInsuranceNumber = person.nationalInsuranceNumber?.spaced ?? ""
        addressLines = person.contact.addressLines
        postcode = person.contact.postcode
        email = person.contact.email ?? ""
        homePhone = person.contact.homePhone ?? ""
        mobilePhone = person.contact.mobilePhone ?? ""
        digitalChoice = person.digitalPreference.choice.rawValue
        digitalEvidence = person.digitalPreference.evidence
    }

    /// Address line `number` (1-based), blank when absent.
    public func addressLine(_ number: Int) -> String {
        number >= 1 && number <= addressLines.count ? addressLines[number - 1] : ""
    }
}
