/// Each fund's member portal settings, stored as the portal rules' JSON.
public protocol PortalSettingsRepository: Sendable {
    /// The stored JSON, or nil when the fund has never saved settings (the caller then uses the defaults).
    func settingsJSON(fundID: Int64) async throws -> String?
    /// Stores `json` (a JSON object, else `StorageError.invalid`), audited before and after (AUDIT-1); saving
    /// the same JSON again changes nothing.
    func save(fundID: Int64, json: String, actor: Actor) async throws
}
