import LGPSPortal
import LGPSRules

/// The form to make an activation key mailing: who gets keys (statuses), how long the keys last, how many at most.
struct KeyMailingForm {
    /// A valid request.
    struct Request {
        var statuses: [MemberStatus]
        var days: Int
        var limit: Int
        var description: String
    }

    var statuses: [String] = [MemberStatus.deferred.rawValue]
    var days = String(PortalSettings.defaultPostalKeyLifetimeDays)
    var limit = String(KeyMailingForm.defaultLimit)
    var description = ""

    /// Keys per mailing unless the fund says otherwise (seed 000: send keys in batches, not all at once).
    static let defaultLimit = 20_000
    /// Longest key lifetime allowed, in days (AUTH-9: postal keys need time for printing and post).
    static let longestDays = 180
    /// Most keys in one mailing.
    static let largestLimit = 200_000

    init() {}

    init(fields: FormFields, selected: [String]) {
        statuses = selected
        days = fields["days"]
        limit = fields["limit"]
        description = fields["description"]
    }

    func validated() -> Validated<Request> {
        var errors: [FieldError] = []
        let chosen = statuses.compactMap(MemberStatus.init(rawValue:))
        if chosen.isEmpty || chosen.count != statuses.count {
            errors.append(FieldError(field: "status", message: "Select who should get activation keys"))
        }
        let dayCount = Int(days.trimmingWhitespace())
        if dayCount == nil || !(1...Self.longestDays).contains(dayCount ?? 0) {
            errors.append(FieldError(field: "days", message: "Enter how many days the keys last, from 1 to \(Self.longestDays)"))
        }
        let most = Int(limit.trimmingWhitespace())
        if most == nil || !(1...Self.largestLimit).contains(most ?? 0) {
            errors.append(FieldError(field: "limit", message: "Enter the most keys to make, from 1 to \(Self.largestLimit)"))
        }
        let text = description.trimmingWhitespace()
        if text.isEmpty { errors.append(FieldError(field: "description", message: "Enter a description of the mailing")) }
        guard errors.isEmpty, let dayCount, let most else { return .invalid(errors) }
        return .valid(Request(statuses: chosen, days: dayCount, limit: most, description: text))
    }
}
