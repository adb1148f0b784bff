import LGPSRules
import LGPSStorage

/// The signed-in portal member: their account and the person it belongs to (always in the account's fund).
public struct PortalMember: Sendable {
    public var account: PortalAccount
    public var person: Person

    /// The fund every read is scoped to (AC-6).
    public var fundID: Int64 { account.fundID }

    /// Who to record in the audit trail for the member's own changes (AUDIT-1: channel "portal").
    public var actor: Actor { Actor(id: "portal:\(account.id)", channel: .portal) }
}
