/// Bytes written as hexadecimal digits (digests, AUTH-9 and AUTH-13; percent-encoding, AUTH-12).
enum Hex {
    /// Base of hexadecimal notation.
    private static let radix = 16

    /// Two hex digits for `byte`, lower case unless `uppercase`.
    static func byte(_ byte: UInt8, uppercase: Bool = false) -> String {
        let digits = String(byte, radix: radix, uppercase: uppercase)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// `bytes` as lowercase hex, two digits a byte.
    static func string(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte($0) }.joined()
    }
}
