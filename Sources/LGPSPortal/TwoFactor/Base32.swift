/// RFC 4648 base 32 (A–Z, 2–7), the form authenticator apps expect for a TOTP secret (AUTH-12). Written without
/// padding, as the `otpauth://` URI format asks.
enum Base32 {
    /// The RFC 4648 alphabet, in value order.
    private static let alphabet: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// Bits in one base 32 character.
    private static let bitsPerCharacter = 5

    /// Bits in one byte.
    private static let bitsPerByte = 8

    /// Mask for the low five bits.
    private static let characterMask: UInt32 = 0b11111

    /// Mask for the low eight bits.
    private static let byteMask: UInt32 = 0xFF

    /// Values of the alphabet's characters.
    private static let values: [Character: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, UInt32($0.offset)) })

    /// `bytes` in base 32, upper case, no padding.
    static func encode(_ bytes: [UInt8]) -> String {
        var text = ""
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << bitsPerByte) | UInt32(byte)
            bits += bitsPerByte
            while bits >= bitsPerCharacter {
                bits -= bitsPerCharacter
                text.append(alphabet[Int((buffer >> bits) & characterMask)])
            }
        }
        if bits > 0 {
            text.append(alphabet[Int((buffer << (bitsPerCharacter - bits)) & characterMask)])
        }
        return text
    }

    /// The bytes of base 32 `text`; case, spaces, hyphens and `=` padding are ignored. `nil` if any other character
    /// is not in the alphabet.
    static func decode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for character in text.uppercased() where !(character.isWhitespace || character == "-" || character == "=") {
            guard let value = values[character] else { return nil }
            buffer = (buffer << bitsPerCharacter) | value
            bits += bitsPerCharacter
            if bits >= bitsPerByte {
                bits -= bitsPerByte
                bytes.append(UInt8((buffer >> bits) & byteMask))
            }
        }
        return bytes
    }
}
