import LGPSRules

/// Which annual benefit statement a record gets for a Scheme year.
/// - Legislation: SI 2013/2356 reg. 89(1): a statement to "each of its active, deferred, deferred pensioner and
///   pension credit members"; LGA annual benefit statements guide Parts 2 and 4 [seed 001].
public enum StatementKind: String, Sendable, Hashable, Codable, CaseIterable {
    case active
    case deferred
    case pensionCredit = "pension_credit"

    /// The statement `record` gets for `year` (its statement date is 31 March at the end of the year), or `nil`.
    ///
    /// Active: in active membership (or a councillor member) on 31 March, or active during the year and an
    /// undecided leaver on 31 March (no deferred benefit yet). Deferred: a deferred member on 31 March.
    /// Pension credit: a pension credit member on 31 March. Anyone else (pensioner, dependant, refund) gets none.
    public static func eligibility(of record: PensionRecord, for year: SchemeYear) -> StatementKind? {
        eligibility(statusHistory: record.statusHistory, for: year)
    }

    /// The statement due for `year` to a record with `statusHistory` (see ``eligibility(of:for:)``).
    public static func eligibility(statusHistory: [StatusPeriod], for year: SchemeYear) -> StatementKind? {
        let end = year.end
        let atEnd = statusHistory.last { $0.from <= end && ($0.to.map { $0 >= end } ?? true) }?.status
        let activeDuring = statusHistory.contains {
            $0.status.isActiveMembership && $0.from <= end && ($0.to.map { $0 >= year.start } ?? true)
        }
        switch atEnd {
        case .some(let status) where status.isActiveMembership: return .active
        case .undecidedLeaver where activeDuring: return .active
        case .deferred: return .deferred
        case .pensionCredit: return .pensionCredit
        default: return nil
        }
    }
}
