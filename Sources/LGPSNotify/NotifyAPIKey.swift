import Foundation

/// A GOV.UK Notify API key, `keyname-<service id>-<secret>` where both ids are UUIDs (interfaces.md D3;
/// notifications-python-client takes the service id as characters −73..−37 and the secret as the last 36).
/// Its description never shows the secret (LOG-, DATA-3).
public struct NotifyAPIKey: Sendable, Hashable, CustomStringConvertible {
    /// The service the key belongs to: the JWT's `iss`.
    public let serviceID: String
    /// The signing secret.
    public let secret: String
    /// The name the fund gave the key when making it.
    public let name: String

    /// Length of a UUID in its text form.
    static let uuidLength = 36

    /// Parses a key, or nil when it does not end `-<uuid>-<uuid>`.
    public init?(_ text: String) {
        let key = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
        let tail = 2 * Self.uuidLength + 1
        guard key.count >= tail else { return nil }
        let secret = String(key.suffix(Self.uuidLength))
        let service = String(key[(key.count - tail)..<(key.count - Self.uuidLength - 1)])
        guard key[key.count - Self.uuidLength - 1] == "-", Self.isUUID(secret), Self.isUUID(service) else { return nil }
        let nameEnd = key.count - tail - 1
        guard nameEnd < 0 || key[nameEnd] == "-" else { return nil }
        serviceID = service.lowercased()
        self.secret = secret
        name = nameEnd > 0 ? String(key[..<nameEnd]) : ""
    }

    /// The key's name and service, never its secret.
    public var description: String { "Notify API key '\(name)' for service \(serviceID)" }

    /// Whether `text` is a UUID: 8-4-4-4-12 hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
