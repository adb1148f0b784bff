import LGPSRules

/// A small JSON value written with its object keys sorted and two-space indents, so the same value always
/// gives the same bytes. Money is written as a number of pounds with two decimals (`1234.56`), exactly.
/// - Standard: RFC 8259 (strings escaped by `JSONBytes`).
indirect enum DashboardJSON: Sendable {
    /// Members in any order (written sorted by key); a list, not a dictionary, as a bulk run writes one per statement.
    case object([(key: String, value: DashboardJSON)])
    case array([DashboardJSON])
    case string(String)
    case money(Money)
    case bool(Bool)

    /// The value as text, then a newline.
    var text: String {
        var out = JSONBytes(capacity: 1_024)
        write(into: &out, depth: 0)
        out.raw("\n")
        return out.text
    }

    /// Spaces per level of indentation.
    private static let step = 2

    private func write(into out: inout JSONBytes, depth: Int) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out.raw("{}"); return }
            out.raw("{\n")
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                out.spaces((depth + 1) * Self.step)
                out.string(member.key)
                out.raw(": ")
                member.value.write(into: &out, depth: depth + 1)
                out.raw(index == members.count - 1 ? "\n" : ",\n")
            }
            out.spaces(depth * Self.step)
            out.raw("}")
        case .array(let items):
            guard !items.isEmpty else { out.raw("[]"); return }
            out.raw("[\n")
            for (index, item) in items.enumerated() {
                out.spaces((depth + 1) * Self.step)
                item.write(into: &out, depth: depth + 1)
                out.raw(index == items.count - 1 ? "\n" : ",\n")
            }
            out.spaces(depth * Self.step)
            out.raw("]")
        case .string(let text): out.string(text)
        case .money(let amount): out.raw(amount.decimalPounds)
        case .bool(let flag): out.raw(flag ? "true" : "false")
        }
    }
}
