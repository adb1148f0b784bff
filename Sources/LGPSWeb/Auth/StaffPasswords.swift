import HummingbirdBcrypt

/// Password hashing for staff accounts (AUTH-14: bcrypt, cost at least 10, a salt per hash).
public enum StaffPasswords {
    /// Longest password accepted, in bytes (AUTH-2: at least 64 characters accepted; a cap bounds hashing work).
    /// bcrypt reads only the first 72 bytes, so longer passphrases are first reduced by `prepared(_:)`.
    public static let maximumBytes = 1_024

    /// A bcrypt hash of `password` (`$2b$12$...`), for creating a staff user (for example in `lgps demo`).
    /// Slow by design: call it off the event loop.
    public static func hash(_ password: String, cost: Int = 12) -> String {
        Bcrypt.hash(prepared(password), cost: UInt8(clamping: max(cost, WebConfiguration.minimumBcryptCost)))
    }

    /// Whether `password` matches `hash`. Slow by design.
    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(prepared(password), hash: hash)
    }

    /// The password exactly as typed (AUTH-4: no trimming or case folding); passwords over 72 bytes are replaced
    /// by their SHA-256 in hex so every byte counts despite bcrypt's 72-byte limit.
    static func prepared(_ password: String) -> String {
        password.utf8.count <= 72 ? password : SHA256Hex.digest(password)
    }
}
