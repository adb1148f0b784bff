/// Validates the whole personal details form against the person being edited and returns the person with the new
/// details, or every field error in the order the fields appear on the form. Fields the form does not carry (sex,
/// relationship, partner) are kept from `person`.
/// - Parameter today: Today's date, passed in (no clock inside rules).
public func validatePersonalDetails(_ form: PersonalDetailsForm, person: Person,
                                    today: CalendarDate) -> Validated<Person> {
    var errors: [FieldError] = []
    func take<T>(_ result: Validated<T>) -> T? {
        errors += result.errors
        return result.value
    }
    let title = take(validateText(form.title, field: "title", label: "Title", requiredMessage: nil,
                                  maximumLength: 20))
    let forenames = take(validateText(form.forenames, field: "forenames", label: "Forenames",
                                      requiredMessage: "Enter the member's forenames"))
    let surname = take(validateText(form.surname, field: "surname", label: "Surname",
                                    requiredMessage: "Enter the member's surname"))
    let dateOfBirth = take(validateDateOfBirth(day: form.dateOfBirthDay, month: form.dateOfBirthMonth,
                                               year: form.dateOfBirthYear, today: today))
    let niNumber = take(validateNationalInsuranceNumber(form.nationalInsuranceNumber))
    var lines: [String] = []
    for number in 1...ContactDetails.maximumAddressLines {
        let line = take(validateText(form.addressLine(number), field: "addressLine\(number)",
                                     label: "Address line \(number)",
                                     requiredMessage: number == 1 ? "Enter address line 1" : nil))
        if let line, !line.isEmpty { lines.append(line) }
    }
    let postcode = take(validatePostcode(form.postcode))
    let email = take(validateEmail(form.email))
    let homePhone = take(validatePhone(form.homePhone, field: "homePhone", label: "home phone number"))
    let mobilePhone = take(validatePhone(form.mobilePhone, field: "mobilePhone", label: "mobile phone number"))
    let preference = take(validateDigitalPreference(choice: form.digitalChoice, evidence: form.digitalEvidence,
                                                    current: person.digitalPreference, today: today))
    guard errors.isEmpty, let title, let forenames, let surname, let dateOfBirth, let niNumber, let postcode,
          let email, let homePhone, let mobilePhone, let preference else { return .invalid(errors) }
    var updated = person
    updated.title = title
    updated.forenames = forenames
    updated.surname = surname
    updated.dateOfBirth = dateOfBirth
    updated.nationalInsuranceNumber = niNumber
    updated.contact = ContactDetails(addressLines: lines, postcode: postcode, email: email, homePhone: homePhone,
                                     mobilePhone: mobilePhone)
    updated.digitalPreference = preference
    return .valid(updated)
}
