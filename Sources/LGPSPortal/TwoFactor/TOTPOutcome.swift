/// What became of a typed authenticator code (AUTH-12).
public enum TOTPOutcome: Equatable, Sendable {
    /// The code is right for time step `step`: store `step` as the account's last used step.
    case accepted(step: Int64)
    /// The code is right but its step was already used (a code is accepted once): log it and tell the member.
    case replayed
    /// Six digits, but not the code for any step in the window.
    case wrong
    /// Not six digits once spaces are removed.
    case malformed
}
