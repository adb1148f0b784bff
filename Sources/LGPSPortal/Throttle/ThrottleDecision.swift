/// Whether a sign-in attempt may go ahead (AUTH-8).
public enum ThrottleDecision: Equatable, Sendable {
    /// Check the password.
    case allowed
    /// Refuse without checking the password: answer 429 with `Retry-After: retryAfterSeconds`. `scope` is for the
    /// log; the page says the same thing whatever the scope, so it does not reveal whether the account exists.
    case throttled(retryAfterSeconds: Int64, scope: ThrottleScope)
}
