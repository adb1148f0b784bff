import LGPSRules

/// The member's details: what they can change (address, phones, post or online) and what they must ask us to
/// correct (name, date of birth, NI number, marital status).
struct PortalDetailsPage {
    struct Choice { var id: String; var value: String; var label: String; var hint: String; var checked: Bool }

    var layout: LayoutModel
    var errors: ErrorSummary?
    var fixed: [SummaryRow]
    var correctionText: String
    var signInEmail: String
    var addressLines: [TextField]
    var postcode: TextField
    var homePhone: TextField
    var mobilePhone: TextField
    var choices: [Choice]
    var choiceError: String?

    init(context: StaffRequestContext, person: Person, accountEmail: String, form: PersonalDetailsForm,
         errors: [FieldError], contactText: String) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Your details", context: context, hasErrors: summary != nil,
                             current: "/portal/details")
        fixed = [
            SummaryRow(key: "Name", value: person.fullName),
            SummaryRow(key: "Date of birth", value: person.dateOfBirth.longUK),
            SummaryRow(key: "National Insurance number", value: person.nationalInsuranceNumber?.spaced ?? "Not recorded"),
            SummaryRow(key: "Marital status", value: person.relationship.label),
        ]
        correctionText = "If any of these are wrong, tell us and send proof, such as a marriage certificate. \(contactText)"
        signInEmail = accountEmail
        addressLines = (1...ContactDetails.maximumAddressLines).map { number in
            TextField(id: "addressLine\(number)", label: number == 1 ? "Address line 1" : "Address line \(number) (optional)",
                      value: form.addressLine(number), errors: summary,
                      autocomplete: number <= 3 ? "address-line\(number)" : "off")
        }
        postcode = TextField(id: "postcode", label: "Postcode", value: form.postcode, errors: summary,
                             autocomplete: "postal-code", widthClass: "input--width-10")
        homePhone = TextField(id: "homePhone", label: "Home phone (optional)", value: form.homePhone, errors: summary,
                              type: "tel", autocomplete: "tel", widthClass: "input--width-20")
        mobilePhone = TextField(id: "mobilePhone", label: "Mobile phone (optional)", value: form.mobilePhone,
                                errors: summary, type: "tel", autocomplete: "tel", widthClass: "input--width-20")
        let current = person.digitalPreference.choice
        choices = [
            Choice(id: "digitalChoice", value: "online", label: "Online", hint: "We email you when a letter or statement is ready to read here.",
                   checked: current == .online),
            Choice(id: "digitalChoice-paper", value: "paper", label: "By post", hint: "We post letters and statements to your address.",
                   checked: current == .paper),
        ]
        choiceError = summary?.message(for: "digitalChoice")
    }
}
