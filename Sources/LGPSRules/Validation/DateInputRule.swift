/// Reads a GOV.UK date input (separate day, month and year boxes) into a date.
///
/// Messages follow the GOV.UK Design System date input pattern: "Enter date of birth" when all are blank,
/// "Date of birth must include a month" when one part is missing, "Year must include 4 numbers", and
/// "Date of birth must be a real date" for anything that is not a calendar date. A blank optional date is
/// valid and gives `nil`.
/// - Parameters:
///   - field: The field id (`dateOfBirth`); the day box has the id `\(field)-day`.
///   - label: The field's name at the start of a sentence ("Date of birth").
///   - required: Whether a blank date is an error.
public func validateDateInput(day: String, month: String, year: String, field: String, label: String,
                              required: Bool) -> Validated<CalendarDate?> {
    let parts = [("day", day.trimmingWhitespace()), ("month", month.trimmingWhitespace()),
                 ("year", year.trimmingWhitespace())]
    let missing = parts.filter { $0.1.isEmpty }.map(\.0)
    func fail(_ message: String) -> Validated<CalendarDate?> {
        .invalid([FieldError(field: field, message: message)])
    }
    if missing.count == 3 {
        return required ? fail("Enter \(lowercasedFirst(label))") : .valid(nil)
    }
    if !missing.isEmpty {
        return fail("\(label) must include " + missing.map { "a \($0)" }.joined(separator: " and "))
    }
    let numbers = parts.map { part in part.1.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part.1) : nil }
    guard let d = numbers[0], let m = numbers[1], let y = numbers[2] else {
        return fail("\(label) must be a real date")
    }
    guard parts[2].1.count == 4 else { return fail("Year must include 4 numbers") }
    guard let date = CalendarDate(year: y, month: m, day: d) else {
        return fail("\(label) must be a real date")
    }
    return .valid(date)
}

/// `Date of birth` becomes `date of birth` for use inside a sentence.
func lowercasedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
}
