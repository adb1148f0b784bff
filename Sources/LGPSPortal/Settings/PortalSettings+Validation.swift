import LGPSRules

extension PortalSettings {
    /// Minimum ages a fund may set for dependants: from 13, the UK age of consent for online services (Data
    /// Protection Act 2018 s.9, UK GDPR art. 8), to 23, when a child's pension normally stops (so a higher minimum
    /// would shut out every child).
    public static let dependantMinimumAgeRange = 13...23
    /// Postal key lifetimes a fund may set, in days: a week at least, and at most about six months (AUTH-9).
    public static let postalKeyLifetimeDaysRange = 7...180
    /// Email link lifetimes a fund may set, in minutes: 10 minutes to 24 hours (AUTH-9).
    public static let emailLinkLifetimeMinutesRange = 10...1_440
    /// Rates the estimate modeller accepts, from the fund or a member, as a percentage a year: from nothing to 10%,
    /// beyond which an estimate over decades would mean little.
    public static let estimateRateRange = Rate(.zero)...Rate(basisPoints: 1_000)
    /// Longest help or contact text, in characters.
    public static let maximumTextLength = 2_000

    /// Everything wrong with these settings, in form order; empty if they may be saved (VAL-1, AUTH-9).
    public func validated() -> [SettingsProblem] {
        var problems: [SettingsProblem] = []
        func refuse(_ field: CodingKeys, _ message: String) {
            problems.append(SettingsProblem(field: field.rawValue, message: message))
        }
        if registrableStatuses.isEmpty { refuse(.registrableStatuses, "Select at least one status that can register") }
        let ages = Self.dependantMinimumAgeRange
        if !ages.contains(dependantMinimumAge) {
            refuse(.dependantMinimumAge, "Minimum age for dependants must be between \(ages.lowerBound) and "
                   + "\(ages.upperBound)")
        }
        if !Set(cetvStatuses).isSubset(of: registrableStatuses) {
            refuse(.cetvStatuses, "Statuses that can ask for a transfer value must also be able to register")
        }
        let rates = Self.estimateRateRange
        if !rates.contains(estimatePayGrowth) {
            refuse(.estimatePayGrowth, "Pay growth must be between \(rates.lowerBound) and \(rates.upperBound) a year")
        }
        if !rates.contains(estimateInflation) {
            refuse(.estimateInflation, "Inflation must be between \(rates.lowerBound) and \(rates.upperBound) a year")
        }
        if let message = Self.rangeProblem(postalKeyLifetimeDays, in: Self.postalKeyLifetimeDaysRange,
                                           what: "Postal activation keys", unit: "days") {
            refuse(.postalKeyLifetimeDays, message)
        }
        if let message = Self.rangeProblem(emailLinkLifetimeMinutes, in: Self.emailLinkLifetimeMinutesRange,
                                           what: "Email links", unit: "minutes") {
            refuse(.emailLinkLifetimeMinutes, message)
        }
        if let message = Self.textProblem(helpText, name: "help text") { refuse(.helpText, message) }
        if let message = Self.textProblem(contactText, name: "contact details") { refuse(.contactText, message) }
        return problems
    }

    /// A message if a lifetime is outside its allowed range.
    private static func rangeProblem(_ value: Int, in range: ClosedRange<Int>, what: String, unit: String) -> String? {
        guard !range.contains(value) else { return nil }
        return "\(what) must last between \(NumberText.grouped(range.lowerBound)) and "
            + "\(NumberText.grouped(range.upperBound)) \(unit)"
    }

    /// A message if a text is blank or too long.
    private static func textProblem(_ text: String, name: String) -> String? {
        if text.allSatisfy(\.isWhitespace) { return "Enter the \(name)" }
        guard text.count > maximumTextLength else { return nil }
        let first = name.prefix(1).uppercased() + name.dropFirst()
        return "\(first) must be \(NumberText.grouped(maximumTextLength)) characters or fewer"
    }
}
