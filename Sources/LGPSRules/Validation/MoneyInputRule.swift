/// The largest amount a staff form accepts in a money field (well above any LGPS pension or lump sum).
public let maximumMoneyInput = Money(pounds: 10_000_000)

/// Checks an amount of money typed in pounds: "1250", "1,250.50" or "£1,250.5" (`Money(pounds:)`: commas and a
/// leading £ ignored, at most two decimal places); it must be more than £0 and at most `maximumMoneyInput`.
/// A blank optional field is valid and nil.
/// - Parameters:
///   - label: How the field is named in messages ("Annual pension debit").
///   - requiredMessage: The message when blank ("Enter the annual pension debit"); `nil` for an optional field.
public func validateMoneyInput(_ raw: String, field: String, label: String,
                               requiredMessage: String?) -> Validated<Money?> {
    let text = raw.trimmingWhitespace()
    if text.isEmpty {
        if let requiredMessage { return .invalid([FieldError(field: field, message: requiredMessage)]) }
        return .valid(nil)
    }
    guard let amount = Money(pounds: text) else {
        return .invalid([FieldError(field: field, message: "\(label) must be an amount in pounds, like 1250.50")])
    }
    if amount <= .zero {
        return .invalid([FieldError(field: field, message: "\(label) must be more than £0")])
    }
    if amount > maximumMoneyInput {
        return .invalid([FieldError(field: field, message: "\(label) must be \(maximumMoneyInput) or less")])
    }
    return .valid(amount)
}
