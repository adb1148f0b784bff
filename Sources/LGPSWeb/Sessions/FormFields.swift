import Foundation

/// The fields of an `application/x-www-form-urlencoded` body. Repeated names keep their first value, except
/// through `all(_:)` (checkboxes).
public struct FormFields: Sendable, Equatable {
    private var values: [String: String] = [:]
    private var repeated: [String: [String]] = [:]

    /// No fields.
    public init() {}

    /// Parses a urlencoded body (`+` is a space; `%XX` escapes are decoded; malformed escapes are kept as typed).
    public init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = FormFields.decode(parts[0])
            let value = parts.count > 1 ? FormFields.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
            repeated[name, default: []].append(value)
        }
    }

    /// Fields already decoded (the text parts of a multipart form), in order.
    public init(pairs: [(String, String)]) {
        for (name, value) in pairs {
            if values[name] == nil { values[name] = value }
            repeated[name, default: []].append(value)
        }
    }

    /// The field's value, or "" when absent.
    public subscript(_ name: String) -> String { values[name] ?? "" }

    /// Every value sent under `name`, in order (checkboxes).
    public func all(_ name: String) -> [String] { repeated[name] ?? [] }

    /// Whether the field was sent.
    public func contains(_ name: String) -> Bool { values[name] != nil }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
