/// Everything known about one pension record: the record with its final-salary service, CARE years, debits and
/// McCloud facts, or, for a pension credit member, the pension credit. Nominations belong to the person (one
/// death grant nomination covers all their posts).
public struct MemberRecord: Hashable, Sendable, Codable {
    public var record: PensionRecord
    public var service: [ServicePeriod]
    public var breaks: [ServiceBreak]
    public var addedYears: [AddedYearsContract]
    public var careYears: [CareYear]
    public var debits: [Debit]
    public var mcCloudFacts: [McCloudFact]
    /// Whole-time final pay for recent years of final-salary membership, oldest first (empty for members who
    /// joined after March 2014).
    public var finalPay: [FinalPayYear]
    /// The pension credit a pension credit member's record holds (`nil` for every other record, and for a
    /// pension credit record whose credit has not been recorded).
    public var pensionCredit: PensionCredit?

    public init(record: PensionRecord, service: [ServicePeriod], breaks: [ServiceBreak],
                addedYears: [AddedYearsContract], careYears: [CareYear], debits: [Debit],
                mcCloudFacts: [McCloudFact], finalPay: [FinalPayYear] = [], pensionCredit: PensionCredit? = nil) {
        self.record = record
        self.service = service
        self.breaks = breaks
        self.addedYears = addedYears
        self.careYears = careYears
        self.debits = debits
        self.mcCloudFacts = mcCloudFacts
        self.finalPay = finalPay
        self.pensionCredit = pensionCredit
    }
}
