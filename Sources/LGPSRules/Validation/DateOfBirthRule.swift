/// The oldest age a date of birth may imply; anything older is taken to be a typing error.
public let maximumPlausibleAge = 125

/// Validates a date of birth typed as day, month and year: it must be a real date, in the past (before
/// `today`), and not imply an age over `maximumPlausibleAge`.
/// - Parameter today: Today's date, passed in (rules never read a clock).
public func validateDateOfBirth(day: String, month: String, year: String, today: CalendarDate,
                                field: String = "dateOfBirth") -> Validated<CalendarDate> {
    let parsed = validateDateInput(day: day, month: month, year: year, field: field, label: "Date of birth",
                                   required: true)
    guard case .valid(let value) = parsed, let date = value else { return .invalid(parsed.errors) }
    if date >= today {
        return .invalid([FieldError(field: field, message: "Date of birth must be in the past")])
    }
    let earliest = today.adding(years: -maximumPlausibleAge)
    if date < earliest {
        return .invalid([FieldError(field: field, message: "Date of birth must be after \(earliest.longUK)")])
    }
    return .valid(date)
}
