import LGPSRules

/// What a person types to start registering, as typed.
struct RegistrationIdentityForm {
    var activationKey = ""
    var surname = ""
    var dateOfBirthDay = ""
    var dateOfBirthMonth = ""
    var dateOfBirthYear = ""
    var nationalInsuranceNumber = ""

    init() {}

    init(fields: FormFields) {
        activationKey = fields["activationKey"]
        surname = fields["surname"]
        dateOfBirthDay = fields["dateOfBirth-day"]
        dateOfBirthMonth = fields["dateOfBirth-month"]
        dateOfBirthYear = fields["dateOfBirth-year"]
        nationalInsuranceNumber = fields["nationalInsuranceNumber"]
    }

    /// Errors for blank fields, in the order of the form.
    func missing() -> [FieldError] {
        var errors: [FieldError] = []
        if activationKey.trimmingWhitespace().isEmpty {
            errors.append(FieldError(field: "activationKey", message: "Enter your activation key"))
        }
        if surname.trimmingWhitespace().isEmpty {
            errors.append(FieldError(field: "surname", message: "Enter your surname"))
        }
        return errors
    }

    /// The date of birth, adding its error (if any) after the surname's and before the NI number's.
    func dateOfBirth(errors: inout [FieldError]) -> CalendarDate? {
        var date: CalendarDate?
        switch validateDateInput(day: dateOfBirthDay, month: dateOfBirthMonth, year: dateOfBirthYear,
                                 field: "dateOfBirth", label: "Date of birth", required: true) {
        case .valid(let value): date = value
        case .invalid(let found): errors += found
        }
        if nationalInsuranceNumber.trimmingWhitespace().isEmpty {
            errors.append(FieldError(field: "nationalInsuranceNumber",
                                     message: "Enter your National Insurance number"))
        }
        return date
    }
}
