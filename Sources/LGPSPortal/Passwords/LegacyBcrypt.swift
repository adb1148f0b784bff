import HummingbirdBcrypt

/// Checks bcrypt hashes left from staff accounts made before argon2id (AUTH-14: bcrypt at cost 10 or more is
/// compliant; `PasswordHasher.needsRehash` moves them to argon2id at the next sign-in).
enum LegacyBcrypt {
    /// Prefixes of the bcrypt versions accepted. `$2y$` (PHP's name) is the same algorithm as `$2b$`.
    static let prefixes = ["$2a$", "$2b$", "$2y$"]

    /// Most password bytes bcrypt reads; longer passwords are first reduced to their SHA-256, as the staff code did.
    static let maximumBytes = 72

    /// Whether `encoded` looks like a bcrypt hash.
    static func recognises(_ encoded: String) -> Bool {
        prefixes.contains { encoded.hasPrefix($0) }
    }

    /// Whether `password` matches the bcrypt hash `encoded`. Passwords over 72 bytes are replaced by their
    /// lowercase hex SHA-256 first, exactly as `StaffPasswords.prepared` does; `$2y$` is read as `$2b$`, which is
    /// all the bundled OpenBSD bcrypt accepts.
    static func verify(_ password: String, against encoded: String) -> Bool {
        let prepared = password.utf8.count <= maximumBytes ? password : SHA256Hex.digest(password)
        let hash = encoded.hasPrefix("$2y$") ? "$2b$" + encoded.dropFirst("$2y$".count) : encoded
        return Bcrypt.verify(prepared, hash: hash)
    }
}
