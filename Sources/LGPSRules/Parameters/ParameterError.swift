/// Why a parameter could not be read or resolved.
public enum ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The series has no value on or before the date asked.
    case notCovered(parameter: String, date: CalendarDate)
    /// A parameter file could not be read; `path` names it and `reason` says what is wrong.
    case invalidFile(path: String, reason: String)
    /// A parameter every calculation needs is missing from the loaded set.
    case missing(parameter: String)

    public var description: String {
        switch self {
        case .notCovered(let parameter, let date):
            return "\(parameter) has no value in force on \(date.description)"
        case .invalidFile(let path, let reason):
            return "\(path): \(reason)"
        case .missing(let parameter):
            return "\(parameter) is missing from the parameter files"
        }
    }
}
