import LGPSRules

/// The error summary at the top of a form: each message links to its field (GOV.UK error summary pattern).
struct ErrorSummary {
    struct Item {
        var message: String
        var href: String
    }

    var items: [Item]
    private let byField: [String: String]

    /// A summary of `errors`, or `nil` when there are none; `dateFields` link to their day box
    /// (`#dateOfBirth-day`).
    init?(_ errors: [FieldError], dateFields: Set<String> = []) {
        guard !errors.isEmpty else { return nil }
        items = errors.map {
            Item(message: $0.message, href: "#" + $0.field + (dateFields.contains($0.field) ? "-day" : ""))
        }
        var messages: [String: String] = [:]
        for error in errors where messages[error.field] == nil { messages[error.field] = error.message }
        byField = messages
    }

    /// The message to show beside `field`.
    func message(for field: String) -> String? { byField[field] }
}
