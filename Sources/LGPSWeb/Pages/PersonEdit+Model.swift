import LGPSRules

/// The change-personal-details form, filled in with the current or the submitted values and any errors.
struct PersonEditPage {
    struct Choice {
        var value: String
        var label: String
        var id: String
        var checked: Bool
    }

    var layout: LayoutModel
    var action: String
    var cancelHref: String
    var name: String
    var errors: ErrorSummary?
    var title: TextField
    var forenames: TextField
    var surname: TextField
    var dateOfBirth: DateField
    var nationalInsuranceNumber: TextField
    var addressLines: [TextField]
    var postcode: TextField
    var email: TextField
    var homePhone: TextField
    var mobilePhone: TextField
    var choices: [Choice]
    var choiceError: String?
    var digitalEvidence: TextField

    init(context: StaffRequestContext, personID: Int64, name: String, form: PersonalDetailsForm, errors: [FieldError]) {
        let summary = ErrorSummary(errors, dateFields: ["dateOfBirth"])
        self.errors = summary
        layout = LayoutModel(title: "Change personal details", context: context, hasErrors: summary != nil)
        action = "/people/\(personID)/edit"
        cancelHref = "/people/\(personID)"
        self.name = name
        title = TextField(id: "title", label: "Title (optional)", value: form.title, errors: summary,
                          autocomplete: "honorific-prefix", widthClass: "input--width-5")
        forenames = TextField(id: "forenames", label: "Forenames", value: form.forenames, errors: summary,
                              autocomplete: "given-name")
        surname = TextField(id: "surname", label: "Surname", value: form.surname, errors: summary,
                            autocomplete: "family-name")
        dateOfBirth = DateField(id: "dateOfBirth", legend: "Date of birth", hint: "For example, 27 3 1964",
                                day: form.dateOfBirthDay, month: form.dateOfBirthMonth, year: form.dateOfBirthYear,
                                errors: summary)
        nationalInsuranceNumber = TextField(
            id: "nationalInsuranceNumber", label: "National Insurance number (optional)",
            value: form.nationalInsuranceNumber, errors: summary,
            hint: "It’s on the member’s National Insurance card or payslip. For example, ‘QQ 12 34 56 C’",
            widthClass: "input--width-10")
        addressLines = (1...ContactDetails.maximumAddressLines).map { number in
            TextField(id: "addressLine\(number)", label: "Address line \(number)" + (number == 1 ? "" : " (optional)"),
                      value: form.addressLine(number), errors: summary, autocomplete: "address-line\(min(number, 3))")
        }
        postcode = TextField(id: "postcode", label: "Postcode", value: form.postcode, errors: summary,
                             autocomplete: "postal-code", widthClass: "input--width-10")
        email = TextField(id: "email", label: "Email address (optional)", value: form.email, errors: summary,
                          type: "email", autocomplete: "email")
        homePhone = TextField(id: "homePhone", label: "Home phone (optional)", value: form.homePhone,
                              errors: summary, type: "tel", autocomplete: "tel", widthClass: "input--width-20")
        mobilePhone = TextField(id: "mobilePhone", label: "Mobile phone (optional)", value: form.mobilePhone,
                                errors: summary, type: "tel", autocomplete: "tel", widthClass: "input--width-20")
        choices = DigitalChoice.allCases.enumerated().map { index, choice in
            Choice(value: choice.rawValue, label: choice.label, id: index == 0 ? "digitalChoice" : "digitalChoice-\(choice.rawValue)",
                   checked: form.digitalChoice == choice.rawValue)
        }
        choiceError = summary?.message(for: "digitalChoice")
        digitalEvidence = TextField(id: "digitalEvidence", label: "Evidence for the preference",
                                    value: form.digitalEvidence, errors: summary,
                                    hint: "How the member told us, for example ‘Signed form received 3 May 2026’")
    }
}
