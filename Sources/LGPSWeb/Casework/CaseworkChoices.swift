import LGPSStorage

/// A set of radios as the `portal-messages-radios` partial draws them: legend, choices and any error.
struct RadioGroup {
    struct Choice { var id: String; var value: String; var label: String; var hint: String?; var checked: Bool }

    var name: String
    var legend: String
    var choices: [Choice]
    var error: String?

    /// Radios named `name`; the first input's id is `name`, so the error summary's link lands on it.
    init(name: String, legend: String, options: [(value: String, label: String, hint: String?)], selected: String,
         errors: ErrorSummary?) {
        self.name = name
        self.legend = legend
        choices = options.enumerated().map { index, option in
            Choice(id: index == 0 ? name : "\(name)-\(index + 1)", value: option.value, label: option.label,
                   hint: option.hint, checked: option.value == selected)
        }
        error = errors?.message(for: name)
    }

    /// One radio per record the member holds (only their own: AC-3).
    static func records(_ records: [RecordSummary], selected: String, errors: ErrorSummary?) -> RadioGroup {
        RadioGroup(name: "recordID", legend: "Which pension is this about?",
                   options: records.map { (value: "\($0.recordID)", label: "\($0.jobTitle) at \($0.employerName)",
                                           hint: String?.some("Member number \($0.memberNumber)")) },
                   selected: selected, errors: errors)
    }
}

/// A multi-line text box as the `portal-messages-textarea` partial draws it.
struct TextArea {
    var id: String
    var label: String
    var value: String
    var hint: String?
    var error: String?
    var describedBy: String?

    init(id: String, label: String, value: String, hint: String?, errors: ErrorSummary?) {
        self.id = id
        self.label = label
        self.value = value
        self.hint = hint
        error = errors?.message(for: id)
        describedBy = describedByIDs(id: id, hint: hint, error: error)
    }
}

/// One message in a conversation, as members and staff see it.
struct ConversationEntry {
    var author: String
    var when: String
    var body: String

    init(_ message: TaskMessage) {
        author = message.fromMember ? "\(message.author) (member)" : "\(message.author) (pensions team)"
        when = Formatting.timestamp(message.createdAt)
        body = message.body
    }
}

/// One uploaded document in a conversation, with a download link unless it is quarantined (FILE-7).
struct DocumentEntry {
    var name: String
    var detail: String
    var href: String?

    init(_ document: MemberDocument, hrefPrefix: String) {
        name = document.originalName
        let size = document.byteCount < 1024 ? "\(document.byteCount) bytes" : "\(document.byteCount / 1024) KB"
        let type = UploadPolicy.FileType(rawValue: document.mediaType)?.label ?? document.mediaType
        detail = document.status == .quarantined
            ? "\(type), \(size) – held back by the virus check" : "\(type), \(size)"
        href = document.status == .quarantined ? nil : "\(hrefPrefix)/\(document.id)"
    }
}
