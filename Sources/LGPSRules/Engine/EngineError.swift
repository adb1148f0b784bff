/// Why the engine could not calculate a record's benefits.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The record has no membership of its own (a dependant's pension or a pension credit).
    case noMembership(String)
    /// A date outside what the scheme allows (before 55, after 75, before joining).
    case dateNotAllowed(String)
    /// The record's data cannot support the calculation (no final pay for final-salary service, ...).
    case missingData(String)
    /// A parameter the calculation needs is not covered.
    case parameter(ParameterError)

    public var description: String {
        switch self {
        case .noMembership(let text), .dateNotAllowed(let text), .missingData(let text): return text
        case .parameter(let error): return error.description
        }
    }
}
