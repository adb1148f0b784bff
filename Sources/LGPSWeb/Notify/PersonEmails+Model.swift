import LGPSNotify
import LGPSStorage

/// The "Emails sent" section of a person's page: each email the portal queued for them, newest first, with
/// what happened to it, and any of their addresses GOV.UK Notify reported as not working (seed 000: funds
/// cannot see what was sent; interfaces.md D3).
struct PersonEmailsModel {
    /// One email.
    struct Row {
        var email: String
        var queued: String
        var address: String
        var status: String
        var problem: Bool
    }

    /// An address reported as not working.
    struct BadAddress {
        var address: String
        var reported: String
    }

    var rows: [Row]
    var hasRows: Bool
    var badAddresses: [BadAddress]
    var hasBadAddresses: Bool

    init(notifications: [OutboxNotification], undeliverable: [UndeliverableNotificationAddress]) {
        rows = notifications.map {
            Row(email: PortalEmailTemplate.title(for: $0.template), queued: Formatting.timestamp($0.createdAt),
                address: $0.email, status: EmailStatusText.text(for: $0), problem: EmailStatusText.isProblem($0))
        }
        hasRows = !rows.isEmpty
        badAddresses = undeliverable.map {
            BadAddress(address: $0.email, reported: Formatting.timestamp($0.reportedAt))
        }
        hasBadAddresses = !badAddresses.isEmpty
    }
}
