extension CompiledTemplate {
    /// What a render can see: the stack of values (innermost last) and the templates partials name.
    struct Context {
        var stack: [TemplateValue]
        let partials: [String: CompiledTemplate]
    }

    /// Writes the template into `out`. `indentation` is a standalone partial's indentation, put before each line
    /// the template writes after its first; `escaping` is the content type in force.
    func render(into out: inout TemplateOutput, context: inout Context, indentation: [UInt8]?, escaping: Escaping) {
        var escaping = escaping
        guard let indentation, !indentation.isEmpty else {
            for token in joined {
                render(token, into: &out, context: &context, indentation: indentation, escaping: &escaping)
            }
            return
        }
        let start = out.count
        for token in tokens {
            let newLine = out.endsLine(after: start)
            let mark = out.count
            render(token, into: &out, context: &context, indentation: indentation, escaping: &escaping)
            if newLine, out.count > mark { out.insert(indentation, at: mark) }
        }
    }

    private func render(_ token: Token, into out: inout TemplateOutput, context: inout Context,
                        indentation: [UInt8]?, escaping: inout Escaping) {
        switch token {
        case .text(let bytes):
            out.append(bytes)
        case .variable(let path, let escaped):
            guard let value = Self.lookup(path, in: context.stack) else { return }
            out.append(Self.words(value), escaping: escaped ? escaping : .none)
        case .section(let path, let template):
            switch Self.lookup(path, in: context.stack) {
            case .list(let items)?:
                for item in items { template.render(item, into: &out, context: &context, indentation, escaping) }
            case .flag(let shown)?:
                if shown { template.render(into: &out, context: &context, indentation: indentation, escaping: escaping) }
            case let value?:
                template.render(value, into: &out, context: &context, indentation, escaping)
            case nil:
                return
            }
        case .invertedSection(let path, let template):
            switch Self.lookup(path, in: context.stack) {
            case .list(let items)?:
                if items.isEmpty { template.render(.list(items), into: &out, context: &context, indentation, escaping) }
            case .flag(let shown)?:
                if !shown { template.render(into: &out, context: &context, indentation: indentation, escaping: escaping) }
            case .some:
                return
            case nil:
                template.render(into: &out, context: &context, indentation: indentation, escaping: escaping)
            }
        case .partial(let name, let indented):
            guard let partial = context.partials[name] else { return }
            let inner = indented.map { (indentation ?? []) + $0 } ?? indentation
            // A partial starts with HTML escaping, whatever the including template uses (as swift-mustache does).
            partial.render(into: &out, context: &context, indentation: inner, escaping: .html)
        case .contentType(let type):
            escaping = type
        }
    }

    /// Renders with `value` pushed on the stack.
    private func render(_ value: TemplateValue, into out: inout TemplateOutput, context: inout Context,
                        _ indentation: [UInt8]?, _ escaping: Escaping) {
        context.stack.append(value)
        render(into: &out, context: &context, indentation: indentation, escaping: escaping)
        context.stack.removeLast()
    }

    /// The value a tag names: the first name found searching from the innermost value out (or only in the
    /// innermost, for a name starting with `.`), then each further name inside it.
    static func lookup(_ path: Path, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.names.first else { return stack.last }
        var found: TemplateValue?
        if path.anchored {
            found = stack.last.flatMap { child(first, of: $0) }
        } else {
            for value in stack.reversed() {
                if let child = child(first, of: value) {
                    found = child
                    break
                }
            }
        }
        for name in path.names.dropFirst() {
            guard let value = found else { return nil }
            found = child(name, of: value)
        }
        return found
    }

    static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        guard case .node(let node) = value else { return nil }
        return node.value(named: name)
    }

    /// How a value reads as a variable: the text itself, `true`/`false`, or as swift-mustache prints the rest.
    static func words(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .node, .list: String(describing: MustacheBridge.plain(value))
        }
    }
}
