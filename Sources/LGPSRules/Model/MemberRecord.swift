/// Everything known about one pension record: the record with its final-salary service, CARE years, debits and
/// McCloud facts. Nominations belong to the person (one death grant nomination covers all their posts).
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

    public init(record: PensionRecord, service: [ServicePeriod], breaks: [ServiceBreak],
                addedYears: [AddedYearsContract], careYears: [CareYear], debits: [Debit],
                mcCloudFacts: [McCloudFact], finalPay: [FinalPayYear] = []) {
        self.record = record
        self.service = service
        self.breaks = breaks
        self.addedYears = addedYears
        self.careYears = careYears
        self.debits = debits
        self.mcCloudFacts = mcCloudFacts
        self.finalPay = finalPay
    }
}
