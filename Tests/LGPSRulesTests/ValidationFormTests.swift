import LGPSRules
import Testing

/// Whole-form rules: personal details, nominations, record dates (VAL-1, VAL-2, AUDIT-3).
@Suite("Validation: forms")
struct ValidationFormTests {
    let today = CalendarDate(2026, 11, 22)

    var person: Person {
        Person(id: 1, fundID: 1, title: "Ms", forenames: "Jane", surname: "Smith", dateOfBirth: CalendarDate(1970, 5, 4),
               sex: .female, nationalInsuranceNumber: NationalInsuranceNumber("QQ123456C"),
               contact: ContactDetails(addressLines: ["1 High Street", "Leeds"], postcode: "LS1 4DY", email: nil,
                                       homePhone: nil, mobilePhone: nil),
               digitalPreference: DigitalPreference(choice: .online, recordedOn: CalendarDate(2020, 1, 1),
                                                    evidence: "Portal"),
               relationship: .single, partner: nil)
    }

    var record: PensionRecord {
        PensionRecord(id: 9, fundID: 1, personID: 1, memberNumber: "M1", payrollReference: "P1", employerID: 1,
                      jobTitle: "Clerk", pensionableStart: CalendarDate(2000, 4, 1), leftOn: nil, statusHistory: [],
                      sectionHistory: [], aggregationLinks: [])
    }

    @Test("The unchanged form validates to the same person")
    func unchangedPerson() {
        #expect(validatePersonalDetails(PersonalDetailsForm(person: person), person: person, today: today).value == person)
    }

    @Test("Every bad field is reported in form order")
    func manyErrors() {
        var form = PersonalDetailsForm(person: person)
        form.surname = ""
        form.dateOfBirthYear = "2030"
        form.nationalInsuranceNumber = "bad"
        form.addressLines = [""]
        form.postcode = "nope"
        form.digitalChoice = "pigeon"
        let fields = validatePersonalDetails(form, person: person, today: today).errors.map(\.field)
        #expect(fields == ["surname", "dateOfBirth", "nationalInsuranceNumber", "addressLine1", "postcode",
                           "digitalChoice"])
    }

    @Test("A changed digital preference is dated today and keeps its evidence (AUDIT-3)")
    func preferenceChange() {
        var form = PersonalDetailsForm(person: person)
        form.digitalChoice = "paper"
        form.digitalEvidence = "Signed form received 3 May 2026"
        let updated = validatePersonalDetails(form, person: person, today: today).value
        #expect(updated?.digitalPreference == DigitalPreference(choice: .paper, recordedOn: today,
                                                                 evidence: "Signed form received 3 May 2026"))
    }

    @Test("A preference without evidence is refused")
    func preferenceNeedsEvidence() {
        let result = validateDigitalPreference(choice: "paper", evidence: " ", current: person.digitalPreference,
                                               today: today)
        #expect(result.errors.map(\.message) == ["Enter how the member told us their preference"])
    }

    @Test("Shares that do not total 100% are refused")
    func sharesNotTotalling100() {
        let rows = [NominationRow(name: "A", relationship: "Son", share: "50"),
                    NominationRow(name: "B", relationship: "Daughter", share: "40")]
        #expect(validateNominations(rows, current: [], today: today).errors
            == [FieldError(field: "share1", message: "Shares must add up to 100%")])
    }

    @Test("Shares of 33.33, 33.33 and 33.34 make 100%; blank rows are ignored")
    func thirds() {
        let rows = [NominationRow(name: "A", relationship: "Son", share: "33.33"), NominationRow(),
                    NominationRow(name: "B", relationship: "Son", share: "33.33%"),
                    NominationRow(name: "C", relationship: "Son", share: "33.34")]
        #expect(validateNominations(rows, current: [], today: today).value?.map(\.shareBasisPoints) == [3333, 3333, 3334])
    }

    @Test("A nomination row needs a name, relationship and a sensible share")
    func rowErrors() {
        let rows = [NominationRow(name: "", relationship: "", share: "abc"),
                    NominationRow(name: "B", relationship: "Friend", share: "150")]
        #expect(validateNominations(rows, current: [], today: today).errors.map(\.message) == [
            "Enter the name of beneficiary 1", "Enter the relationship of beneficiary 1",
            "Enter the share for beneficiary 1 as a percentage, like 50 or 33.33",
            "Share for beneficiary 2 must be between 0.01% and 100%",
        ])
    }

    @Test("All rows blank removes the nomination")
    func allBlank() {
        #expect(validateNominations([NominationRow(), NominationRow()], current: [], today: today).value == [])
    }

    @Test("Leaving before joining is refused (VAL-2)")
    func leavingBeforeJoining() {
        var form = RecordDetailsForm(record: record)
        form.leftOnDay = "31"
        form.leftOnMonth = "3"
        form.leftOnYear = "2000"
        #expect(validateRecordDetails(form, record: record, dateOfBirth: person.dateOfBirth, today: today).errors
            == [FieldError(field: "leftOn", message: "Leaving date must be the same as or after the pensionable start date")])
    }

    @Test("Leaving on the day of joining is allowed")
    func leavingSameDay() {
        var form = RecordDetailsForm(record: record)
        (form.leftOnDay, form.leftOnMonth, form.leftOnYear) = ("1", "4", "2000")
        #expect(validateRecordDetails(form, record: record, dateOfBirth: person.dateOfBirth, today: today)
            .value?.leftOn == CalendarDate(2000, 4, 1))
    }

    @Test("Joining before the 16th birthday is refused (VAL-2)")
    func tooYoungToJoin() {
        var form = RecordDetailsForm(record: record)
        form.pensionableStartYear = "1985"
        #expect(validateRecordDetails(form, record: record, dateOfBirth: person.dateOfBirth, today: today).errors
            .map(\.message) == ["Pensionable start date must be on or after the member's 16th birthday, 4 May 1986"])
    }

    @Test("A missing job title is refused")
    func missingJobTitle() {
        var form = RecordDetailsForm(record: record)
        form.jobTitle = ""
        #expect(validateRecordDetails(form, record: record, dateOfBirth: person.dateOfBirth, today: today).errors
            .map(\.message) == ["Enter the job title"])
    }
}
