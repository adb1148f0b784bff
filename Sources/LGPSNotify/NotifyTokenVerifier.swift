import Crypto
import Foundation

/// Checks a Notify bearer token the way Notify does (interfaces.md D3; notifications-python-client's
/// `decode_jwt_token`): HS256 only, `iss` names a known service, the signature matches that service's secret,
/// and `iat` is within 30 seconds of now. The mock server uses it; the messages are Notify's.
public struct NotifyTokenVerifier: Sendable {
    /// The seconds a token's `iat` may differ from the server's clock (D3: "within 30 seconds").
    public static let clockTolerance: Int64 = 30

    /// Secrets by service id.
    public var secrets: [String: String]

    /// A verifier that accepts tokens signed with any of `keys`.
    public init(keys: [NotifyAPIKey]) {
        secrets = Dictionary(keys.map { ($0.serviceID, $0.secret) }, uniquingKeysWith: { first, _ in first })
    }

    /// Why a token is refused, in Notify's words; nil when it is good at `now` (epoch seconds).
    public func problem(with token: String, now: Int64) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Base64URL.decode(parts[0]),
              let claimBytes = Base64URL.decode(parts[1]), let signature = Base64URL.decode(parts[2]),
              let header = try? JSONDecoder().decode(Header.self, from: Data(headerBytes)),
              let claims = try? JSONDecoder().decode(Claims.self, from: Data(claimBytes))
        else { return "Invalid token: signature, api token not found" }
        guard header.alg == "HS256" else { return "Invalid token: algorithm used is not HS256" }
        guard let secret = secrets[claims.iss] else { return "Invalid token: service not found" }
        let signingInput = parts[0] + "." + parts[1]
        let expected = NotifyToken.signature(of: String(signingInput), secret: secret)
        guard Self.constantTimeEqual(expected, signature) else {
            return "Invalid token: signature, api token not found"
        }
        guard abs(now - claims.iat) <= Self.clockTolerance else {
            return "Error: Your system clock must be accurate to within 30 seconds"
        }
        return nil
    }

    /// Compares two byte strings in time that depends only on their lengths.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The JOSE header fields checked.
    struct Header: Decodable { var alg: String }
    /// The claims Notify reads.
    struct Claims: Decodable { var iss: String; var iat: Int64 }
}
