import LGPSRules
import LGPSStorage

/// What happens when Notify says an address does not work (`permanent-failure`: "remove it from your database"):
/// the member still needs to know, so a task goes in the staff work queue to write to them at their postal
/// address and ask for a working email address (interfaces.md D3). One task per failed email; the address itself
/// is not copied into it (DATA-3): staff see it on the person's page.
public struct PostalFallback: Sendable {
    let casework: any CaseworkRepository

    public init(casework: any CaseworkRepository) {
        self.casework = casework
    }

    /// The task's subject, as staff see it in the queue.
    static let subject = "Email address not working: write to the member"

    /// Queues the task for `notification`, which Notify could not deliver; nil when it was not about a person.
    public func queue(for notification: OutboxNotification, at now: Timestamp) async throws -> WorkTask? {
        guard let personID = notification.personID else { return nil }
        let task = WorkTask(id: 0, fundID: notification.fundID, personID: personID, recordID: nil, kind: .message,
                            status: .open, subject: Self.subject, createdAt: now, updatedAt: now, channel: .system,
                            assignedTo: nil)
        let title = PortalEmailTemplate.title(for: notification.template)
        let message = TaskMessage(
            id: 0, taskID: 0, fundID: notification.fundID, fromMember: false, author: "GOV.UK Notify",
            body: "Our email \"\(title)\" could not be delivered: the member's email address does not work. "
                + "Write to the member at their postal address with what the email said, and ask them for a "
                + "working email address.",
            createdAt: now)
        return try await casework.createTask(task, firstMessage: message, actor: .system("notify"))
    }
}
