import Foundation

/// A JSON value that keeps booleans, integers and other numbers apart (for schema checks).
enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String), array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// Parses JSON text.
    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .string(let s): return s
        default: return ""
        }
    }
}

/// A small JSON Schema checker for the subset our OpenAPI document uses ($ref, type (with null), required,
/// properties, additionalProperties: false, items, enum, oneOf), so API tests catch drift between the document and
/// real responses without a Python step.
struct SchemaCheck {
    let schemas: [String: Any]

    init(document: [String: Any]) {
        schemas = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
    }

    /// Every mismatch, as "path: problem".
    func problems(in text: String, schema name: String) throws -> [String] {
        check(try JSONValue.parse(text), ["$ref": "#/components/schemas/\(name)"], path: "$")
    }

    private func check(_ value: JSONValue, _ schema: [String: Any], path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            guard let target = schemas[String(ref.split(separator: "/").last ?? "")] as? [String: Any] else {
                return ["\(path): unknown \(ref)"]
            }
            return check(value, target, path: path)
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { check(value, $0, path: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): matches \(matching) of oneOf"]
        }
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
           !types.contains(where: { matches(value, $0) }) {
            return ["\(path): expected \(types), got \(value)"]
        }
        var problems: [String] = []
        if let allowed = schema["enum"] as? [Any],
           !allowed.contains(where: { ($0 is NSNull && value == .null) || "\($0)" == value.text }) {
            problems.append("\(path): \(value.text) not in enum")
        }
        if case .object(let object) = value {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            for (key, child) in object {
                if let childSchema = properties[key] as? [String: Any] {
                    problems += check(child, childSchema, path: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        }
        if case .array(let array) = value, let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += check(item, items, path: "\(path)[\(index)]") }
        }
        return problems
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
             ("integer", .integer), ("number", .integer), ("number", .number): return true
        default: return false
        }
    }
}
