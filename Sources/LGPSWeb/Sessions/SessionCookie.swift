import Hummingbird
import HummingbirdAuth

/// The session cookie's name and attributes (SESS-8): HttpOnly, SameSite=Lax, Path=/, no Domain; `Secure` and the
/// `__Host-` prefix when served over HTTPS.
enum SessionCookie {
    /// Key prefix of sessions in the key/value store.
    static let keyPrefix = "session."

    static func name(secure: Bool) -> String { secure ? "__Host-lgps_session" : "lgps_session" }

    static func parameters(secure: Bool) -> SessionCookieParameters {
        SessionCookieParameters(name: name(secure: secure), domain: nil, path: "/", secure: secure, sameSite: .lax)
    }
}
