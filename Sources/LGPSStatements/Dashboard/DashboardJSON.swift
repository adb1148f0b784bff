import LGPSRules

/// A small JSON value written with its object keys sorted and two-space indents, so the same value always
/// gives the same bytes. Money is written as a number of pounds with two decimals (`1234.56`), exactly.
/// - Standard: RFC 8259 (strings escaped by `JSONString`).
indirect enum DashboardJSON: Sendable, Hashable {
    case object([String: DashboardJSON])
    case array([DashboardJSON])
    case string(String)
    case money(Money)
    case bool(Bool)

    /// The value as text, then a newline.
    var text: String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private static let step = "  "

    private func write(into out: inout String, indent: String) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, key) in members.keys.sorted().enumerated() {
                out += indent + Self.step
                JSONString.append(key, to: &out)
                out += ": "
                members[key]!.write(into: &out, indent: indent + Self.step)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + Self.step
                item.write(into: &out, indent: indent + Self.step)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .string(let text): JSONString.append(text, to: &out)
        case .money(let amount): out += amount.decimalPounds
        case .bool(let flag): out += flag ? "true" : "false"
        }
    }
}
