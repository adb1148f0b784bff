/// Why a statement could not be rendered.
public enum StatementRenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The extract row belongs to a different record from the subject.
    case rowForAnotherRecord(row: Int64, record: Int64)

    /// The reason in plain English, for the bulk run's exception report.
    public var description: String {
        switch self {
        case .rowForAnotherRecord(let row, let record):
            return "The statement row is for record \(row) but the member record is \(record)"
        }
    }
}
