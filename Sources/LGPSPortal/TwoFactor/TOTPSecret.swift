import LGPSStorage

/// The shared secret behind a member's authenticator app (AUTH-12, RFC 6238): 20 bytes (160 bits, the length RFC
/// 4226 §4 recommends) from the system CSPRNG (CRYPTO-2). Seal `storedValue` with `FieldCipher` before it is
/// written to the database (CRYPTO-3).
///
/// HummingbirdOTP's `TOTP` is not used: it takes the key as a `String` and uses its UTF-8 bytes, so a key made of
/// random bytes cannot be given to it, and a key of random letters would make the text a person types into
/// their app 52 characters long instead of 32. The HMAC is swift-crypto's.
public struct TOTPSecret: Sendable, Equatable, Codable {
    /// Bytes of key material in a new secret.
    public static let keyBytes = 20

    /// The HMAC key.
    let key: [UInt8]

    init(key: [UInt8]) { self.key = key }

    /// A new secret from the system CSPRNG (AUTH-12, CRYPTO-2).
    public static func generate() -> TOTPSecret {
        var generator = SystemRandomNumberGenerator()
        return TOTPSecret(key: (0..<keyBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The key in RFC 4648 base 32 without padding, as an authenticator app expects it (32 characters).
    public var base32: String { Base32.encode(key) }

    /// `base32` in groups of four separated by spaces, for a person to type: `JBSW Y3DP EHPK 3PXP ...`.
    public var displayGroups: String {
        Crockford.chunks(of: base32, size: Crockford.groupSize).joined(separator: " ")
    }

    /// The text to seal and store (CRYPTO-3): the base 32 key.
    public var storedValue: String { base32 }

    /// The secret from an earlier `storedValue`, normally just opened by `FieldCipher` (which detects damage).
    /// Text that is not base 32 gives an empty key, which `TOTPVerifier` never accepts (fails closed).
    public init(storedValue: String) {
        self.key = Base32.decode(storedValue) ?? []
    }

    /// Decodes from the single string `storedValue`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = Base32.decode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "A TOTP secret must be base 32 text"))
        }
        self.key = key
    }

    /// Encodes as the single string `storedValue`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(storedValue)
    }

    /// The 6-digit code, zero-padded, that an authenticator app shows at `time` (AUTH-12; for tests and the demo).
    public func code(at time: Timestamp) -> String {
        code(forStep: TOTPVerifier.step(at: time))
    }
}
