import LGPSStorage

/// A 6-digit code sent by email (AUTH-13): at least 20 bits, valid for at most 10 minutes, bound to the sign-in
/// attempt (or other request) that asked for it through `purpose`, limited to 5 tries, and accepted once.
///
/// The record keeps only the SHA-256 of the code, never the code. Six digits can be recovered from their hash by
/// trying all a million, so the digest only keeps the code out of sight in the database and logs; the real defence
/// is the short life and the attempts limit. The caller stores the record (for example in the session) and saves
/// it again after every `check`, because `check` changes it.
public struct EmailCode: Sendable, Codable, Equatable {
    /// How long a code lasts, in seconds: 10 minutes, the most AUTH-13 allows.
    public static let lifetimeSeconds: Int64 = 600

    /// Wrong tries allowed before the code stops working.
    public static let maximumAttempts = 5

    /// Digits in a code (10^6 choices, just under 20 bits as AUTH-13 asks for 6 digits).
    public static let digits = 6

    /// The characters a code is made of.
    private static let decimalDigits: [Character] = Array("0123456789")

    /// SHA-256 in hex of the code.
    public private(set) var codeHash: String
    /// What the code is for, such as `sign-in:<attempt id>`: a code for one request does not work for another.
    public private(set) var purpose: String
    /// When the code stops working.
    public private(set) var expiresAt: Timestamp
    /// Wrong tries so far.
    public private(set) var attempts: Int
    /// Whether the code has been accepted already.
    public private(set) var isUsed: Bool

    /// A new code for `purpose`, issued at `now`: the code to email, and the record to keep (AUTH-13, CRYPTO-2).
    public static func issue(at now: Timestamp, purpose: String) -> (code: String, record: EmailCode) {
        var generator = SystemRandomNumberGenerator()
        let code = String((0..<digits).map { _ in decimalDigits.randomElement(using: &generator)! })
        let record = EmailCode(codeHash: SHA256Hex.digest(code), purpose: purpose,
                               expiresAt: Seconds.adding(lifetimeSeconds, to: now), attempts: 0, isUsed: false)
        return (code, record)
    }

    /// Checks `typed` (spaces ignored) for `purpose` at `now`, counting a wrong try (AUTH-13). The digests are
    /// compared in constant time. An accepted code is used up: checking it again gives `.expired`.
    public mutating func check(_ typed: String, purpose: String, at now: Timestamp) -> EmailCodeOutcome {
        if isUsed || now >= expiresAt { return .expired }
        if attempts >= Self.maximumAttempts { return .tooManyAttempts }
        let digest = SHA256Hex.digest(typed.filter { !$0.isWhitespace })
        let right = ConstantTime.equal(digest, codeHash)
        guard right, purpose == self.purpose else {
            attempts += 1
            return .wrong
        }
        isUsed = true
        return .accepted
    }
}
