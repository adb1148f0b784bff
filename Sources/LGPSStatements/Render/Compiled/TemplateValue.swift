/// A value the statement templates can show: text, a yes/no, an object with named values, or a list.
/// The statement's view model answers each `{{name}}` with one of these through `TemplateNode`, so rendering
/// needs no reflection and no dynamic casts. `MustacheBridge` gives the same values to swift-mustache.
/// - Source: Mustache specification ("Variables", "Sections", "Inverted Sections") [mustache.github.io].
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case node(any TemplateNode)
    case list([TemplateValue])

    /// A list of texts (`{{#paragraphs}}{{.}}{{/paragraphs}}`).
    static func texts(_ texts: [String]) -> TemplateValue { .list(texts.map(TemplateValue.text)) }

    /// A list of objects.
    static func nodes(_ nodes: [some TemplateNode]) -> TemplateValue { .list(nodes.map { .node($0) }) }

    /// An optional object: absent when `nil`, so its section shows nothing.
    static func node(_ node: (some TemplateNode)?) -> TemplateValue? { node.map { .node($0) } }

    /// An optional text: absent when `nil`.
    static func text(_ text: String?) -> TemplateValue? { text.map { .text($0) } }
}

/// An object in a statement's view model: answers a template's names with their values, `nil` for a name it
/// does not have (Mustache then looks further up the context stack).
protocol TemplateNode: Sendable {
    func value(named name: String) -> TemplateValue?
}
