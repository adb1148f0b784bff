import LGPSRules

/// An ordered set of named values for an audit entry's before/after JSON, written by hand (compact, stable key
/// order, no JSON encoder on the bulk path).
struct AuditFields: Equatable {
    /// A JSON value: text, a whole number or null.
    enum Value: Equatable {
        case text(String)
        case number(Int64)
        case null
    }

    private(set) var pairs: [(key: String, value: Value)] = []

    static func == (l: Self, r: Self) -> Bool {
        l.pairs.count == r.pairs.count && zip(l.pairs, r.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    mutating func add(_ key: String, _ text: String?) { pairs.append((key, text.map(Value.text) ?? .null)) }
    mutating func add(_ key: String, number: Int64?) { pairs.append((key, number.map(Value.number) ?? .null)) }

    /// Compact JSON object in insertion order.
    var json: String {
        var out = "{"
        for (index, pair) in pairs.enumerated() {
            if index > 0 { out += "," }
            JSONString.append(pair.key, to: &out)
            out += ":"
            switch pair.value {
            case .text(let text): JSONString.append(text, to: &out)
            case .number(let number): out += String(number)
            case .null: out += "null"
            }
        }
        return out + "}"
    }

    /// The fields whose values differ, as (before, after) JSON; nil when nothing changed.
    static func changes(from before: AuditFields, to after: AuditFields) -> (before: String, after: String)? {
        var old = AuditFields(), new = AuditFields()
        let previous = Dictionary(before.pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        for pair in after.pairs where previous[pair.key] != pair.value {
            old.pairs.append((pair.key, previous[pair.key] ?? .null))
            new.pairs.append(pair)
        }
        return new.pairs.isEmpty ? nil : (old.json, new.json)
    }
}

/// A list of field sets as a JSON array (for nominations).
func auditJSONArray(_ items: [AuditFields]) -> String {
    "[" + items.map(\.json).joined(separator: ",") + "]"
}
