/// A statement template parsed once into tokens and rendered straight into UTF-8 bytes. It renders the Mustache
/// the bundled templates use — text, `{{name}}`, `{{{name}}}`/`{{&name}}`, sections, inverted sections,
/// partials (with standalone indentation), comments, set delimiters and the `CONTENT_TYPE` pragma — with the same
/// output as swift-mustache, which still parses every template first and reports any error. A fund template that
/// uses anything else (inheritance, transforms, dynamic partials) is rendered by swift-mustache instead.
/// - Source: Mustache specification v1.3 (interpolation, sections, inverted, partials, comments, delimiters);
///   swift-mustache 2 (standalone lines, partial indentation, content types).
struct CompiledTemplate: Sendable {
    /// How a variable's text is written out.
    enum Escaping: Sendable {
        /// The five HTML characters escaped (the `HTML` and `STATEMENT_HTML` content types).
        case html
        /// Written as it is (the `TEXT` content type).
        case none
    }

    /// A name as written in a tag: `.` (the current value), `a.b.c`, or `.a` (only from the current value).
    struct Path: Sendable {
        var names: [String]
        /// Whether the lookup starts from the current value instead of searching up the stack.
        var anchored: Bool
    }

    enum Token: Sendable {
        case text([UInt8])
        case variable(Path, escaped: Bool)
        case section(Path, CompiledTemplate)
        case invertedSection(Path, CompiledTemplate)
        case partial(String, indentation: [UInt8]?)
        case contentType(Escaping)
    }

    /// The tokens as parsed: a partial indented on its own line puts its indentation between them.
    let tokens: [Token]
    /// The same with neighbouring text joined into one, for the usual case of no indentation.
    let joined: [Token]

    init(tokens: [Token]) {
        self.tokens = tokens
        var joined: [Token] = []
        for token in tokens {
            if case .text(let next) = token, case .text(let previous)? = joined.last {
                joined[joined.count - 1] = .text(previous + next)
            } else {
                joined.append(token)
            }
        }
        self.joined = joined
    }
}
