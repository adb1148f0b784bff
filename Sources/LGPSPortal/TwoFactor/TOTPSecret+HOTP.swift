import Crypto

extension TOTPSecret {
    /// Bytes read from the HMAC for the code (RFC 4226 §5.3 dynamic truncation).
    private static let truncatedBytes = 4

    /// Mask that takes the offset from the HMAC's last byte (RFC 4226 §5.3).
    private static let offsetMask: UInt8 = 0x0F

    /// Mask that clears the sign bit of the truncated value (RFC 4226 §5.3).
    private static let signMask: UInt32 = 0x7FFF_FFFF

    /// Bits in a byte.
    private static let bitsPerByte: UInt32 = 8

    /// Shortest key accepted when verifying: 128 bits (RFC 4226 §4, requirement R6).
    static let minimumKeyBytes = 16

    /// Whether the key is long enough to verify codes with (a damaged stored value gives an empty key).
    var isUsable: Bool { key.count >= Self.minimumKeyBytes }

    /// The HOTP value for time step `step` (RFC 4226 §5.3 with RFC 6238's counter), `digits` long, zero-padded.
    func code(forStep step: Int64, digits: Int = TOTPVerifier.digits) -> String {
        let counter = withUnsafeBytes(of: UInt64(bitPattern: step).bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: counter, using: SymmetricKey(data: key)))
        let offset = Int(mac[mac.count - 1] & Self.offsetMask)
        let truncated = mac[offset..<offset + Self.truncatedBytes]
            .reduce(UInt32(0)) { ($0 << Self.bitsPerByte) | UInt32($1) } & Self.signMask
        let modulus = (0..<digits).reduce(UInt32(1)) { total, _ in total * TOTPVerifier.radix }
        let number = String(truncated % modulus)
        return String(repeating: "0", count: digits - number.count) + number
    }
}
