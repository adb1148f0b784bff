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

/// `aria-describedby` ids: the hint and the error, when present.
func describedByIDs(id: String, hint: String?, error: String?) -> String? {
    let ids = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
    return ids.isEmpty ? nil : ids.joined(separator: " ")
}
