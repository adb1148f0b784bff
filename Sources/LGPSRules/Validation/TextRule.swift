/// Longest free-text value a staff form accepts in a name or address field.
public let maximumTextFieldLength = 100

/// Checks a free-text field: trims it, requires it when `requiredMessage` is given, and bounds its length.
/// Returns the trimmed text ("" when optional and blank).
/// - Parameters:
///   - label: How the field is named in messages ("Address line 2").
///   - requiredMessage: The message when blank ("Enter address line 1"); `nil` for an optional field.
public func validateText(_ raw: String, field: String, label: String, requiredMessage: String?,
                         maximumLength: Int = maximumTextFieldLength) -> Validated<String> {
    let text = raw.trimmingWhitespace()
    if text.isEmpty, let requiredMessage {
        return .invalid([FieldError(field: field, message: requiredMessage)])
    }
    if text.count > maximumLength {
        return .invalid([FieldError(field: field, message: "\(label) must be \(maximumLength) characters or fewer")])
    }
    if text.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 32 } ?? false) }) {
        return .invalid([FieldError(field: field, message: "\(label) must not contain line breaks or control characters")])
    }
    return .valid(text)
}
