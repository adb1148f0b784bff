import LGPSRules

/// One record's annual allowance figures for a tax year, as the fund published them to the member portal.
public struct PublishedPensionInput: Hashable, Sendable {
    public var fundID: Int64
    public var personID: Int64
    public var recordID: Int64
    public var year: PensionInputYear
    public var publishedAt: Timestamp
    /// Who published them.
    public var publishedBy: String

    public init(fundID: Int64, personID: Int64, recordID: Int64, year: PensionInputYear, publishedAt: Timestamp,
                publishedBy: String) {
        self.fundID = fundID
        self.personID = personID
        self.recordID = recordID
        self.year = year
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
    }
}

/// Annual allowance history: written by `lgps allowance publish`, read by the portal (the member's own records)
/// and by staff (their fund's).
public protocol AnnualAllowanceRepository: Sendable {
    /// Stores the figures in one transaction, replacing any already published for the same record and tax year,
    /// with one audit entry for the batch.
    func publish(_ figures: [PublishedPensionInput], actor: Actor) async throws
    /// The record's published figures, latest tax year first (only the fund's: AC-6).
    func history(fundID: Int64, recordID: Int64) async throws -> [PublishedPensionInput]
    /// How many records have figures published for the tax year.
    func count(fundID: Int64, taxYear: TaxYear) async throws -> Int
}
