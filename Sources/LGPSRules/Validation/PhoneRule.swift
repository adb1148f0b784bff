/// Validates an optional UK or international telephone number: blank gives `nil`; otherwise only digits, spaces,
/// brackets, hyphens and a leading `+`, with 10 to 15 digits (ITU-T E.164 allows at most 15).
/// - Parameter label: The field's name inside the message ("home phone number").
public func validatePhone(_ raw: String, field: String, label: String) -> Validated<String?> {
    let text = raw.trimmingWhitespace()
    if text.isEmpty { return .valid(nil) }
    let allowed = text.enumerated().allSatisfy { index, c in
        (c.isASCII && c.isNumber) || c == " " || c == "(" || c == ")" || c == "-" || (c == "+" && index == 0)
    }
    let digits = text.filter { $0.isASCII && $0.isNumber }.count
    guard allowed, (10...15).contains(digits) else {
        return .invalid([FieldError(field: field,
                                    message: "Enter a \(label), like 01632 960 001, 07700 900 982 or +44 808 157 0192")])
    }
    return .valid(text)
}
