import LGPSStorage

/// The fund's emails to members by outcome, for the portal overview: how many could not be delivered (failed,
/// or the address does not work), are waiting to send, and were delivered.
struct EmailCounts {
    var undelivered: String
    var waiting: String
    var delivered: String

    init(_ counts: [NotificationStatus: Int]) {
        func total(_ statuses: [NotificationStatus]) -> String { String(statuses.reduce(0) { $0 + (counts[$1] ?? 0) }) }
        undelivered = total(NotificationStatus.undelivered)
        waiting = total([.queued, .sending])
        delivered = total([.delivered])
    }
}
