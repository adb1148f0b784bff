import LGPSStorage

/// One live session on the member's security page (SESS-5).
struct PortalSessionRow {
    var id: String
    var device: String
    var signedIn: String
    var lastUsed: String
    /// The session this page is being shown in: it has no "Sign out" button of its own.
    var isCurrent: Bool

    init(_ record: PortalSessionRecord, currentID: String?) {
        id = record.id
        device = record.device
        signedIn = Formatting.timestamp(record.createdAt)
        lastUsed = Formatting.timestamp(record.lastSeenAt)
        isCurrent = record.id == currentID
    }
}
