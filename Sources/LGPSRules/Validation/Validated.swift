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
