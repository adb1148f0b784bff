import LGPSRules
import LGPSStorage

/// `/work-queue`: the fund's tasks in one view (waiting, assigned to the user, completed), with the member,
/// record, kind, status and age.
struct WorkQueuePage {
    struct Row {
        var href: String; var subject: String; var member: String; var record: String; var kind: String
        var status: String; var age: String
    }

    var layout: LayoutModel
    var rows: [Row]
    var hasRows: Bool
    var summary: String
    var previousHref: String?
    var nextHref: String?
    var views: [NavigationLink]
    var heading: String

    /// A link to one of the queue's views, marked when it is the one shown.
    struct NavigationLink { var href: String; var label: String; var current: Bool }

    init(context: StaffRequestContext, page: Page<WorkQueueItem>, view: WorkQueueView, now: Timestamp) {
        layout = LayoutModel(title: "Work queue", context: context)
        layout.markCurrent("/work-queue")
        rows = page.items.map { item in
            Row(href: "/work-queue/\(item.task.id)", subject: item.task.subject, member: item.memberName,
                record: item.memberNumber ?? "Not recorded", kind: item.task.kind.label, status: item.task.status.label,
                age: Self.age(from: item.task.createdAt, to: now))
        }
        hasRows = !rows.isEmpty
        summary = view.summary(page.total)
        heading = view.label
        views = WorkQueueView.allCases.map { NavigationLink(href: $0.href, label: $0.label, current: $0 == view) }
        let base = view == .waiting ? "/work-queue?" : "/work-queue?view=\(view.rawValue)&"
        previousHref = page.page > 1 ? "\(base)page=\(page.page - 1)" : nil
        nextHref = page.page < page.pageCount ? "\(base)page=\(page.page + 1)" : nil
    }

    /// Whole days (or hours, under a day) since the task was created.
    static func age(from created: Timestamp, to now: Timestamp) -> String {
        let hours = max(0, (now.microseconds - created.microseconds) / 3_600_000_000)
        if hours < 24 { return hours == 1 ? "1 hour" : "\(hours) hours" }
        let days = hours / 24
        return days == 1 ? "1 day" : "\(days) days"
    }
}

/// `/work-queue/{id}`: the conversation, documents with download links, a reply box and the status.
struct WorkQueueTaskPage {
    var layout: LayoutModel
    var errors: ErrorSummary?
    var subject: String
    var facts: [SummaryRow]
    var messages: [ConversationEntry]
    var documents: [DocumentEntry]
    var hasDocuments: Bool
    var replyAction: String
    var statusAction: String
    var reply: TextArea
    var statuses: RadioGroup
    var assignment: WorkQueueAssignment?
    var bankChange: PendingBankChange?
    var discardReason: TextArea

    init(context: StaffRequestContext, task: WorkTask, person: Person?, messages: [TaskMessage],
         documents: [MemberDocument], reply: String, errors: [FieldError]) {
        let summary = ErrorSummary(errors)
        self.errors = summary
        layout = LayoutModel(title: task.subject, context: context, hasErrors: summary != nil)
        layout.markCurrent("/work-queue")
        subject = task.subject
        facts = [
            SummaryRow(key: "Member", value: person?.fullName ?? "Not recorded"),
            SummaryRow(key: "What it is", value: task.kind.label),
            SummaryRow(key: "Status", value: task.status.label),
            SummaryRow(key: "Received", value: Formatting.timestamp(task.createdAt)),
            SummaryRow(key: "Sent through", value: task.channel.label),
        ]
        self.messages = messages.map(ConversationEntry.init)
        self.documents = documents.map { DocumentEntry($0, hrefPrefix: "/work-queue/documents") }
        hasDocuments = !documents.isEmpty
        replyAction = "/work-queue/\(task.id)/reply"
        statusAction = "/work-queue/\(task.id)/status"
        self.reply = TextArea(id: "reply", label: "Reply to the member", value: reply,
                              hint: "The member sees this in their messages.", errors: summary)
        discardReason = TextArea(id: "reason", label: "Why the new bank details cannot be used",
                                 value: "", hint: "The member sees this in their messages.", errors: summary)
        statuses = RadioGroup(name: "status", legend: "Status",
                              options: TaskStatus.allCases.map { (value: $0.rawValue, label: $0.label, hint: String?.none) },
                              selected: task.status.rawValue, errors: summary)
    }
}
