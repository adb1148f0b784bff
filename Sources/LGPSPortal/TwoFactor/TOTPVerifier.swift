import LGPSStorage

/// Checks authenticator codes (AUTH-12, RFC 6238): 30-second steps, one step of drift either way, server time
/// only (passed in), and each code accepted once, by remembering the last step used.
public struct TOTPVerifier: Sendable {
    /// Length of one time step, in seconds (RFC 6238 §5.2 default; what authenticator apps use).
    public static let stepSeconds: Int64 = 30

    /// Steps either side of the current one that are still accepted, for a phone clock that is a little out.
    public static let allowedDrift = 1

    /// Digits in a code.
    public static let digits = 6

    /// Base of the digits.
    static let radix: UInt32 = 10

    /// A verifier with the constants above.
    public init() {}

    /// The RFC 6238 time step at `time`: whole seconds since 1970 divided by `stepSeconds`, rounded down.
    static func step(at time: Timestamp) -> Int64 {
        let seconds = Seconds.since1970(time)
        let (quotient, remainder) = seconds.quotientAndRemainder(dividingBy: stepSeconds)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// Checks `code` as typed (spaces ignored) against `secret` at `now` (AUTH-12). Codes for the steps `now − 1`,
    /// `now` and `now + 1` are right; a right code whose step is at or before `lastUsedStep` is `.replayed`.
    /// A secret shorter than 128 bits (a damaged stored value) matches nothing.
    public func verify(_ code: String, secret: TOTPSecret, at now: Timestamp, lastUsedStep: Int64?) -> TOTPOutcome {
        let typed = code.filter { !$0.isWhitespace }
        guard typed.count == Self.digits, typed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .malformed }
        guard secret.isUsable else { return .wrong }
        let current = Self.step(at: now)
        let drift = Int64(Self.allowedDrift)
        let matching = (current - drift...current + drift).filter {
            ConstantTime.equal(secret.code(forStep: $0), typed)
        }
        if let fresh = matching.first(where: { step in lastUsedStep.map { step > $0 } ?? true }) {
            return .accepted(step: fresh)
        }
        return matching.isEmpty ? .wrong : .replayed
    }
}
