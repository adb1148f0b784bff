/// The independent registered medical practitioner's view of when the member is likely to be capable of gainful
/// employment, which decides the tier.
public enum GainfulEmploymentProspect: Sendable, Hashable, CaseIterable {
    /// Unlikely to be capable of gainful employment before normal pension age: tier 1.
    case unlikelyBeforeNormalPensionAge
    /// Unlikely within 3 years of leaving, but likely before normal pension age: tier 2.
    case unlikelyWithinThreeYears
    /// Likely within 3 years of leaving (or before normal pension age if sooner): tier 3.
    case likelyWithinThreeYears
}

/// The tiers of ill-health retirement pension.
public enum IllHealthTier: Int, Sendable, Hashable, CaseIterable {
    /// Tier 1 (100% enhancement), tier 2 (25%), tier 3 (none, temporary).
    case tier1 = 1, tier2, tier3
}

/// What decides whether an active member may retire on ill-health grounds, and in which tier.
public struct IllHealthEligibilityInput: Sendable, Hashable {
    /// IRMP certificate: permanently incapable of discharging the duties of the employment.
    public var permanentlyIncapableOfOwnJob: Bool
    /// IRMP certificate: not immediately capable of undertaking any gainful employment.
    public var notImmediatelyCapableOfGainfulEmployment: Bool
    public var prospect: GainfulEmploymentProspect
    /// Qualifying service in whole years (a `Fraction` of years).
    public var qualifyingService: Fraction
    public var leavingDate: CalendarDate
    /// The member's normal pension age date (2014 Scheme).
    public var normalPensionAgeDate: CalendarDate

    public init(permanentlyIncapableOfOwnJob: Bool, notImmediatelyCapableOfGainfulEmployment: Bool,
                prospect: GainfulEmploymentProspect, qualifyingService: Fraction, leavingDate: CalendarDate,
                normalPensionAgeDate: CalendarDate) {
        self.permanentlyIncapableOfOwnJob = permanentlyIncapableOfOwnJob
        self.notImmediatelyCapableOfGainfulEmployment = notImmediatelyCapableOfGainfulEmployment
        self.prospect = prospect
        self.qualifyingService = qualifyingService
        self.leavingDate = leavingDate
        self.normalPensionAgeDate = normalPensionAgeDate
    }
}

/// The outcome of the eligibility test: the tier when eligible, otherwise the reasons why not.
public struct IllHealthEligibility: Sendable, Hashable {
    /// The tier when eligible, otherwise `nil`.
    public var tier: IllHealthTier?
    /// Why the member is not eligible, in words (empty when eligible).
    public var reasonsNotEligible: [String]
    /// Whether an ill-health pension is payable.
    public var isEligible: Bool { tier != nil }
}

/// Whether an active member whose employment ends on ill-health grounds is entitled to an ill-health pension, and
/// in which tier: both IRMP certificates, at least 2 years' qualifying service, and leaving before NPA.
/// - Legislation: SI 2013/2356 reg. 35(1)–(7) and reg. 36 (IRMP certificates)
public func illHealthEligibility(_ input: IllHealthEligibilityInput, membership: DatedSeries<MembershipTerms>)
    throws(ParameterError) -> Calculation<IllHealthEligibility> {
    let entry = try membership.entry(on: input.leavingDate)
    let vesting = Fraction(Int64(entry.value.vestingYears))
    var reasons: [String] = []
    if !input.permanentlyIncapableOfOwnJob { reasons.append("no IRMP certificate of permanent incapacity for the job") }
    if !input.notImmediatelyCapableOfGainfulEmployment {
        reasons.append("the IRMP finds the member immediately capable of gainful employment")
    }
    if input.qualifyingService < vesting { reasons.append("less than \(vesting) years' qualifying service") }
    if input.leavingDate >= input.normalPensionAgeDate { reasons.append("left on or after normal pension age") }
    let tierForProspect: IllHealthTier = switch input.prospect {
    case .unlikelyBeforeNormalPensionAge: .tier1
    case .unlikelyWithinThreeYears: .tier2
    case .likelyWithinThreeYears: .tier3
    }
    let tier = reasons.isEmpty ? tierForProspect : nil
    var working = Working()
    working.record(.init(title: "Ill-health retirement tier",
                         inputs: [.init("Permanently incapable of own job", .flag(input.permanentlyIncapableOfOwnJob)),
                                  .init("Not immediately capable of gainful employment",
                                        .flag(input.notImmediatelyCapableOfGainfulEmployment)),
                                  .init("Qualifying service (years)", .fraction(input.qualifyingService)),
                                  .init("Leaving date", .date(input.leavingDate)),
                                  .init("Normal pension age", .date(input.normalPensionAgeDate))],
                         result: .text(tier.map { "Tier \($0.rawValue)" } ?? "Not eligible: " + reasons.joined(separator: "; ")),
                         parameter: ParameterUse(membership, entry, shown: .years(entry.value.vestingYears)),
                         regulation: "SI 2013/2356 reg. 35"))
    return working.result(IllHealthEligibility(tier: tier, reasonsNotEligible: reasons))
}
