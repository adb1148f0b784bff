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

/// The outcome of validating raw form input: the validated value, or every field error found.
public enum Validated<Value: Sendable>: Sendable {
    /// The input is valid; here is the value it describes.
    case valid(Value)
    /// The input is not valid; here is every problem, in form order.
    case invalid([FieldError])

    /// The value when valid.
    public var value: Value? {
        if case .valid(let value) = self { return value }
        return nil
    }

    /// The errors (empty when valid).
    public var errors: [FieldError] {
        if case .invalid(let errors) = self { return errors }
        return []
    }
}

extension Validated: Equatable where Value: Equatable {}
