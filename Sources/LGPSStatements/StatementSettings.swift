import LGPSRules

/// The choices the guide leaves to each administering authority, as one fund's settings.
/// - Source: LGA annual benefit statements guide, Part 2 Table 1 ("Partnership status", "Service history",
///   the figures for members between 55 and NPA), Part 2A and Part 3 (o), (t), (y) [seed 001].
public struct StatementSettings: Sendable, Codable, Hashable {
    /// What survivor's pension to quote for a member not recorded as married, in a civil partnership or with a
    /// cohabiting partner.
    public var survivorBasisWhenNotPartnered: SurvivorBasis
    /// Whether to quote reduced benefits payable on 31 March for members between 55 and NPA.
    public var quoteReducedBenefits: Bool
    /// How many of the latest lines of final-salary service history to show.
    public var serviceHistoryLines: Int
    /// Records for which the fund uses the 2025 discretion not to reflect underpin protection.
    public var underpinNotReflected: Set<Int64>

    /// The guide's suggestion: "the last ten lines of service history" (Part 2 Table 1, "Service history").
    public static let guideServiceHistoryLines = 10

    public init(survivorBasisWhenNotPartnered: SurvivorBasis = .none, quoteReducedBenefits: Bool = false,
                serviceHistoryLines: Int = StatementSettings.guideServiceHistoryLines,
                underpinNotReflected: Set<Int64> = []) {
        self.survivorBasisWhenNotPartnered = survivorBasisWhenNotPartnered
        self.quoteReducedBenefits = quoteReducedBenefits
        self.serviceHistoryLines = serviceHistoryLines
        self.underpinNotReflected = underpinNotReflected
    }

    /// The survivor's pension quoted for a member with no recorded partner.
    /// - Source: LGA guide Part 2 Table 1 "Partnership status (recorded)": a fund "may choose not to quote a
    ///   survivor pension in respect of these members ... Alternatively ... quote the survivor pension that would
    ///   become payable if the member died as an active member of the Scheme and left a spouse."
    public enum SurvivorBasis: String, Sendable, Codable, Hashable, CaseIterable {
        case none
        case assumeSpouse = "assume_spouse"
    }
}
