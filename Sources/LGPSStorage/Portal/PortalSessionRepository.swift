/// The member portal's sessions (SESS-5, SESS-7). A session counts as live while it has not ended, was used
/// within the idle window and began within the absolute window; the caller passes both cut-offs, so storage
/// keeps no clock of its own.
public protocol PortalSessionRepository: Sendable {
    /// Records a new session and, in the same transaction, ends the oldest live sessions of the account beyond
    /// `limit - 1` (reason ``PortalSessionEnd/limit``), so at most `limit` are live afterwards; returns how many
    /// it ended.
    func start(_ session: PortalSessionRecord, limit: Int, liveSince window: PortalSessionWindow) async throws -> Int
    /// The session with `id` if it belongs to `accountID`.
    func get(id: String, accountID: Int64) async throws -> PortalSessionRecord?
    /// Moves the session's last use to `at` (while it has not ended).
    func touch(id: String, at: Timestamp) async throws
    /// The account's live sessions, most recently used first.
    func live(accountID: Int64, window: PortalSessionWindow) async throws -> [PortalSessionRecord]
    /// Ends one of the account's sessions; false when it is not the account's or had already ended.
    func end(id: String, accountID: Int64, reason: PortalSessionEnd, at: Timestamp) async throws -> Bool
    /// Ends every session of the account except `keeping` (nil: all); returns how many it ended.
    func endAll(accountID: Int64, keeping: String?, reason: PortalSessionEnd, at: Timestamp) async throws -> Int
}

/// The cut-offs that decide which sessions are live: used at or after `usedSince`, begun at or after
/// `begunSince`.
public struct PortalSessionWindow: Sendable, Equatable {
    public var usedSince: Timestamp
    public var begunSince: Timestamp

    public init(usedSince: Timestamp, begunSince: Timestamp) {
        self.usedSince = usedSince
        self.begunSince = begunSince
    }
}
