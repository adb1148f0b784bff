import Foundation

/// Which Notify template sends each of our emails: the fund makes the templates in Notify and gives their ids
/// here (docs/notify.md), by environment variable `NOTIFY_TEMPLATE_<NAME>` (the name in capitals with `_` for
/// `-`, for example `NOTIFY_TEMPLATE_SIGN_IN_CODE`) or a file of `name = id` lines named by
/// `NOTIFY_TEMPLATES_FILE`.
public struct NotifyTemplates: Sendable, Hashable {
    /// Notify template ids by our template name.
    public var ids: [String: String]

    /// The environment variable prefix for one template.
    public static let environmentPrefix = "NOTIFY_TEMPLATE_"

    public init(ids: [String: String]) { self.ids = ids }

    /// The Notify template id for `name`, if the fund gave one.
    public func id(for name: String) -> String? { ids[name] }

    /// Our names that have no id (each would wait in the outbox until one is given).
    public func missing(from names: [String] = PortalEmailTemplate.all.map(\.name)) -> [String] {
        names.filter { ids[$0] == nil }
    }

    /// The variable that names `template`'s id.
    public static func variable(for template: String) -> String {
        environmentPrefix + template.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Ids from `NOTIFY_TEMPLATE_*` variables, for the known templates.
    public static func fromEnvironment(_ environment: [String: String],
                                       names: [String] = PortalEmailTemplate.all.map(\.name)) -> NotifyTemplates {
        NotifyTemplates(ids: Dictionary(uniqueKeysWithValues: names.compactMap { name in
            environment[variable(for: name)].map { (name, $0.trimmingCharacters(in: .whitespaces)) }
        }))
    }

    /// Ids from a file of `name = id` lines; blank lines and lines starting `#` are skipped. Throws
    /// ``NotifyConfigurationError`` naming the line that is not `name = id`.
    public static func parse(_ text: String) throws(NotifyConfigurationError) -> NotifyTemplates {
        var ids: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, NotifyAPIKey.isUUID(parts[1]) else {
                throw .invalid("Templates file line \(index + 1): write `template-name = Notify template id`")
            }
            ids[parts[0]] = parts[1]
        }
        return NotifyTemplates(ids: ids)
    }
}
