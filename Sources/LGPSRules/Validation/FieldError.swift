/// A problem with one form field, worded for the person filling in the form (GOV.UK Design System style).
public struct FieldError: Hashable, Sendable, Codable {
    /// The field's id on the form and in API error lists (`dateOfBirth`, `nationalInsuranceNumber`, `share2`).
    public var field: String
    /// What is wrong and how to fix it: "Date of birth must be in the past".
    public var message: String

    /// Creates an error for `field`.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
