/// A file's `unit:` line: one unit for every value (`unit: percent`), or a unit for each field name used in
/// structured values (`unit: {up_to: gbp, rate: percent}`).
enum UnitDeclaration: Sendable, Hashable, CustomStringConvertible {
    case single(ParameterUnit)
    case fields([String: ParameterUnit])

    /// The unit of a leaf value found under the field `name` (`nil` for a value directly under its date).
    func unit(forField name: String?) -> ParameterUnit? {
        switch self {
        case .single(let unit): return unit
        case .fields(let units): return name.flatMap { units[$0] }
        }
    }

    var description: String {
        switch self {
        case .single(let unit): return unit.rawValue
        case .fields(let units):
            return units.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.rawValue)" }.joined(separator: ", ")
        }
    }

    /// Reads a `unit:` node; a problem names any unknown unit.
    static func read(_ node: NodeCursor) throws(ParameterProblem) -> UnitDeclaration {
        func unit(_ cursor: NodeCursor) throws(ParameterProblem) -> ParameterUnit {
            let text = try cursor.text()
            guard let unit = ParameterUnit(rawValue: text) else {
                let known = ParameterUnit.allCases.map(\.rawValue).joined(separator: ", ")
                throw cursor.problem("unknown unit \"\(text)\" (known: \(known))")
            }
            return unit
        }
        if case .scalar = node.node { return .single(try unit(node)) }
        var units: [String: ParameterUnit] = [:]
        for entry in try node.entries() { units[entry.key] = try unit(entry.value) }
        return .fields(units)
    }

    /// Problems with leaf values that do not parse as their declared unit, walking maps and lists below `node`.
    func problems(in node: NodeCursor, field: String? = nil, skipping skipped: Set<String> = []) -> [ParameterProblem] {
        switch node.node {
        case .mapping:
            guard let entries = try? node.entries() else { return [] }
            return entries.filter { !skipped.contains($0.key) }.flatMap { problems(in: $0.value, field: $0.key) }
        case .sequence:
            return ((try? node.items()) ?? []).flatMap { problems(in: $0, field: field) }
        default:
            guard !node.isNull, let text = try? node.text() else { return [] }
            guard let unit = unit(forField: field) else {
                return [node.problem("no unit is declared for \(field ?? "this value")")]
            }
            return unit.problem(with: text).map { [node.problem($0)] } ?? []
        }
    }
}
