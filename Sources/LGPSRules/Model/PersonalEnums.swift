/// Sex as recorded for scheme purposes (i-Connect GENDER field: M/F).
public enum Sex: String, Sendable, Codable, CaseIterable {
    case female = "F"
    case male = "M"

    public var label: String { self == .female ? "Female" : "Male" }
}

/// Relationship status, with the i-Connect MARITAL_STATUS codes.
public enum RelationshipStatus: String, Sendable, Codable, CaseIterable {
    case single = "S"
    case married = "M"
    case civilPartnership = "C"
    case cohabiting = "P"
    case divorced = "D"
    case widowed = "W"

    public var label: String {
        switch self {
        case .single: return "Single"
        case .married: return "Married"
        case .civilPartnership: return "Civil partnership"
        case .cohabiting: return "Cohabiting partner"
        case .divorced: return "Divorced or dissolved"
        case .widowed: return "Widowed or surviving civil partner"
        }
    }

    /// Whether a partner's details belong with this status.
    public var hasPartner: Bool { self == .married || self == .civilPartnership || self == .cohabiting }
}

/// How a member wants to receive communications.
public enum DigitalChoice: String, Sendable, Codable, CaseIterable {
    case online
    case paper

    public var label: String { self == .online ? "Online" : "Paper" }
}

/// Where a change came from, recorded on every audit entry.
public enum Channel: String, Sendable, Codable, CaseIterable {
    case staff
    case portal
    case employerFile = "employer_file"
    case system

    public var label: String {
        switch self {
        case .staff: return "Staff"
        case .portal: return "Member portal"
        case .employerFile: return "Employer file"
        case .system: return "System"
        }
    }
}
