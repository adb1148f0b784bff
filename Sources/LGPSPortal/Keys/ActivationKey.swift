/// Activation keys sent by post or email to start registration (AUTH-9): 16 Crockford base 32 characters from the
/// system CSPRNG, which is 80 bits (the checklist asks for at least 64 for keys that are typed in), shown as
/// `ABCD-EFGH-JKMN-PQRS`. The database keeps only `hash(_:)`; single use and expiry are the caller's record.
public enum ActivationKey {
    /// Characters in a key (16 × 5 bits = 80 bits).
    public static let length = 16

    /// A new key for a letter or email, grouped for reading: `ABCD-EFGH-JKMN-PQRS` (AUTH-9, CRYPTO-2).
    public static func generate() -> String {
        Crockford.grouped(Crockford.random(count: length))
    }

    /// The key as typed, made canonical (AUTH-9): upper case, spaces and hyphens of any kind removed, I and L read
    /// as 1 and O as 0 (Crockford); `nil` unless 16 valid characters remain. U is never valid.
    public static func normalise(_ typed: String) -> String? {
        Crockford.normalise(typed, length: length)
    }

    /// SHA-256 in hex of the normalised key, the only form stored (AUTH-9). A key with 80 random bits needs no
    /// salt or slow hash. Text that is not a valid key is hashed as given, so it matches no stored key.
    public static func hash(_ key: String) -> String {
        SHA256Hex.digest(normalise(key) ?? key)
    }
}
