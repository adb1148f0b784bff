import Mustache

/// Gives a `TemplateNode` to swift-mustache, for templates the compiled renderer does not handle (inheritance,
/// transforms, dynamic partials). Every value is handed over as swift-mustache's own kinds (`String`, `Bool`,
/// arrays, `MustacheParent`), so both renderers see the same data.
struct MustacheBridge: MustacheParent, CustomStringConvertible {
    let node: any TemplateNode

    func child(named name: String) -> Any? { node.value(named: name).map(Self.plain) }

    /// How a node prints when a template shows it as a variable: as swift-mustache prints the object itself.
    var description: String { String(describing: node) }

    /// `value` as swift-mustache expects it.
    static func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .node(let node): MustacheBridge(node: node)
        case .list(let items): items.map(plain)
        }
    }
}
