/// What the portal does when a pensioner changes their bank account (AUTH-18, SESS-6: a classic fraud path).
public enum BankDetailsMode: String, Codable, CaseIterable, Sendable {
    /// Members cannot change bank details in the portal.
    case off
    /// The change is applied at once (after re-authentication, with a notification to the member).
    case applyDirectly = "apply_directly"
    /// The change becomes a task for staff to check before it is applied.
    case staffTask = "staff_task"
}
