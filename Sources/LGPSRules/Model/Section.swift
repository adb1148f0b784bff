/// Section of the 2014 Scheme an active member is in.
/// - Legislation: SI 2013/2356 reg. 10 (the 50/50 section: half contributions, half accrual).
public enum Section: String, Sendable, Codable, CaseIterable {
    case main
    case fiftyFifty = "fifty_fifty"

    public var label: String { self == .main ? "Main section" : "50/50 section" }
}
