import Crypto

/// The bearer token for one request to GOV.UK Notify (interfaces.md D3): a JWT with header
/// `{"alg":"HS256","typ":"JWT"}` and claims `{"iss": service id, "iat": epoch seconds}`, HMAC-SHA256-signed with
/// the key's secret. The bytes match what notifications-python-client's `create_jwt_token` makes through PyJWT
/// (header keys sorted, no spaces), so a token can be compared with one made there.
public enum NotifyToken {
    /// The JOSE header, as PyJWT writes it.
    static let header = #"{"alg":"HS256","typ":"JWT"}"#

    /// A token for `key`, issued at `issuedAt` (seconds since the Unix epoch, UTC).
    public static func make(key: NotifyAPIKey, issuedAt: Int64) -> String {
        make(serviceID: key.serviceID, secret: key.secret, issuedAt: issuedAt)
    }

    /// A token for the service, signed with `secret`.
    public static func make(serviceID: String, secret: String, issuedAt: Int64) -> String {
        let claims = #"{"iss":"\#(jsonEscaped(serviceID))","iat":\#(issuedAt)}"#
        let signingInput = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(claims.utf8))
        return signingInput + "." + Base64URL.encode(signature(of: signingInput, secret: secret))
    }

    /// HMAC-SHA256 of the signing input.
    static func signature(of signingInput: String, secret: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(signingInput.utf8),
                                              using: SymmetricKey(data: Array(secret.utf8))))
    }

    /// The service id as a JSON string body (ids are UUIDs; quotes and backslashes are escaped all the same).
    static func jsonEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
