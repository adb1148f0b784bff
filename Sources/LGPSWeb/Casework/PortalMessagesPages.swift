import LGPSRules
import LGPSStorage

/// `/portal/messages`: the member's messages and documents, each with its status in words (AUDIT-2: the
/// member sees what happened to what they sent).
struct PortalMessagesPage {
    struct Row { var href: String; var subject: String; var kind: String; var status: String; var updated: String }

    var layout: LayoutModel
    var rows: [Row]
    var hasRows: Bool

    init(context: StaffRequestContext, tasks: [WorkTask]) {
        layout = LayoutModel(portalTitle: "Messages and documents", context: context, current: "/portal/messages")
        rows = tasks.map {
            Row(href: "/portal/messages/\($0.id)", subject: $0.subject, kind: $0.kind.label, status: $0.status.label,
                updated: Formatting.timestamp($0.updatedAt))
        }
        hasRows = !rows.isEmpty
    }
}

/// `/portal/messages/new`: choose the record, write a subject and message.
struct PortalMessageNewPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var records: RadioGroup
    var subject: TextField
    var body: TextArea

    init(context: StaffRequestContext, records: [RecordSummary], form: MessageForm, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: "Send us a message", context: context, hasErrors: summary != nil,
                             current: "/portal/messages")
        self.records = RadioGroup.records(records, selected: records.count == 1 ? "\(records[0].recordID)" : form.recordID,
                                          errors: summary)
        subject = TextField(id: "subject", label: "Subject", value: form.subject, errors: summary,
                            hint: "At most \(MessageForm.subjectLimit) characters")
        body = TextArea(id: "body", label: "Your message", value: form.body,
                        hint: "At most \(MessageForm.bodyLimit) characters. Do not include bank details.",
                        errors: summary)
    }
}

/// `/portal/messages/{id}`: one conversation, its documents, its status and a reply box.
struct PortalConversationPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var subject: String
    var status: String
    var kind: String
    var messages: [ConversationEntry]
    var documents: [DocumentEntry]
    var hasDocuments: Bool
    var action: String
    var reply: TextArea

    init(context: StaffRequestContext, task: WorkTask, messages: [TaskMessage], documents: [MemberDocument],
         reply: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(portalTitle: task.subject, context: context, hasErrors: summary != nil,
                             current: "/portal/messages")
        subject = task.subject
        status = task.status.label
        kind = task.kind.label
        self.messages = messages.map(ConversationEntry.init)
        self.documents = documents.map { DocumentEntry($0, hrefPrefix: "/portal/documents") }
        hasDocuments = !documents.isEmpty
        action = "/portal/messages/\(task.id)"
        self.reply = TextArea(id: "reply", label: "Reply", value: reply, hint: nil, errors: summary)
    }
}
