import LGPSRules

/// A digital-communication preference with the date it was recorded and how (evidence text).
enum DigitalPreferenceGenerator {
    /// Online for most people with an email address, paper otherwise; recorded between `earliest` and `asAt`.
    static func preference(hasEmail: Bool, earliest: Int, asAt: Int, rng: inout SplitMix64) -> DigitalPreference {
        let day = CalendarDate(dayNumber: rng.day(earliest, asAt))
        if hasEmail && rng.chance(perMille: 720) {
            let evidence = rng.chance(perMille: 700)
                ? "Registered for the member portal on " + day.longUK
                : "Online consent given by email on " + day.longUK
            return DigitalPreference(choice: .online, recordedOn: day, evidence: evidence)
        }
        let evidence: String
        switch rng.below(3) {
        case 0: evidence = hasEmail ? "Paper opt-in form received " + day.longUK : "Default: no email address held"
        case 1: evidence = "Asked for paper by telephone on " + day.longUK
        default: evidence = "Paper preference letter received " + day.longUK
        }
        return DigitalPreference(choice: .paper, recordedOn: day, evidence: evidence)
    }
}
