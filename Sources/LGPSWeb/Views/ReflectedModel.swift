import Mustache

/// A page model as Mustache sees it, with its fields read once into a dictionary. swift-mustache otherwise
/// builds a `Mirror` of every object on the context stack and scans all its fields for each `{{name}}`; with the
/// layout's navigation that was a tenth of the server's CPU during a sign-in burst (seen with `lgps bench
/// portal`). Rendering is unchanged: a boxed value prints as `String(describing:)` of the value it holds, Bools
/// and arrays stay what they are, and an absent optional is still absent. One box serves one render, on one
/// thread, so its cache needs no lock. (Statements do not need it: their view model answers lookups with a
/// `switch`, `StatementPage+Mustache.swift`.)
final class ReflectedModel: MustacheParent, MustacheCustomRenderable {
    private let value: Any
    private var fields: [String: Any]?
    private var boxed: [String: Any?] = [:]

    init(_ value: Any) {
        self.value = value
    }

    var renderText: String { String(describing: value) }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        if let done = boxed[name] { return done }
        if fields == nil { fields = Self.fields(of: value) }
        let child = fields?[name].flatMap(Self.wrap)
        boxed[name] = .some(child)
        return child
    }

    private static func fields(of value: Any) -> [String: Any] {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            if let label = child.label { fields[label] = child.value }
        }
        return fields
    }

    /// `value` ready for Mustache: optionals unwrapped, structures and classes boxed, arrays boxed element by
    /// element; anything Mustache handles itself (strings, numbers, Bools, dictionaries, lambdas, transformable
    /// or custom-rendered values) left as it is.
    static func wrap(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is any MustacheParent, is MustacheLambda, is any MustacheCustomRenderable,
             is any MustacheCustomRepresentation, is MustacheTemplate:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { wrap($0.value) }
        case .struct, .class:
            return value is any MustacheTransformable ? value : ReflectedModel(value)
        case .collection:
            return mirror.children.compactMap { wrap($0.value) }
        default:
            return value
        }
    }
}
