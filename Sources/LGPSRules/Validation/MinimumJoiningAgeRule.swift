/// The youngest age at which a member's pensionable service may start, per the security and validation checklist
/// (VAL-2: join date at least the 16th birthday; school-age employment is not pensionable).
public let minimumJoiningAge = 16

/// Checks that pensionable service starts on or after the member's 16th birthday (VAL-2): "Pensionable start
/// date must be on or after the member's 16th birthday, 4 May 1996".
public func validateJoiningAge(pensionableStart: CalendarDate, dateOfBirth: CalendarDate,
                               minimumAge: Int = minimumJoiningAge,
                               field: String = "pensionableStart") -> [FieldError] {
    let birthday = dateOfBirth.adding(years: minimumAge)
    guard pensionableStart < birthday else { return [] }
    return [FieldError(field: field, message: "Pensionable start date must be on or after the member's "
                       + "\(minimumAge)th birthday, \(birthday.longUK)")]
}
