import LGPSRules

/// Step 1 of creating an account: the activation key and the details that prove whose it is.
struct RegistrationIdentityPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var activationKey: TextField
    var surname: TextField
    var dateOfBirth: DateField
    var nationalInsuranceNumber: TextField

    init(context: StaffRequestContext, form: RegistrationIdentityForm, errors: [FieldError]) {
        let summary = ErrorSummary(errors, dateFields: ["dateOfBirth"])
        self.errors = summary
        layout = LayoutModel(portalTitle: "Create an account", context: context, hasErrors: summary != nil)
        activationKey = TextField(id: "activationKey", label: "Activation key", value: form.activationKey,
                                  errors: summary, hint: "This is in the letter or email we sent you, for example ABCD-EFGH-JKMN-PQRS",
                                  widthClass: "input--width-20")
        surname = TextField(id: "surname", label: "Surname", value: form.surname, errors: summary,
                            autocomplete: "family-name", widthClass: "input--width-20")
        dateOfBirth = DateField(id: "dateOfBirth", legend: "Date of birth", hint: "For example, 27 3 1970",
                                day: form.dateOfBirthDay, month: form.dateOfBirthMonth, year: form.dateOfBirthYear,
                                errors: summary)
        nationalInsuranceNumber = TextField(id: "nationalInsuranceNumber", label: "National Insurance number",
                                            value: form.nationalInsuranceNumber, errors: summary,
                                            hint: "It’s on your National Insurance card, payslip or P60. For example, QQ 12 34 56 C",
                                            widthClass: "input--width-10")
    }
}
