/// Validates a UK postcode: required ("Enter a postcode") and shaped like a real one ("Enter a real postcode").
/// Returns the normalised form (`LS1 4DY`).
public func validatePostcode(_ raw: String, field: String = "postcode") -> Validated<String> {
    let text = raw.trimmingWhitespace()
    if text.isEmpty { return .invalid([FieldError(field: field, message: "Enter a postcode")]) }
    guard let postcode = Postcode(text) else {
        return .invalid([FieldError(field: field, message: "Enter a real postcode")])
    }
    return .valid(postcode.value)
}
