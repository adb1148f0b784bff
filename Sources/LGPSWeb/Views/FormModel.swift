import LGPSRules

/// A text input as the `textInput` partial draws it: label, hint, value and any error beside it.
/// (Templates read stored properties only, so derived values are worked out here.)
struct TextField {
    var id: String
    var label: String
    var value: String
    var error: String?
    var hint: String?
    var type: String
    var autocomplete: String
    var widthClass: String
    var describedBy: String?

    init(id: String, label: String, value: String, errors: ErrorSummary?, hint: String? = nil, type: String = "text",
         autocomplete: String = "off", widthClass: String = "") {
        self.id = id
        self.label = label
        self.value = value
        error = errors?.message(for: id)
        self.hint = hint
        self.type = type
        self.autocomplete = autocomplete
        self.widthClass = widthClass
        describedBy = describedByIDs(id: id, hint: hint, error: error)
    }
}

/// A GOV.UK date input: three boxes for day, month and year, with one error message for the date.
struct DateField {
    var id: String
    var legend: String
    var hint: String?
    var day: String
    var month: String
    var year: String
    var error: String?
    var describedBy: String?

    init(id: String, legend: String, hint: String?, day: String, month: String, year: String, errors: ErrorSummary?) {
        self.id = id
        self.legend = legend
        self.hint = hint
        self.day = day
        self.month = month
        self.year = year
        error = errors?.message(for: id)
        describedBy = describedByIDs(id: id, hint: hint, error: error)
    }
}

/// `aria-describedby` ids: the hint and the error, when present.
private func describedByIDs(id: String, hint: String?, error: String?) -> String? {
    let ids = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
    return ids.isEmpty ? nil : ids.joined(separator: " ")
}

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
