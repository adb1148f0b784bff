/// Registrations in progress, resumable by the hash of their token.
public protocol RegistrationRepository: Sendable {
    /// Starts a registration at ``PortalRegistration/firstStep``.
    func start(fundID: Int64, tokenHash: String, at: Timestamp) async throws -> PortalRegistration
    func find(tokenHash: String) async throws -> PortalRegistration?
    /// Moves an unfinished registration to `step` with what it has gathered; throws
    /// ``PortalStoreError/registrationUnavailable`` if it is unknown or already complete.
    func update(id: Int64, step: String, activationKeyID: Int64?, personID: Int64?, email: String?, at: Timestamp)
        async throws
    /// Registrations of the fund started at or after `since`: how many, how many completed, and the rest by step.
    func counts(fundID: Int64, since: Timestamp) async throws -> RegistrationCounts
}
