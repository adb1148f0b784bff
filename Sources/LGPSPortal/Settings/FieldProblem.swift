/// A problem with one field of a form, for the GOV.UK error summary and the message beside the field (VAL-1).
public struct FieldProblem: Equatable, Sendable, Codable {
    /// The field's name, as in the form and the JSON (`sortCode`).
    public var field: String
    /// What is wrong and how to put it right, in GOV.UK style.
    public var message: String

    /// A problem with `field`.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// A problem with one of the fund's portal settings (VAL-1): the setting's name and the message.
public typealias SettingsProblem = FieldProblem
