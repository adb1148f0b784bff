import LGPSRules

/// The fund's choices for its member portal (AUTH-9 key lifetimes; which records may register and see what).
/// Stored as JSON; a value saved by an older version, with fewer keys, still decodes, the missing ones taking
/// their defaults. Check `validated()` before saving a changed value.
public struct PortalSettings: Codable, Sendable, Equatable {
    /// Statuses whose holders may register: all but undecided leavers, deferred refunds and councillors.
    public static let defaultRegistrableStatuses: [MemberStatus] =
        [.active, .deferred, .pensioner, .dependant, .pensionCredit]
    /// Youngest age at which a dependant may register (adulthood).
    public static let defaultDependantMinimumAge = 18
    /// Statuses offered a transfer value (CETV) quote: deferred members, who are the ones who can transfer out.
    public static let defaultCETVStatuses: [MemberStatus] = [.deferred]
    /// Postal activation keys last 60 days by default, for letters sent through a mailing house (AUTH-9).
    public static let defaultPostalKeyLifetimeDays = 60
    /// Emailed registration links last 30 minutes by default (AUTH-9).
    public static let defaultEmailLinkLifetimeMinutes = 30
    /// The estimate modeller's starting pay growth: 2.5% a year, compounded, the example projections' fixed rate
    /// (`scenarios/`, `docs/scenarios.md`). An assumption, not law: shown beside every estimate and changeable by
    /// the member.
    public static let defaultEstimatePayGrowth = Rate(basisPoints: 250)
    /// The estimate modeller's starting CPI after the published orders: 2% a year, the Bank of England's inflation
    /// target, as the example projections assume.
    public static let defaultEstimateInflation = Rate(basisPoints: 200)
    /// Help text shown on the portal's pages until the fund writes its own.
    public static let defaultHelpText =
        "If you need help using this service, contact the pensions team. Have your National Insurance number ready."
    /// Contact text shown until the fund writes its own.
    public static let defaultContactText =
        "Contact the pensions team by email or phone. We aim to reply within 5 working days."

    /// Statuses whose holders may register.
    public var registrableStatuses: [MemberStatus]
    /// Youngest age, in years, at which a dependant may register.
    public var dependantMinimumAge: Int
    /// Whether and how members change bank details.
    public var bankDetails: BankDetailsMode
    /// Statuses that may ask for a transfer value quote; empty turns the feature off.
    public var cetvStatuses: [MemberStatus]
    /// Whether members see their annual allowance history.
    public var showsAnnualAllowance: Bool
    /// Pay growth the estimate modeller starts from.
    public var estimatePayGrowth: Rate
    /// CPI after the published orders the estimate modeller starts from.
    public var estimateInflation: Rate
    /// Days a postal activation key lasts (AUTH-9).
    public var postalKeyLifetimeDays: Int
    /// Minutes an emailed registration link lasts (AUTH-9).
    public var emailLinkLifetimeMinutes: Int
    /// Help text for the portal's pages.
    public var helpText: String
    /// How to contact the fund.
    public var contactText: String

    /// The defaults.
    public static let standard = PortalSettings()

    /// Settings; every argument defaults to the standard value.
    public init(registrableStatuses: [MemberStatus] = defaultRegistrableStatuses,
                dependantMinimumAge: Int = defaultDependantMinimumAge,
                bankDetails: BankDetailsMode = .staffTask,
                cetvStatuses: [MemberStatus] = defaultCETVStatuses,
                showsAnnualAllowance: Bool = true,
                estimatePayGrowth: Rate = defaultEstimatePayGrowth,
                estimateInflation: Rate = defaultEstimateInflation,
                postalKeyLifetimeDays: Int = defaultPostalKeyLifetimeDays,
                emailLinkLifetimeMinutes: Int = defaultEmailLinkLifetimeMinutes,
                helpText: String = defaultHelpText,
                contactText: String = defaultContactText) {
        self.registrableStatuses = registrableStatuses
        self.dependantMinimumAge = dependantMinimumAge
        self.bankDetails = bankDetails
        self.cetvStatuses = cetvStatuses
        self.showsAnnualAllowance = showsAnnualAllowance
        self.estimatePayGrowth = estimatePayGrowth
        self.estimateInflation = estimateInflation
        self.postalKeyLifetimeDays = postalKeyLifetimeDays
        self.emailLinkLifetimeMinutes = emailLinkLifetimeMinutes
        self.helpText = helpText
        self.contactText = contactText
    }
}
