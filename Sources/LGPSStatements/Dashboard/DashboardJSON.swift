import LGPSRules

/// A small JSON value written with its object keys sorted and two-space indents, so the same value always
/// gives the same bytes. Money is written as a number of pounds with two decimals (`1234.56`), exactly.
/// - Standard: RFC 8259 (strings escaped by `JSONString`).
indirect enum DashboardJSON: Sendable {
    /// Members in any order (written sorted by key); a list, not a dictionary, as a bulk run writes one per statement.
    case object([(key: String, value: DashboardJSON)])
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
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                out += indent + Self.step
                JSONString.append(member.key, to: &out)
                out += ": "
                member.value.write(into: &out, indent: indent + Self.step)
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
