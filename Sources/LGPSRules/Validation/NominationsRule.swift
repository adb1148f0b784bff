/// Validates the death grant nomination form. Blank rows are ignored; every other row needs a name, a
/// relationship and a share between 0.01% and 100% with at most two decimals; the shares must add up to exactly
/// 100% ("Shares must add up to 100%"), unless every row is blank, which removes the nomination.
/// A beneficiary already nominated under the same name keeps their recorded date of birth; every nomination is
/// dated `today`.
/// - Legislation: SI 2013/2356 reg. 40(2), 43(2) (death grant nominations).
public func validateNominations(_ rows: [NominationRow], current: [Nomination],
                                today: CalendarDate) -> Validated<[Nomination]> {
    var errors: [FieldError] = []
    var nominations: [Nomination] = []
    for (index, row) in rows.prefix(maximumNominationRows).enumerated() where !row.isBlank {
        let number = index + 1
        let name = validateText(row.name, field: "name\(number)", label: "Name of beneficiary \(number)",
                                requiredMessage: "Enter the name of beneficiary \(number)")
        let relationship = validateText(row.relationship, field: "relationship\(number)",
                                        label: "Relationship of beneficiary \(number)",
                                        requiredMessage: "Enter the relationship of beneficiary \(number)")
        let share = parseShare(row.share, field: "share\(number)", number: number)
        errors += name.errors + relationship.errors + share.errors
        if let name = name.value, let relationship = relationship.value, let share = share.value {
            let known = current.first { $0.name == name }
            nominations.append(Nomination(name: name, relationship: relationship, dateOfBirth: known?.dateOfBirth,
                                          shareBasisPoints: share, madeOn: today))
        }
    }
    if rows.count > maximumNominationRows {
        errors.append(FieldError(field: "name1", message: "Enter at most \(maximumNominationRows) beneficiaries"))
    }
    guard errors.isEmpty else { return .invalid(errors) }
    guard nominations.sharesAreComplete else {
        let firstShare = rows.firstIndex { !$0.isBlank }.map { $0 + 1 } ?? 1
        return .invalid([FieldError(field: "share\(firstShare)", message: "Shares must add up to 100%")])
    }
    return .valid(nominations)
}

/// A percentage with at most two decimals, as basis points (33.33 is 3,333).
func parseShare(_ raw: String, field: String, number: Int) -> Validated<Int> {
    let text = raw.trimmingWhitespace()
    let trimmed = text.hasSuffix("%") ? String(text.dropLast()).trimmingWhitespace() : text
    let message = "Enter the share for beneficiary \(number) as a percentage, like 50 or 33.33"
    guard !trimmed.isEmpty, !trimmed.hasPrefix("-"), let fraction = Fraction(trimmed) else {
        return .invalid([FieldError(field: field, message: message)])
    }
    let basisPoints = fraction * Fraction(100)
    guard basisPoints.denominator == 1 else { return .invalid([FieldError(field: field, message: message)]) }
    guard basisPoints.numerator > 0, basisPoints.numerator <= Int64(Nomination.wholeShare) else {
        return .invalid([FieldError(field: field,
                                    message: "Share for beneficiary \(number) must be between 0.01% and 100%")])
    }
    return .valid(Int(basisPoints.numerator))
}
