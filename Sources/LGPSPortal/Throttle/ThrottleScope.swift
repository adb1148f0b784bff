/// What a throttle limit counts failures against (AUTH-8).
public enum ThrottleScope: String, Sendable, CaseIterable {
    /// One account (the normalised email typed, whether or not an account exists, AUTH-10).
    case account
    /// One known browser of one account (an OWASP device cookie).
    case device
    /// One IP address.
    case address
    /// One IPv4 /24 or IPv6 /64 network.
    case network
}
