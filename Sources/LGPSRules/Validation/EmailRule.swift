/// Longest email address accepted (RFC 5321 path limit less the angle brackets).
public let maximumEmailLength = 254

/// Validates an optional email address: blank gives `nil`; otherwise it needs one `@`, a non-empty local part, a
/// domain with a dot and no spaces ("Enter an email address in the correct format, like name@example.com").
public func validateEmail(_ raw: String, field: String = "email") -> Validated<String?> {
    let text = raw.trimmingWhitespace()
    if text.isEmpty { return .valid(nil) }
    let message = "Enter an email address in the correct format, like name@example.com"
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard text.count <= maximumEmailLength, parts.count == 2, !parts[0].isEmpty,
          !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == "<" || $0 == ">" }) else {
        return .invalid([FieldError(field: field, message: message)])
    }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else {
        return .invalid([FieldError(field: field, message: message)])
    }
    return .valid(text)
}
