extension TOTPSecret {
    /// Characters left as they are in a URI component (RFC 3986 §2.3 "unreserved").
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    /// The `otpauth://totp/...` address for a QR code (AUTH-12), in the Key URI format that Google Authenticator
    /// defined and other apps follow: label `issuer:account`, the base 32 secret, SHA-1, 6 digits, 30 seconds.
    public func authenticatorURL(account: String, issuer: String) -> String {
        let label = Self.percentEncoded(issuer) + ":" + Self.percentEncoded(account)
        return "otpauth://totp/\(label)?secret=\(base32)&issuer=\(Self.percentEncoded(issuer))"
            + "&algorithm=SHA1&digits=\(TOTPVerifier.digits)&period=\(TOTPVerifier.stepSeconds)"
    }

    /// `text` with every byte outside the unreserved set written as `%XX` (so spaces become `%20`).
    static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                encoded += "%" + Hex.byte(byte, uppercase: true)
            }
        }
        return encoded
    }
}
