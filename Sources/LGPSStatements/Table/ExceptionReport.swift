/// The records that could not have a statement row, and why: a CSV sorted by record id, for staff to put right
/// before the statements are issued.
/// - Source: LGA guide Part 2 (the extract is checked before statements are produced) [seed 001].
public struct ExceptionReport: Sendable {
    public var exceptions: [StatementException]

    public init(_ exceptions: [StatementException]) {
        self.exceptions = exceptions.sorted { ($0.recordID, $0.reason) < ($1.recordID, $1.reason) }
    }

    /// `Record id,Reason` then one line per exception, RFC 4180 quoting, CRLF line ends.
    public var csv: String {
        let lines = [["Record id", "Reason"]] + exceptions.map { [String($0.recordID), $0.reason] }
        return lines.map { $0.map(ExtractTable.csvField).joined(separator: ",") + "\r\n" }.joined()
    }
}
