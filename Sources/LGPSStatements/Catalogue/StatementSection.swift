/// The headings of the guide's data tables, in the guide's order.
/// - Source: LGA annual benefit statements guide, Part 2 Table 1, Part 2A and Part 4 [seed 001].
public enum StatementSection: String, Sendable, Hashable, Codable, CaseIterable {
    case personalDetails = "personal_details"
    case deathBenefits = "death_benefits"
    case benefitsAt31March = "benefits_at_31_march"
    /// "Only to be provided for a member who was between age 55 and NPA on 31 March 20xx".
    case reducedBenefits = "reduced_benefits"
    case benefitsSupportingData = "benefits_supporting_data"
    case projectionToNPA = "projection_to_npa"
    case projectionSupportingData = "projection_supporting_data"
    case lifetimeAllowance = "lifetime_allowance"
    case serviceHistory = "service_history"
    /// Part 2A: members protected by the underpin and under their 2008 Scheme NPA on 31 March.
    case underpinUnder2008NPA = "underpin_under_2008_npa"
    /// Part 2A: members protected by the underpin and over their 2008 Scheme NPA on 31 March.
    case underpinOver2008NPA = "underpin_over_2008_npa"
    /// Part 3 (u), (y) and Part 4: whether the member is protected and whether the 2025 discretion was used.
    case mcCloudRemedy = "mccloud_remedy"
    /// Part 4: deferred and pension credit members' benefits.
    case deferredBenefits = "deferred_benefits"

    /// The heading as the guide writes it (or, for the last three, as the part describes it).
    public var title: String {
        switch self {
        case .personalDetails: return "Personal Details"
        case .deathBenefits: return "Death benefits"
        case .benefitsAt31March: return "Benefits at 31 March"
        case .reducedBenefits: return "Reduced benefits at 31 March (age 55 to NPA)"
        case .benefitsSupportingData: return "Benefits at 31 March – supporting data"
        case .projectionToNPA: return "Projection to NPA"
        case .projectionSupportingData: return "Projection to NPA – supporting data"
        case .lifetimeAllowance: return "Lifetime allowance"
        case .serviceHistory: return "Service history"
        case .underpinUnder2008NPA: return "Underpin (under 2008 Scheme NPA)"
        case .underpinOver2008NPA: return "Underpin (over 2008 Scheme NPA)"
        case .mcCloudRemedy: return "McCloud remedy"
        case .deferredBenefits: return "Deferred benefits"
        }
    }
}
