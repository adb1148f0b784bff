import LGPSRules

/// Why a fund cannot be generated as asked.
public enum GenerationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A fund with this code already exists. The generator never adds people to an existing fund (their NI
    /// numbers and member numbers would collide); choose another fund name or code, or use a fresh database.
    case fundAlreadyExists(code: String)
    /// The number of members is not in `1...FundGenerator.maximumMembers`.
    case memberCountOutOfRange(Int)
    /// The batch size is not positive.
    case invalidBatchSize(Int)
    /// The as-at date is outside the years the generator's revaluation and contribution tables cover.
    case asAtDateNotCovered(CalendarDate)
    /// The fund name gives no usable fund code (no letters).
    case unusableFundName(String)
    /// The employers passed do not match the generator's catalogue (count differs).
    case employerMismatch(expected: Int, got: Int)

    /// A message for the command line.
    public var description: String {
        switch self {
        case .fundAlreadyExists(let code):
            return "A fund with code \(code) already exists; choose another --fund name or use a fresh database"
        case .memberCountOutOfRange(let count):
            return "Members must be between 1 and \(FundGenerator.maximumMembers), got \(count)"
        case .invalidBatchSize(let size):
            return "Batch size must be positive, got \(size)"
        case .asAtDateNotCovered(let date):
            return "As-at date \(date) is outside \(FundGenerator.earliestAsAt) to \(FundGenerator.latestAsAt)"
        case .unusableFundName(let name):
            return "Fund name \"\(name)\" has no letters to make a fund code from"
        case .employerMismatch(let expected, let got):
            return "Expected \(expected) employers in catalogue order, got \(got)"
        }
    }
}
