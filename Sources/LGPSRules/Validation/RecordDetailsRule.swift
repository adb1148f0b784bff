/// Validates the pension record form and returns the record with its new dates and job title, or every field
/// error. The pensionable start date is required and real; the leaving date is optional, but when given it must be
/// on or after the start (VAL-2); the start must be on or after the member's 16th birthday (VAL-2); neither date
/// may be after `today`.
/// - Parameters:
///   - dateOfBirth: The member's date of birth, for the joining-age check.
///   - today: Today's date, passed in (no clock inside rules).
public func validateRecordDetails(_ form: RecordDetailsForm, record: PensionRecord, dateOfBirth: CalendarDate,
                                  today: CalendarDate) -> Validated<PensionRecord> {
    let start = validateDateInput(day: form.pensionableStartDay, month: form.pensionableStartMonth,
                                  year: form.pensionableStartYear, field: "pensionableStart",
                                  label: "Pensionable start date", required: true)
    let left = validateDateInput(day: form.leftOnDay, month: form.leftOnMonth, year: form.leftOnYear,
                                 field: "leftOn", label: "Leaving date", required: false)
    let title = validateText(form.jobTitle, field: "jobTitle", label: "Job title",
                             requiredMessage: "Enter the job title")
    var errors = start.errors + left.errors + title.errors
    guard errors.isEmpty, case .valid(let startValue) = start, let startDate = startValue,
          case .valid(let leftDate) = left, let jobTitle = title.value else { return .invalid(errors) }
    if startDate > today {
        errors.append(FieldError(field: "pensionableStart", message: "Pensionable start date must be today or in the past"))
    } else {
        errors += validateJoiningAge(pensionableStart: startDate, dateOfBirth: dateOfBirth)
    }
    if let leftDate, leftDate > today {
        errors.append(FieldError(field: "leftOn", message: "Leaving date must be today or in the past"))
    } else {
        errors += validateLeavingDate(leftDate, pensionableStart: startDate)
    }
    guard errors.isEmpty else { return .invalid(errors) }
    var updated = record
    updated.pensionableStart = startDate
    updated.leftOn = leftDate
    updated.jobTitle = jobTitle
    return .valid(updated)
}
