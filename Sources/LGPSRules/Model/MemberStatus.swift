/// The status of a pension record (one post). A record's status changes over time; see `StatusPeriod`.
public enum MemberStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case active
    case deferred
    case pensioner
    case dependant
    case pensionCredit = "pension_credit"
    case undecidedLeaver = "undecided_leaver"
    case deferredRefund = "deferred_refund"
    case councillor

    /// Plain-English label for screens.
    public var label: String {
        switch self {
        case .active: return "Active"
        case .deferred: return "Deferred"
        case .pensioner: return "Pensioner"
        case .dependant: return "Dependant"
        case .pensionCredit: return "Pension credit"
        case .undecidedLeaver: return "Undecided leaver"
        case .deferredRefund: return "Deferred refund"
        case .councillor: return "Councillor"
        }
    }

    public static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
}
