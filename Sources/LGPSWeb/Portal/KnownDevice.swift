import Foundation
import Hummingbird
import LGPSStorage

/// The "known device" cookie (OWASP device cookies, AUTH-8): after a successful sign-in the browser gets a random
/// token bound to that account, so failed attempts by others cannot lock the member out of their own browser.
/// Only a hash of the token is stored, in the key/value store, for `lifetime`.
struct KnownDevice: Sendable {
    let store: any KeyValueStore
    let clock: any WallClock
    let secure: Bool

    /// How long a browser stays known without signing in again (a year).
    static let lifetime: Duration = .seconds(365 * 24 * 60 * 60)
    static let keyPrefix = "device."

    var cookieName: String { secure ? "__Host-lgps_device" : "lgps_device" }

    /// The device id (the token's hash) when the request carries a token issued for `accountID`.
    func device(in request: Request, accountID: Int64?) async throws -> String? {
        guard let accountID, let token = request.cookies[cookieName]?.value, token.count == 64 else { return nil }
        let hash = SHA256Hex.digest(token)
        guard let bytes = try await store.get(key: Self.keyPrefix + hash, now: clock.now()),
              String(decoding: bytes, as: UTF8.self) == String(accountID) else { return nil }
        return hash
    }

    /// A new token for `accountID`, stored, as the cookie to set.
    func issue(accountID: Int64) async throws -> Cookie {
        let token = SecureToken.make()
        let expires = Timestamp(microseconds: clock.now().microseconds + Self.lifetime.microseconds)
        try await store.set(key: Self.keyPrefix + SHA256Hex.digest(token), value: Array(String(accountID).utf8),
                            expiresAt: expires)
        return Cookie(name: cookieName, value: token, maxAge: Int(Self.lifetime.components.seconds), path: "/",
                      secure: secure, httpOnly: true, sameSite: .lax)
    }
}
