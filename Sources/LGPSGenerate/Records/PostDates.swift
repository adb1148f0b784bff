import LGPSRules

/// The dates of one post, as day numbers: when pensionable membership began, when the member left (the last day
/// of active membership), when the pension began, and what the member became on leaving.
struct PostDates: Sendable {
    var start: Int
    var leftOn: Int?
    var retiredOn: Int?
    /// `.active`, or `.councillor` for a councillor member.
    var activeStatus: MemberStatus = .active
    /// `.deferred`, `.undecidedLeaver` or `.deferredRefund` (ignored when the pension began the day after leaving).
    var statusAfterLeaving: MemberStatus = .deferred

    /// The last day of membership that counts (leaving date, or the as-at date while active).
    func end(asAt: Int) -> Int { leftOn ?? asAt }
}

/// What a record is: membership in a post (with service and a CARE account), or an entitlement in its own right
/// (a dependant's pension or a pension credit), which has dates but no service.
enum RecordShape: Sendable {
    case membership(PostDates)
    case entitlement(status: MemberStatus, from: Int, title: String)
}
