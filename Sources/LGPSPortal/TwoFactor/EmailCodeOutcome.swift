/// What became of a typed email code (AUTH-13).
public enum EmailCodeOutcome: Equatable, Sendable {
    /// The code is right; the record is now used up.
    case accepted
    /// Not the code (or not for this purpose); one attempt counted.
    case wrong
    /// The code's 10 minutes have passed, or it was already used: send a new one.
    case expired
    /// Too many wrong codes: send a new one.
    case tooManyAttempts
}
