/// What the portal's storage refuses, in terms the portal can act on.
public enum PortalStoreError: Error, Equatable, Sendable {
    /// The activation key was used, expired or revoked (or belongs to someone else): AUTH-9 single use.
    case keyUnavailable
    /// The registration is unknown or already complete.
    case registrationUnavailable
}
