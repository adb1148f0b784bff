import LGPSRules
import Yams

/// A YAML node with the file and key path it came from, so every problem can name file, line, column and key.
struct NodeCursor {
    let node: Node
    let file: String
    let key: String

    /// A problem located at this node.
    func problem(_ message: String) -> ParameterProblem {
        ParameterProblem(file: file, line: node.mark?.line, column: node.mark?.column, key: key, message: message)
    }

    /// The key path of a child named `name`.
    func childKey(_ name: String) -> String { key.isEmpty ? name : key + "." + name }

    /// Whether the node is a YAML null (`~`, `null` or empty).
    var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The scalar's text as written, or a problem when the node is a list or map.
    func text() throws(ParameterProblem) -> String {
        guard case .scalar(let scalar) = node else { throw problem("expected a single value, found a list or map") }
        return scalar.string
    }

    /// The mapping's entries in file order, keys as text; a problem when the node is not a map.
    func entries() throws(ParameterProblem) -> [(key: String, keyNode: NodeCursor, value: NodeCursor)] {
        guard case .mapping(let mapping) = node else { throw problem("expected a map of keys to values") }
        return mapping.map { pair in
            let name = pair.key.scalar?.string ?? "?"
            return (name, NodeCursor(node: pair.key, file: file, key: childKey(name)),
                    NodeCursor(node: pair.value, file: file, key: childKey(name)))
        }
    }

    /// The list's items; a problem when the node is not a list.
    func items() throws(ParameterProblem) -> [NodeCursor] {
        guard case .sequence(let sequence) = node else { throw problem("expected a list") }
        return sequence.enumerated().map { NodeCursor(node: $0.element, file: file, key: key + "[\($0.offset)]") }
    }

    /// The child named `name`, if present.
    func optional(_ name: String) -> NodeCursor? {
        guard case .mapping(let mapping) = node, let child = mapping[name] else { return nil }
        return NodeCursor(node: child, file: file, key: childKey(name))
    }

    /// The child named `name`; a problem when it is missing.
    func field(_ name: String) throws(ParameterProblem) -> NodeCursor {
        guard case .mapping = node else { throw problem("expected a map of keys to values") }
        guard let child = optional(name) else { throw problem("the key \(name) is missing") }
        return child
    }
}
