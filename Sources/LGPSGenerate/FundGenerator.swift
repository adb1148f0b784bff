import LGPSRules

/// Generates a realistic, entirely fictional LGPS fund: employers, people, their pension records and histories.
///
/// The output is a pure function of `(seed, members, fundName, asAt)` (and the batch size, which only decides how
/// people are grouped): no clock is read and no system randomness is used. Each person is generated from their
/// own SplitMix64 stream, so any batch can be made on its own (`generateBatch`) and matches a whole run.
public struct FundGenerator: Sendable {
    /// The seed every random draw derives from.
    public let seed: UInt64
    /// How many people to generate (some hold two records).
    public let members: Int
    /// The fund's name ("Northshire Pension Fund").
    public let fundName: String
    /// The fund's short code, derived from the name unless given.
    public let fundCode: String
    /// The date the generated records are as at: nothing happens after it.
    public let asAt: CalendarDate
    /// People per `LoadBatch` (and per storage transaction).
    public let batchSize: Int
    /// The county the fund's employers and addresses are in (the first distinctive word of the name).
    public let county: String

    let catalogue: EmployerCatalogue

    /// The fund name used when none is given.
    public static let defaultFundName = "Northshire Pension Fund"
    /// An as-at date for callers without one of their own (the end of the 2025/26 Scheme year).
    public static let defaultAsAt = CalendarDate(2026, 3, 31)
    /// People per batch unless told otherwise.
    public static let defaultBatchSize = 2_000
    /// The most people a run can hold (the `QQ` NI number range: six digits and four suffix letters).
    public static let maximumMembers = Identifiers.niCapacity
    /// Earliest as-at date (a year of CARE history must be possible).
    public static let earliestAsAt = CalendarDate(2015, 4, 1)
    /// Latest as-at date the generator's revaluation table covers (the end of the 2026/27 Scheme year).
    public static let latestAsAt = CalendarDate(RevaluationHistory.lastYear + 1, 3, 31)

    static let countyStopWords: Set<String> = ["the", "city", "of", "royal", "borough", "county", "greater"]

    /// A generator for `members` people. Throws `GenerationError` for an impossible request.
    public init(seed: UInt64, members: Int, fundName: String = FundGenerator.defaultFundName,
                asAt: CalendarDate = FundGenerator.defaultAsAt, batchSize: Int = FundGenerator.defaultBatchSize,
                fundCode: String? = nil) throws {
        guard (1...FundGenerator.maximumMembers).contains(members) else {
            throw GenerationError.memberCountOutOfRange(members)
        }
        guard batchSize > 0 else { throw GenerationError.invalidBatchSize(batchSize) }
        guard asAt >= FundGenerator.earliestAsAt, asAt <= FundGenerator.latestAsAt else {
            throw GenerationError.asAtDateNotCovered(asAt)
        }
        guard let code = fundCode ?? FundCode.derive(from: fundName) else {
            throw GenerationError.unusableFundName(fundName)
        }
        self.seed = seed
        self.members = members
        self.fundName = fundName
        self.fundCode = code
        self.asAt = asAt
        self.batchSize = batchSize
        let words = fundName.split(separator: " ").map(String.init)
        county = words.first { !FundGenerator.countyStopWords.contains($0.lowercased()) } ?? "Northshire"
        catalogue = EmployerCatalogue(seed: seed, members: members, county: county, asAt: asAt)
    }

    /// A generator whose size and fund name are given later, to `run(members:into:funds:employers:fundName:...)`
    /// (which validates them and the as-at date). Until then it describes one member of the default fund.
    public init(seed: UInt64, asAt: CalendarDate = FundGenerator.defaultAsAt,
                batchSize: Int = FundGenerator.defaultBatchSize) {
        self.seed = seed
        members = 1
        fundName = FundGenerator.defaultFundName
        fundCode = FundCode.derive(from: fundName) ?? "NPF"
        self.asAt = asAt
        self.batchSize = batchSize
        county = "Northshire"
        catalogue = EmployerCatalogue(seed: seed, members: 1, county: county, asAt: asAt)
    }

    /// Number of batches in a run.
    public var batchCount: Int { (members + batchSize - 1) / batchSize }

    /// Positions (0-based) of the people in batch `index`.
    public func peopleRange(batch index: Int) -> Range<Int> {
        let start = index * batchSize
        return start..<min(start + batchSize, members)
    }
}
