/// One-off recovery codes for a member who has lost their authenticator app (AUTH-13: stored hashed). Each code is
/// 12 Crockford base 32 characters from the system CSPRNG (60 bits), shown as `7KQ4-MX2P-9TRD`.
public enum RecoveryCodes {
    /// Codes issued at a time; issuing a new set replaces the old one.
    public static let count = 10

    /// Characters in a code (12 × 5 bits = 60 bits, above the 50 this design asks for).
    public static let length = 12

    /// A new set of `count` codes, grouped for reading (AUTH-13, CRYPTO-2).
    public static func generate() -> [String] {
        (0..<count).map { _ in Crockford.grouped(Crockford.random(count: length)) }
    }

    /// The code as typed, made canonical (AUTH-13): upper case, spaces and hyphens removed, I and L read as 1 and
    /// O as 0; `nil` unless 12 valid characters remain.
    public static func normalise(_ typed: String) -> String? {
        Crockford.normalise(typed, length: length)
    }

    /// SHA-256 in hex of the normalised code, the only form stored (AUTH-13). Text that is not a valid code is
    /// hashed as given, so it matches no stored code.
    public static func hash(_ code: String) -> String {
        SHA256Hex.digest(normalise(code) ?? code)
    }
}
