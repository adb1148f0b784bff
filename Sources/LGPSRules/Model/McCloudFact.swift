/// A fact that decides whether a member qualifies for McCloud underpin protection, with its evidence.
/// - Legislation: SI 2023/1474 (LGPS (Amendment) (No. 3) Regulations 2023), inserting reg. 4A–4U into
///   SI 2014/525: qualifying membership needs membership of a public service pension scheme before
///   1 April 2012 and no continuous break of more than 5 years (a "disqualifying gap").
public struct McCloudFact: Hashable, Sendable, Codable {
    public var kind: McCloudFactKind
    public var from: CalendarDate
    public var to: CalendarDate?
    /// The scheme (for earlier membership) or what happened (for a break), in words.
    public var detail: String
    /// Where the fact came from: "Member declaration form received 12 June 2024", "NHS Pensions confirmation".
    public var evidence: String

    public init(kind: McCloudFactKind, from: CalendarDate, to: CalendarDate?, detail: String, evidence: String) {
        self.kind = kind
        self.from = from
        self.to = to
        self.detail = detail
        self.evidence = evidence
    }
}

/// The kinds of McCloud qualification fact.
public enum McCloudFactKind: String, Sendable, Codable, CaseIterable {
    case earlierPublicServiceMembership = "earlier_public_service"
    case breakInMembership = "break"

    public var label: String {
        self == .earlierPublicServiceMembership ? "Earlier public service membership" : "Break in membership"
    }
}
