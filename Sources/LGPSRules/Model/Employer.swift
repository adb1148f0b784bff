/// A Scheme employer or admission body.
/// - Legislation: SI 2013/2356 Sch. 2 (Scheme employers: Part 1 councils etc., Part 2 designating bodies);
///   reg. 3(5) and Sch. 2 Part 3 (admission bodies).
public struct Employer: Hashable, Sendable, Codable {
    public var id: Int64
    public var fundID: Int64
    /// The fund's employer code (used on payroll files).
    public var code: String
    public var name: String
    public var kind: EmployerKind
    /// Employer contribution rates over time, from the rates and adjustments certificate.
    public var rates: [EmployerRate]

    public init(id: Int64, fundID: Int64, code: String, name: String, kind: EmployerKind, rates: [EmployerRate]) {
        self.id = id
        self.fundID = fundID
        self.code = code
        self.name = name
        self.kind = kind
        self.rates = rates
    }
}

/// Kind of employer, by its place in Schedule 2 of the 2013 Regulations.
public enum EmployerKind: String, Sendable, Codable, CaseIterable {
    case council
    case academy
    case otherSchemeEmployer = "other_scheme_employer"
    case designatingBody = "designating_body"
    case admissionBody = "admission_body"

    public var label: String {
        switch self {
        case .council: return "Council (Schedule 2 Part 1)"
        case .academy: return "Academy (Schedule 2 Part 1)"
        case .otherSchemeEmployer: return "Other scheme employer (Schedule 2 Part 1)"
        case .designatingBody: return "Designating body (Schedule 2 Part 2)"
        case .admissionBody: return "Admission body (Schedule 2 Part 3)"
        }
    }
}

/// An employer contribution rate (primary rate as a percentage of pay) from `from` until `to` inclusive.
/// - Legislation: SI 2013/2356 reg. 62 and 67 (rates and adjustments certificate).
public struct EmployerRate: Hashable, Sendable, Codable {
    public var from: CalendarDate
    public var to: CalendarDate?
    public var rate: Rate

    public init(from: CalendarDate, to: CalendarDate?, rate: Rate) {
        self.from = from
        self.to = to
        self.rate = rate
    }
}
