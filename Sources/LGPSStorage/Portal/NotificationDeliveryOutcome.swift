/// What recording a delivery report did to a notification (``NotificationOutbox/recordDelivery``).
public enum NotificationDeliveryOutcome: Hashable, Sendable {
    /// The report changed the notification (its new state is given).
    case recorded(OutboxNotification)
    /// The report was already known, or came after a final one: nothing changed (a replayed callback).
    case unchanged(OutboxNotification)
    /// A technical failure at Notify, the first for this notification: it is queued to be sent once more.
    case requeued(OutboxNotification)

    /// The notification as it now stands.
    public var notification: OutboxNotification {
        switch self {
        case .recorded(let n), .unchanged(let n), .requeued(let n): n
        }
    }
}
