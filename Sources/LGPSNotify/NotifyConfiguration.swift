import Foundation

/// How OpenLGPS reaches GOV.UK Notify, read from the environment (docs/notify.md):
/// `NOTIFY_API_KEY` (required to send: the key as Notify shows it), `NOTIFY_BASE_URL` (default Notify's
/// production API; the mock's address in a demo), the template ids (``NotifyTemplates``), and
/// `PORTAL_BASE_URL`, which turns the portal's relative links (a password reset link) into full addresses.
public struct NotifyConfiguration: Sendable, Hashable, CustomStringConvertible {
    public var key: NotifyAPIKey
    public var baseURL: String
    public var templates: NotifyTemplates
    /// Prefixed to personalisation values that are paths (`/portal/...`), so the email holds a working link.
    public var linkBaseURL: String?

    public init(key: NotifyAPIKey, baseURL: String = NotifyClient.productionURL, templates: NotifyTemplates,
                linkBaseURL: String? = nil) {
        self.key = key
        self.baseURL = baseURL
        self.templates = templates
        self.linkBaseURL = linkBaseURL
    }

    /// The configuration in `environment`; nil when `NOTIFY_API_KEY` is not set (sending is off). A key that is
    /// not a Notify key, or an unreadable templates file, is an error rather than a silent "off".
    public static func fromEnvironment(_ environment: [String: String])
        throws(NotifyConfigurationError) -> NotifyConfiguration? {
        guard let text = environment["NOTIFY_API_KEY"], !text.isEmpty else { return nil }
        guard let key = NotifyAPIKey(text) else {
            throw .invalid("NOTIFY_API_KEY is not a Notify API key (expected name-<service id>-<secret>)")
        }
        var templates = NotifyTemplates.fromEnvironment(environment)
        if let path = environment["NOTIFY_TEMPLATES_FILE"], !path.isEmpty {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .invalid("NOTIFY_TEMPLATES_FILE: cannot read \(path)")
            }
            let fromFile = try NotifyTemplates.parse(String(decoding: data, as: UTF8.self))
            templates.ids.merge(fromFile.ids) { environmentValue, _ in environmentValue }
        }
        return NotifyConfiguration(key: key, baseURL: environment["NOTIFY_BASE_URL"] ?? NotifyClient.productionURL,
                                   templates: templates, linkBaseURL: environment["PORTAL_BASE_URL"])
    }

    /// Where it sends, never the secret.
    public var description: String { "\(key) at \(baseURL), \(templates.ids.count) templates" }
}
