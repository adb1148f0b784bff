/// Just enough JSON to write the mock's answers with stable keys.
public enum JSONValue: Sendable, Hashable, Encodable {
    case string(String), number(Int), bool(Bool), null
    case object([String: JSONValue]), array([JSONValue])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .object(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        }
    }
}
