import LGPSRules
import LGPSStorage

/// The portal overview for staff: registration figures, mailings, and the new-mailing form.
struct PortalAdminPage {
    struct Step { var step: String; var count: String }
    struct Mailing { var id: String; var description: String; var made: String; var expires: String; var keys: String; var used: String; var unused: String; var expired: String }
    struct StatusChoice { var id: String; var value: String; var label: String; var checked: Bool }

    var layout: LayoutModel
    var errors: ErrorSummary?
    var period: String
    var started: String
    var completed: String
    var steps: [Step]
    var hasSteps: Bool
    var mailings: [Mailing]
    var hasMailings: Bool
    var statuses: [StatusChoice]
    var statusError: String?
    var days: TextField
    var limit: TextField
    var description: TextField
    var emails: EmailCounts

    init(context: StaffRequestContext, counts: RegistrationCounts, mailings: [ActivationMailing], form: KeyMailingForm,
         errors: [FieldError], reportDays: Int64, emails: EmailCounts) {
        self.emails = emails
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(title: "Member portal", context: context, hasErrors: summary != nil)
        layout.markCurrent("/portal-admin")
        period = "In the last \(reportDays) days"
        started = String(counts.started)
        completed = String(counts.completed)
        steps = counts.inProgressByStep.sorted { $0.key < $1.key }.map { Step(step: $0.key, count: String($0.value)) }
        hasSteps = !steps.isEmpty
        self.mailings = mailings.map {
            Mailing(id: String($0.id), description: $0.description, made: Formatting.timestamp($0.createdAt),
                    expires: Formatting.timestamp($0.expiresAt), keys: String($0.keyCount), used: String($0.used),
                    unused: String($0.unusedLive), expired: String($0.expired))
        }
        hasMailings = !self.mailings.isEmpty
        statuses = MemberStatus.allCases.enumerated().map { index, status in
            StatusChoice(id: index == 0 ? "status" : "status-\(status.rawValue)", value: status.rawValue,
                         label: status.label, checked: form.statuses.contains(status.rawValue))
        }
        statusError = summary?.message(for: "status")
        days = TextField(id: "days", label: "How many days the keys last", value: form.days, errors: summary,
                         hint: "Allow time for printing and post. Members cannot use a key after this.",
                         widthClass: "input--width-5")
        limit = TextField(id: "limit", label: "Most keys to make", value: form.limit, errors: summary,
                          hint: "Send large numbers in several mailings, so fewer members try to sign up at once.",
                          widthClass: "input--width-10")
        description = TextField(id: "description", label: "Description", value: form.description, errors: summary,
                                hint: "For example, Deferred members, autumn mailing")
    }
}
