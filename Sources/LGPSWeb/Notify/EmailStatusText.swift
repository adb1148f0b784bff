import LGPSStorage

/// How an email's state is told to staff, in plain English, from the outbox status and Notify's last report
/// (interfaces.md D3 statuses).
enum EmailStatusText {
    /// The wording for `n`.
    static func text(for n: OutboxNotification) -> String {
        switch n.status {
        case .queued, .sending:
            n.deliveryStatus == .technicalFailure ? "Waiting to send again (fault at GOV.UK Notify)" : "Waiting to send"
        case .sent: "Sent, waiting for a delivery report"
        case .delivered: "Delivered"
        case .bounced: "Could not be delivered — email address not working"
        case .failed:
            switch n.deliveryStatus {
            case .temporaryFailure: "Could not be delivered — inbox full or not available for 3 days"
            case .technicalFailure: "Could not be delivered — fault at GOV.UK Notify"
            default: "Could not be sent"
            }
        }
    }

    /// Whether the wording reports a failure (shown with a strong tag).
    static func isProblem(_ n: OutboxNotification) -> Bool { NotificationStatus.undelivered.contains(n.status) }
}
