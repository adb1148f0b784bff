/// Reason for an unpaid break in service, as coded in the i-Connect payroll extract field 29
/// (EMPLOYMENT_BREAK_REASON; see `reference/interfaces.md`). `U` is the default when none is given.
public enum BreakReason: String, Sendable, Codable, CaseIterable {
    case leaveOfAbsence = "A"
    case education = "E"
    case parental = "M"
    case maternityPaternity = "Y"
    case strike = "S"
    case unauthorised = "U"

    public var label: String {
        switch self {
        case .leaveOfAbsence: return "Leave of absence"
        case .education: return "Education"
        case .parental: return "Parental leave"
        case .maternityPaternity: return "Maternity or paternity leave"
        case .strike: return "Strike"
        case .unauthorised: return "Unauthorised absence"
        }
    }
}
