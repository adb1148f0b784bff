/// Everything wrong with bank details as typed, one entry a field, in form order (VAL-1).
public struct BankDetailsProblems: Error, Equatable, Sendable {
    /// The problems; never empty when returned by `BankAccountDetails.parse`.
    public var problems: [FieldProblem]

    /// A set of problems.
    public init(problems: [FieldProblem]) {
        self.problems = problems
    }

    /// The message for `field`, if it has a problem.
    public func message(for field: String) -> String? {
        problems.first { $0.field == field }?.message
    }
}
